// An organisation's policy in real Chromium, delivered the way an administrator deploys it on
// Linux: a JSON file in /etc/chromium/policies/managed/ for the extension's id (fixed by a manifest
// key in a copy of the build). It sets "Break after" to 45 minutes and locks it, and gives "Snooze
// length" a value out of range. The background takes 45 and nudges by it, the settings page shows
// it disabled and set by the organisation, and the refused value is said on the page while the
// setting keeps its default. The policy file is removed after the test, whatever happened; the
// build itself names the schema and carries no key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { expectPolicyShown, expectPolicyTaken, keyedChromiumBuild, POLICY, writeChromiumPolicy, type PolicyFile } from './support/managed-policy';
import { badgeText, fireAlarmSoon, managedStorage, policyOnPage } from './support/extension-api';
import { pollUntil } from './support/poll';
import { builtExtensionDir } from './support/paths';
import { streakState } from '../support/fixtures';
import { MINUTE } from '../../utils/helpers/time';
import { TICK_ALARM, TICK_PERIOD_MIN } from '../../utils/tracker/wake-schedule';
import { MANAGED_SCHEMA_FILE, managedSchema } from '../../utils/settings/managed-schema';

let session: ChromiumSession;
let policyFile: PolicyFile | undefined;

beforeAll(async () => {
  const keyed = keyedChromiumBuild();
  policyFile = writeChromiumPolicy(keyed.extensionId, POLICY);
  session = await launchChromium({ addFiles: keyed.addFiles });
  expect(session.extensionId, 'the manifest key fixes the id the policy names').toBe(keyed.extensionId);
});

afterAll(async () => {
  try {
    await session?.close();
  } finally {
    policyFile?.remove();
  }
});

describe('A managed policy in Chromium', () => {
  test("the build names the schema made from the settings, and carries no key: the store build's id is the store's", () => {
    const built = (path: string) => JSON.parse(readFileSync(join(builtExtensionDir('chrome-mv3'), path), 'utf8')) as Record<string, unknown>;
    const manifest = built('manifest.json');
    expect(manifest.storage).toEqual({ managed_schema: MANAGED_SCHEMA_FILE });
    expect(built(MANAGED_SCHEMA_FILE)).toEqual(managedSchema());
    expect(manifest).not.toHaveProperty('key');
  });

  test('reaches the background: "Break after" is 45 and locked, the out-of-range snooze is refused and keeps its default', async () => {
    expect(await (await session.runningWorker()).evaluate(managedStorage), 'Chromium hands the policy over as written').toEqual(POLICY);
    expectPolicyTaken(
      await pollUntil(() => session.readStorage(['settings', 'policy']), (items) => items.policy?.locked.length === 1, {
        what: 'the background to take the policy',
      }),
    );
  });

  test('the background nudges by the managed 45 minutes, not the default 30', async () => {
    const worker = await session.runningWorker();
    const badgeAfterStreak = async (streakMs: number, expected: string) => {
      await session.writeStorage({ typing: streakState(streakMs, Date.now()) });
      await worker.evaluate(fireAlarmSoon, { name: TICK_ALARM, periodInMinutes: TICK_PERIOD_MIN });
      return pollUntil(() => worker.evaluate(badgeText), (text) => text === expected, { what: `the badge text to be "${expected}"` });
    };
    expect(await badgeAfterStreak(44 * MINUTE + 10_000, '44'), 'past the default 30, short of 45: no break due').toBe('44');
    expect(await badgeAfterStreak(45 * MINUTE + 10_000, '45!'), 'at 45 minutes the break is due').toBe('45!');
  });

  test('the settings page shows 45 disabled, set by the organisation, and says which value was not used', async () => {
    const options = await session.openExtensionPage('options.html');
    try {
      const breakAfter = options.getByLabel('Break after', { exact: true });
      expect(await breakAfter.isDisabled(), 'the control the person finds by its label is the locked one').toBe(true);
      expectPolicyShown(await options.evaluate(policyOnPage, ['breakAfterMin', 'snoozeMin']));
    } finally {
      await options.close();
    }
  });
});
