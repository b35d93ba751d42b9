import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../../../electron/node/atomic-write';

describe('writeAtomically', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-atomic-'));
    const file = join(folder, 'bibliotek.handbok');
    writeFileSync(file, 'gammalt');
    await writeAtomically(file, 'nytt innehåll');
    expect(readFileSync(file, 'utf8')).toBe('nytt innehåll');
    expect(readdirSync(folder)).toEqual(['bibliotek.handbok']);
  });

  it('leaves the old file as it was, and no temporary file, when the write fails', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-atomic-'));
    // A folder where the file should go: the final rename fails after the data was written.
    const target = join(folder, 'mål.handbok');
    mkdirSync(target);
    writeFileSync(join(target, 'kvar.txt'), 'orört');
    await expect(writeAtomically(target, 'nytt')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(['mål.handbok']);
    expect(readFileSync(join(target, 'kvar.txt'), 'utf8')).toBe('orört');
    // And a folder that does not exist: nothing is made.
    await expect(writeAtomically(join(folder, 'saknas', 'x.handbok'), 'nytt')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual(['mål.handbok']);
  });

  it('writes a file whose name is as long as the file system allows: the temporary name is never longer', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-atomic-'));
    // 255 bytes, the most ext4, NTFS and APFS allow: with a temporary suffix it would be too long.
    const file = join(folder, `${'å'.repeat(123)}x.handbok`);
    await writeAtomically(file, 'nytt');
    expect(readFileSync(file, 'utf8')).toBe('nytt');
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('writes through a symbolic link to the file it points at, and keeps the link', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handbok-atomic-'));
    mkdirSync(join(folder, 'delad'));
    writeFileSync(join(folder, 'delad', 'bibliotek.handbok'), 'gammalt');
    symlinkSync(join(folder, 'delad', 'bibliotek.handbok'), join(folder, 'genväg.handbok'));
    await writeAtomically(join(folder, 'genväg.handbok'), 'nytt');
    expect(lstatSync(join(folder, 'genväg.handbok')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'delad', 'bibliotek.handbok'), 'utf8')).toBe('nytt');
  });
});
