import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../../electron/cli/run';
import type { ServeIo } from '../../../../electron/cli/serve';
import { USERS_FILE } from '../../../../electron/server/users';
import { temporaryFolder, until } from '../server/shared-library-support';

/** The command line with the real disk (the server keeps its own files), recording what it prints. */
function serveIo() {
  const out: string[] = [];
  const err: string[] = [];
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const serveIo: ServeIo = {
    out: (line) => void out.push(line),
    err: (line) => void err.push(line),
    now: () => new Date('2026-12-07T10:00:00.000Z'),
    untilStopped: () => stopped,
  };
  // `serve` uses nothing of the command line's io but ServeIo: the rest would fail the test if it were reached.
  const io = serveIo as CliIo;
  return { io, out, err, stop };
}

describe('handbok serve', () => {
  it('adds a user and prints the token once; lists and revokes users; refuses a name in use and an unknown role', async () => {
    // A folder that does not exist yet: the first user creates it.
    const data = join(temporaryFolder(), 'delat');
    const { io, out, err } = serveIo();
    expect(await runCli(['serve', 'users', 'add', 'Anna Andersson', '--role', 'editor', '--data', data], io)).toBe(0);
    const token = out.at(-1)!;
    expect(out.at(-2)).toContain('Anna Andersson lades till som redaktör');
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(readFileSync(join(data, USERS_FILE), 'utf8')).not.toContain(token);

    expect(await runCli(['serve', 'users', 'add', 'Anna Andersson', '--role', 'reader', '--data', data], io)).toBe(1);
    expect(err.at(-1)).toContain('det finns redan en användare som heter ”Anna Andersson”');
    expect(await runCli(['serve', 'users', 'add', 'Bo', '--role', 'chef', '--data', data], io)).toBe(2);
    expect(err.at(-1)).toContain('okänd roll ”chef”');

    expect(await runCli(['serve', 'users', 'role', 'Anna Andersson', '--document', 'policy-1', '--role', 'reader', '--data', data], io)).toBe(0);
    expect(await runCli(['serve', 'users', 'revoke', 'Anna Andersson', '--data', data], io)).toBe(0);
    out.length = 0;
    expect(await runCli(['serve', 'users', 'list', '--data', data], io)).toBe(0);
    expect(out).toEqual(['Anna Andersson\tindragen 2026-12-07\tpolicy-1: läsare']);
  });

  it('runs the server until it is stopped, answering /health, and writes a backup on demand', async () => {
    const data = temporaryFolder();
    const { io, out, stop } = serveIo();
    const running = runCli(['serve', '--data', data, '--port', '0'], io);
    await until('listening', () => out.some((line) => line.includes('lyssnar på 127.0.0.1:')));
    const port = /127\.0\.0\.1:(\d+)/.exec(out.join('\n'))![1];
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', documents: 0 });
    stop();
    expect(await running).toBe(0);
    expect(out.at(-1)).toBe('2026-12-07T10:00:00.000Z stoppad');

    expect(await runCli(['serve', 'backup', '--data', data], io)).toBe(0);
    expect(out.at(-1)).toMatch(/^Säkerhetskopia skriven: handbok-2026-12-07T10-00-00-000Z\.handbok \(0 dokument\)$/);
    expect(readdirSync(join(data, 'sakerhetskopior'))).toContain('handbok-2026-12-07T10-00-00-000Z.handbok');
  });

  it('says what is wrong with the command line: no data folder, a port that is not a number', async () => {
    const { io, err } = serveIo();
    expect(await runCli(['serve'], io)).toBe(2);
    expect(err.at(-1)).toContain('--data MAPP saknas');
    expect(await runCli(['serve', '--data', temporaryFolder(), '--port', 'åtta'], io)).toBe(2);
    expect(err.at(-1)).toContain('--port åtta är inget portnummer');
  });

  it.each([
    ['the systemd unit', 'handbok-delat.service', (text: string) => /^ExecStart=\S+ \S+handbok\.mjs (.*)$/m.exec(text)![1]!.split(' ')],
    ['the container file', 'Containerfile', (text: string) => (JSON.parse(/^ENTRYPOINT (.*)$/m.exec(text)![1]!) as string[]).slice(2)],
  ])('%s starts the server with the arguments it gives', async (_name, file, argumentsOf) => {
    const args = argumentsOf(readFileSync(join(import.meta.dirname, '../../../../resources/server', file), 'utf8'));
    expect(args.slice(0, 1)).toEqual(['serve']);
    // Here a temporary folder, a free port, and this machine only.
    const here: Record<string, string> = { '--data': temporaryFolder(), '--port': '0', '--host': '127.0.0.1' };
    const local = args.map((arg, index) => here[args[index - 1]!] ?? arg);
    const { io, out, stop } = serveIo();
    const running = runCli(local, io);
    await until('listening', () => out.some((line) => line.includes('lyssnar på')));
    stop();
    expect(await running).toBe(0);
  });
});
