import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * npm 11 runs a dependency's install scripts only if package.json's allowScripts allows them.
 * Every package in the lock file that has one must be listed, allowed (true) or denied (false),
 * so that a new install script never runs, or silently fails to run, without having been reviewed.
 */

const root = resolve(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { allowScripts?: Record<string, unknown> };
const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { name?: string; version?: string; hasInstallScript?: boolean }>;
};
const allowScripts = manifest.allowScripts ?? {};

interface Entry {
  key: string;
  name: string;
  version: string | null;
  allowed: unknown;
}

/** `name` or `name@version` (npm writes pinned entries); `@scope/name` keeps its leading `@`. */
const entries: Entry[] = Object.entries(allowScripts).map(([key, allowed]) => {
  const at = key.indexOf('@', 1);
  return at === -1 ? { key, name: key, version: null, allowed } : { key, name: key.slice(0, at), version: key.slice(at + 1), allowed };
});

const installed = Object.entries(lock.packages)
  .filter(([path]) => path.includes('node_modules/'))
  .map(([path, info]) => ({
    path,
    name: info.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
    version: info.version ?? '',
    hasInstallScript: info.hasInstallScript === true,
  }));

const matches = (entry: Entry, pkg: { name: string; version: string }) =>
  entry.name === pkg.name && (entry.version === null || entry.version === pkg.version);

describe('allowScripts in package.json', () => {
  it('has entries that are true or false, each for a name or a name pinned to one version', () => {
    // A range (pkg@^1) would need semver to check here; npm install-scripts approve writes pins.
    const unreadable = entries.filter((entry) => typeof entry.allowed !== 'boolean' || (entry.version !== null && !/^\d+\.\d+\.\d+\S*$/.test(entry.version)));
    expect(unreadable.map((entry) => entry.key)).toEqual([]);
  });

  it('decides on every dependency in the lock file that has an install script', () => {
    const withScripts = installed.filter((pkg) => pkg.hasInstallScript);
    expect(withScripts.length).toBeGreaterThan(0);
    const undecided = withScripts.filter((pkg) => !entries.some((entry) => matches(entry, pkg)));
    expect(undecided.map((pkg) => `${pkg.name}@${pkg.version} (${pkg.path})`)).toEqual([]);
  });

  it('allows esbuild, whose install script checks (and if need be fetches) the platform binary that Vite and electron-vite run', () => {
    const esbuilds = installed.filter((pkg) => pkg.name === 'esbuild');
    expect(esbuilds.length).toBeGreaterThan(0);
    for (const pkg of esbuilds) {
      const decisions = entries.filter((entry) => matches(entry, pkg)).map((entry) => entry.allowed);
      expect(decisions, pkg.path).not.toEqual([]);
      expect(decisions.filter((allowed) => allowed !== true), pkg.path).toEqual([]);
    }
  });

  it('names only packages that are installed, so a misspelt entry is noticed', () => {
    const unknown = entries.filter((entry) => !installed.some((pkg) => matches(entry, pkg)));
    expect(unknown.map((entry) => entry.key)).toEqual([]);
  });
});
