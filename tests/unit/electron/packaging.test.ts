import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import {
  Arch,
  build,
  Platform,
  type AfterPackContext,
  type Configuration,
  type TargetConfigType,
  type TargetConfiguration,
} from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * "Verified, not assumed" (issue 18): electron-builder packages the real build with the real
 * electron-builder.yml, and the test reads back what came out: the archive, the fuses in the
 * binary, the .deb's metadata and desktop entry.
 *
 * Nothing is downloaded. Electron's binary comes from GitHub, so a stand-in distribution is made
 * from the electron npm package's own files plus a small "binary" that carries Electron's fuse wire
 * in its default state: electron-builder renames it and flips its fuses exactly as it does the real
 * one. The .deb target runs up to the point where it would call fpm (another download) and hands
 * over the fpm arguments and the desktop entry instead.
 */

const root = resolve(import.meta.dirname, '../../..');
const ELECTRON_VERSION = '45.6.1';
const MAX_ASAR_BYTES = 15 * 1024 * 1024;

/** The hardening electron-builder.yml must ask for, and the packaged binary must carry. */
const HARDENING = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

/**
 * Fuse wire v1 as Electron lays it out (the order of @electron/fuses' FuseV1Options) with
 * Electron's defaults: every fuse in HARDENING starts in the other state, so each one must really
 * be flipped, and loadBrowserProcessSpecificV8Snapshot, which the yml leaves alone, must stay off.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
const FUSES = [
  ['runAsNode', true],
  ['enableCookieEncryption', false],
  ['enableNodeOptionsEnvironmentVariable', true],
  ['enableNodeCliInspectArguments', true],
  ['enableEmbeddedAsarIntegrityValidation', false],
  ['onlyLoadAppFromAsar', false],
  ['loadBrowserProcessSpecificV8Snapshot', false],
  ['grantFileProtocolExtraPrivileges', true],
] as const;
const fuseByte = (on: boolean) => (on ? 0x31 : 0x30);

/** What the archive may hold, and nothing else: these folders and files, and their parent folders. */
const ALLOWED_IN_ASAR = ['/out/main/', '/out/preload/', '/out/renderer/', '/resources/icons/icon.png', '/package.json'];
const isAllowedInAsar = (entry: string) =>
  ALLOWED_IN_ASAR.some((allowed) =>
    allowed.endsWith('/') ? entry.startsWith(allowed) || allowed.startsWith(`${entry}/`) : entry === allowed || allowed.startsWith(`${entry}/`),
  );

interface Packaged {
  config: Configuration;
  appOutDir: string;
  fpmArgs: string[];
  desktopEntry: string;
}

let work = '';
let packaged: Packaged;

