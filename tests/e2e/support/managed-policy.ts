// An organisation's policy for Handrest in real browsers: the one policy both browsers' tests
// deploy, and what the background and the settings page must make of it. Chromium: a copy of the build whose id is
// fixed by a manifest `key` (a fresh key each run, so no other test's Chromium shares the id; the
// key never enters the build or the store zip), and the policy file Debian Chromium reads for that
// id from /etc/chromium/policies/managed/ (root only). Every Chromium on the machine reads that
// folder, so the file is removed after the test, whatever happened. Firefox: policies.json and
// managed storage manifests, both kept inside the test's own temporary folders
// (tests/e2e/policy-firefox.e2e.ts).
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { builtExtensionDir } from './paths';
import type { ControlOnPage } from './extension-api';
import { defaultSettings, type Settings } from '../../../utils/settings/settings';
import type { Policy } from '../../../utils/settings/policy';

/** "Break after" set to 45 minutes and locked; "Snooze length" out of its range (1 to 60). */
export const POLICY = { breakAfterMin: 45, lockedSettings: ['breakAfterMin'], snoozeMin: 999 } as const;

/** The background took the policy: 45 minutes, locked, the snooze refused and left at its default. */
export function expectPolicyTaken({ settings, policy }: { settings?: Settings; policy?: Policy }): void {
  expect(settings?.breakAfterMin).toBe(45);
  expect(settings?.snoozeMin, 'a refused value leaves its setting alone').toBe(defaultSettings().snoozeMin);
  expect(policy).toEqual({ values: { breakAfterMin: 45 }, locked: ['breakAfterMin'], ignored: [{ name: 'snoozeMin', reason: 'invalid' }] });
}

/** The settings page shows 45 disabled and set by the organisation, and says the snooze's value was not used. */
export function expectPolicyShown({ controls, ignoredNotice }: { controls: Record<string, ControlOnPage | null>; ignoredNotice: string | null }): void {
  expect(controls.breakAfterMin).toEqual({ value: '45', disabled: true, lockedNotes: ['Set by your organisation'] });
  expect(controls.snoozeMin, 'a refused value locks nothing').toEqual({ value: String(defaultSettings().snoozeMin), disabled: false, lockedNotes: [] });
  expect(ignoredNotice).toContain('Snooze length');
  expect(ignoredNotice).not.toContain('Break after');
}

/** Where Debian's Chromium reads mandatory policies (Google Chrome: /etc/opt/chrome/policies/managed). */
const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

export interface KeyedExtension {
  /** The id Chromium gives the copy: the first 128 bits of the key's SHA-256, written with the letters a to p. */
  extensionId: string;
  /** The files to write into the loaded copy (launchChromium's addFiles): the build's manifest with the key. */
  addFiles: Record<string, string>;
}

/** A new RSA key for the Chromium build's manifest, and the extension id that follows from it. */
export function keyedChromiumBuild(): KeyedExtension {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  const extensionId = [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16))).join('');
  const manifest = JSON.parse(readFileSync(join(builtExtensionDir('chrome-mv3'), 'manifest.json'), 'utf8')) as Record<string, unknown>;
  return { extensionId, addFiles: { 'manifest.json': JSON.stringify({ ...manifest, key: der.toString('base64') }) } };
}

export interface PolicyFile {
  path: string;
  remove(): void;
}

/** Writes Handrest's policy for the extension id where Debian Chromium reads it. */
export function writeChromiumPolicy(extensionId: string, policy: Record<string, unknown>): PolicyFile {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const path = join(CHROMIUM_POLICY_DIR, `handrest-e2e-${extensionId}.json`);
  writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
  return { path, remove: () => rmSync(path, { force: true }) };
}
