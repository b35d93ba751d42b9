import { describe, expect, it } from 'vitest';
import { ipcChannels, menuCommandSchema, methodNameOf, type IpcChannel } from '../../../shared/ipc';

describe('the IPC contract', () => {
  it('names preload methods after their channels', () => {
    expect(methodNameOf('get-app-info')).toBe('getAppInfo');
    expect(methodNameOf('open-link')).toBe('openLink');
  });

  it('uses kebab-case channel names', () => {
    for (const name of Object.keys(ipcChannels)) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('validates the argument of every channel', () => {
    const channel = (name: IpcChannel) => ipcChannels[name].request;
    expect(channel('get-app-info').safeParse(undefined).success).toBe(true);
    expect(channel('get-app-info').safeParse({ evil: true }).success).toBe(false);
    expect(channel('set-locale').safeParse('en').success).toBe(true);
    expect(channel('set-locale').safeParse('de').success).toBe(false);
    expect(channel('open-link').safeParse('https://example.org').success).toBe(true);
    expect(channel('open-link').safeParse(42).success).toBe(false);
    expect(channel('open-link').safeParse('x'.repeat(5000)).success).toBe(false);
  });

  it('accepts only known menu commands', () => {
    expect(menuCommandSchema.safeParse('new-document').success).toBe(true);
    expect(menuCommandSchema.safeParse('rm -rf').success).toBe(false);
  });
});