beforeAll(async () => {
  await buildUnlessFresh();
  work = await mkdtemp(join(tmpdir(), 'handbok-packaging-'));
  const electronDist = await makeStandInElectron(join(work, 'electron-dist'));
  packaged = await packageLinux(electronDist, join(work, 'dist'));
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('app.asar', () => {
  const asar = () => join(packaged.appOutDir, 'resources', 'app.asar');

  it('holds the three bundles, the icon and package.json', () => {
    const entries = listPackage(asar(), { isPack: false });
    for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/resources/icons/icon.png', '/package.json']) {
      expect(entries, file).toContain(file);
    }
  });

  it('holds nothing else: no node_modules, no native modules', () => {
    const entries = listPackage(asar(), { isPack: false });
    expect(entries.filter((entry) => entry.split('/').includes('node_modules'))).toEqual([]);
    expect(entries.filter((entry) => entry.endsWith('.node'))).toEqual([]);
    expect(entries.filter((entry) => !isAllowedInAsar(entry))).toEqual([]);
  });

  it('is small and has nothing unpacked beside it', async () => {
    expect((await stat(asar())).size).toBeLessThan(MAX_ASAR_BYTES);
    // Native modules would be unpacked to app.asar.unpacked; the .deb adds its AppArmor profile.
    expect((await readdir(join(packaged.appOutDir, 'resources'))).sort()).toEqual(['app.asar', 'apparmor-profile']);
  });

  it('starts the bundled main process and declares no runtime dependencies', () => {
    const manifest = JSON.parse(extractFile(asar(), 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(manifest.main).toBe('out/main/index.js');
    expect(manifest.dependencies ?? {}).toEqual({});
  });
});

describe('Electron fuses', () => {
  it('are configured for hardening, and the macOS builds get a fresh ad-hoc signature after the flip', () => {
    const { resetAdHocDarwinSignature, ...fuses } = packaged.config.electronFuses ?? {};
    expect(fuses).toEqual(HARDENING);
    expect(resetAdHocDarwinSignature).toBe(true);
  });

  it('are flipped in the packaged binary as configured', async () => {
    const binary = await readFile(join(packaged.appOutDir, 'handbok'));
    const at = binary.indexOf(SENTINEL);
    expect(at, 'fuse sentinel').toBeGreaterThanOrEqual(0);
    expect(binary.lastIndexOf(SENTINEL)).toBe(at);
    const wire = at + SENTINEL.length;
    expect(binary[wire]).toBe(FUSE_WIRE_VERSION);
    expect(binary[wire + 1]).toBe(FUSES.length);
    const configured: Record<string, boolean | undefined> = { ...packaged.config.electronFuses };
    const actual = Object.fromEntries(FUSES.map(([name], i) => [name, binary[wire + 2 + i]]));
    const expected = Object.fromEntries(FUSES.map(([name, byDefault]) => [name, fuseByte(configured[name] ?? byDefault)]));
    expect(actual).toEqual(expected);
    // Stated once more without the yml in between, so that weakening the yml cannot pass.
    for (const [name, on] of Object.entries(HARDENING)) expect(actual[name], name).toBe(fuseByte(on));
  });
});

describe('Linux: a .deb only, whose app runs sandboxed', () => {
  it('builds no AppImage (its launcher adds --no-sandbox) and passes Electron no extra arguments', () => {
    const linux = packaged.config.linux ?? {};
    expect(targetNames(linux.target)).toEqual(['deb']);
    expect(linux.executableArgs ?? []).toEqual([]);
    expect(packaged.config.deb?.executableArgs ?? []).toEqual([]);
  });

  it('has a desktop entry that starts the installed binary without --no-sandbox', () => {
    expect(packaged.desktopEntry).toMatch(/^Exec=\/opt\/Handbok\/handbok %U$/m);
    expect(packaged.desktopEntry).not.toContain('--no-sandbox');
    expect(packaged.fpmArgs).not.toContain('--no-sandbox');
  });

  it('names the configured maintainer and homepage, and installs the packaged app under /opt/Handbok', () => {
    const arg = (flag: string) => packaged.fpmArgs[packaged.fpmArgs.indexOf(flag) + 1];
    expect(arg('--maintainer')).toBe(packaged.config.linux?.maintainer);
    expect(arg('--url')).toBe((packaged.config.extraMetadata as { homepage?: string } | undefined)?.homepage);
    expect(arg('--name')).toBe('handbok');
    expect(packaged.fpmArgs).toContain(`${packaged.appOutDir}/=/opt/Handbok`);
  });
});

describe('Windows and macOS configuration', () => {
  it('builds an assisted per-user NSIS installer and a per-machine MSI', () => {
    const { config } = packaged;
    expect(targetNames(config.win?.target).sort()).toEqual(['msi', 'nsis']);
    expect(config.msi?.perMachine).toBe(true);
    expect(config.nsis?.perMachine).toBe(false);
    // The App User Model ID of the installers' shortcuts; the main process sets the same.
    expect(config.appId).toBe('se.handbok.app');
  });

  it('builds a dmg for Apple Silicon and one for Intel', () => {
    const targets = asTargets(packaged.config.mac?.target);
    expect(targets.map((t) => [t.target, [t.arch ?? []].flat().sort()])).toEqual([['dmg', ['arm64', 'x64']]]);
  });
});

/**
 * Builds out/ with `electron-vite build` unless it is newer than every source it is made from.
 * Run as `npm run build` runs it: vitest's NODE_ENV=test would otherwise give development builds.
 */
async function buildUnlessFresh() {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((file) => join(root, file));
  const oldestOutput = Math.min(...(await Promise.all(outputs.map(mtimeOrZero))));
  const sources = [
    ...(await filesUnder(['electron', 'renderer', 'shared', 'resources'])),
    ...['package.json', 'package-lock.json', 'electron.vite.config.ts', 'vite.renderer.ts'].map((file) => join(root, file)),
  ];
  const newestSource = Math.max(...(await Promise.all(sources.map(mtimeOrZero))));
  if (oldestOutput > newestSource) return;
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function filesUnder(dirs: string[]) {
  const files: string[] = [];
  for (const dir of dirs) {
    for (const entry of await readdir(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
    }
  }
  return files;
}

async function mtimeOrZero(file: string) {
  return stat(file).then(
    (s) => s.mtimeMs,
    () => 0,
  );
}

/** A Linux Electron distribution as electron-builder expects it, with a stand-in binary. */
async function makeStandInElectron(dir: string) {
  const electronPackage = join(root, 'node_modules/electron');
  const { version } = JSON.parse(await readFile(join(electronPackage, 'package.json'), 'utf8')) as { version: string };
  expect(version, 'the installed electron package').toBe(ELECTRON_VERSION);
  await mkdir(join(dir, 'resources'), { recursive: true });
  await copyFile(join(electronPackage, 'LICENSE'), join(dir, 'LICENSE'));
  await writeFile(join(dir, 'version'), version);
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\n# Stand-in for the Electron binary: it only carries the fuse wire.\nexit 1\n'),
    Buffer.from(SENTINEL),
    Buffer.from([FUSE_WIRE_VERSION, FUSES.length, ...FUSES.map(([, byDefault]) => fuseByte(byDefault))]),
    Buffer.alloc(64),
  ]);
  await writeFile(join(dir, 'electron'), binary);
  await chmod(join(dir, 'electron'), 0o755);
  return dir;
}

/**
 * Packages the Linux .deb with electron-builder.yml, merged with the stand-in Electron and a
 * temporary output directory. Any attempt to open a network connection in this process fails the
 * build; child processes find download mirrors that point to a closed local port and npm offline.
 */
async function packageLinux(electronDist: string, output: string): Promise<Packaged> {
  let config: Configuration | undefined;
  let appOutDir = '';
  let fpm: { args: string[]; desktopEntry: string } | undefined;
  const network = forbidNetwork();
  const restoreEnv = setEnv({
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    ELECTRON_BUILDER_BINARIES_MIRROR: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
  });
  try {
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget(['deb'], Arch.x64),
      publish: 'never',
      config: {
        electronDist,
        electronVersion: ELECTRON_VERSION,
        directories: { output },
        afterPack: async (context: AfterPackContext) => {
          config = context.packager.config;
          appOutDir = context.appOutDir;
        },
      },
      // Called with fpm's arguments and the desktop entry just before fpm would run: true skips it.
      effectiveOptionComputed: async ([args, desktopFile]: [string[], string]) => {
        fpm = { args, desktopEntry: await readFile(desktopFile, 'utf8') };
        return true;
      },
    });
  } finally {
    restoreEnv();
    network.restore();
  }
  expect(network.attempts, 'network connections attempted while packaging').toEqual([]);
  if (!config || !fpm) throw new Error('electron-builder did not reach the .deb step');
  expect(relative(output, appOutDir)).toBe('linux-unpacked');
  return { config, appOutDir, fpmArgs: fpm.args, desktopEntry: fpm.desktopEntry };
}

function forbidNetwork() {
  const socket = net.Socket.prototype;
  const connect = socket.connect;
  const attempts: string[] = [];
  socket.connect = function (this: net.Socket, ...args: unknown[]) {
    // Node passes its own calls as one array of normalized arguments.
    const [first] = args;
    const target: unknown = Array.isArray(first) ? first[0] : first;
    const options = typeof target === 'object' && target !== null ? (target as { path?: unknown; host?: unknown; port?: unknown }) : {};
    const isLocalPipe = typeof target === 'string' || typeof options.path === 'string';
    if (!isLocalPipe) {
      const address = typeof target === 'number' ? `port ${target}` : `${String(options.host ?? 'localhost')}:${String(options.port)}`;
      attempts.push(address);
      throw new Error(`Packaging tried to connect to ${address}; it must work offline.`);
    }
    return Reflect.apply(connect, this, args) as net.Socket;
  } as typeof connect;
  return {
    attempts,
    restore: () => {
      socket.connect = connect;
    },
  };
}

function setEnv(values: Record<string, string>) {
  const before = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

function asTargets(target: TargetConfigType | undefined): TargetConfiguration[] {
  if (target == null) return [];
  return [target].flat().map((t) => (typeof t === 'string' ? { target: t } : t));
}

function targetNames(target: TargetConfigType | undefined) {
  return asTargets(target).map((t) => t.target);
}
