// An organisation's policy in real Firefox ESR, both ways an administrator can give it: the
// enterprise policies file (policies.json, "3rdparty" -> "Extensions" -> Handrest's gecko id) and a
// managed storage manifest (<gecko id>.json with "type": "storage"). Both stay inside the test's own
// temporary folder: Firefox reads policies.json from browser.policies.alternatePath (honoured only
// under automation, hence the two switches below) when no system-wide one exists, and managed
// storage manifests from ~/.mozilla/managed-storage/, with HOME pointed at the test's folder. The
// system-wide places (/etc/firefox/policies/, the install's distribution/, /usr/lib/mozilla/
// managed-storage/) are read by every Firefox on the machine, other tests' too. The settings page
// shows "Break after" 45, disabled and set by the organisation, and the refused snooze.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, type FirefoxOptions } from './support/firefox';
import { drivenFirefoxPage } from './support/driven-page';
import { managedStorage, policyOnPage, storageGet } from './support/extension-api';
import { expectPolicyShown, expectPolicyTaken, POLICY } from './support/managed-policy';
import { pollUntil } from './support/poll';
import { GECKO_ID } from '../../utils/browser/gecko-id';
import type { Settings } from '../../utils/settings/settings';
import type { Policy } from '../../utils/settings/policy';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'handrest-e2e-firefox-policy-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function policiesFile(): FirefoxOptions {
  const path = join(folder, 'policies.json');
  writeFileSync(path, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } } }));
  return {
    prefs: { 'browser.policies.alternatePath': path, 'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true },
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  };
}

function managedStorageManifest(): FirefoxOptions {
  const home = join(folder, 'home');
  mkdirSync(join(home, '.mozilla', 'managed-storage'), { recursive: true });
  writeFileSync(join(home, '.mozilla', 'managed-storage', `${GECKO_ID}.json`), JSON.stringify({ name: GECKO_ID, description: 'Handrest policy', type: 'storage', data: POLICY }));
  return { env: { HOME: home } };
}

describe.each([
  ['policies.json', policiesFile],
  ['a managed storage manifest', managedStorageManifest],
])('A policy in Firefox through %s', (_how, deploy) => {
  test('reaches the background and the settings page: 45 locked, the snooze refused', async () => {
    const firefox = await launchFirefox(deploy());
    try {
      const options = await drivenFirefoxPage(await firefox.openExtensionPage('options.html'));
      try {
        expect(await options.run(managedStorage, undefined), 'Firefox hands the policy over as written').toEqual(POLICY);
        expectPolicyTaken(
          (await pollUntil(() => options.run(storageGet, ['settings', 'policy']), (items) => (items.policy as Policy | undefined)?.locked.length === 1, {
            what: 'the background to take the policy',
          })) as { settings?: Settings; policy?: Policy },
        );
        expectPolicyShown(await pollUntil(() => options.run(policyOnPage, ['breakAfterMin', 'snoozeMin']), (shown) => shown.controls.breakAfterMin?.value === '45', { what: 'the settings page to show the policy' }));
      } finally {
        await options.close();
      }
    } finally {
      await firefox.close();
    }
  });
});
