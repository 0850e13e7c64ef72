// An organisation's policy for Handrest in real browsers. Chromium: a copy of the build whose id is
// fixed by a manifest `key` (a fresh key each run, so no other test's Chromium shares the id; the
// key never enters the build or the store zip), and the policy file Debian Chromium reads for that
// id from /etc/chromium/policies/managed/ (root only). Every Chromium on the machine reads that
// folder, so the file is removed after the test, whatever happened.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtExtensionDir } from './paths';

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
