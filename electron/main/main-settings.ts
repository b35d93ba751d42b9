import { join } from 'node:path';
import { app } from 'electron';
import { z } from 'zod';
import { writeAtomically } from '../node/atomic-write';
import { readFileAtMost } from '../node/file-errors';

/*
 * Main's own small settings file in the app's data folder: what main must know before any page has
 * loaded (where backups go, which shared library server the page may reach). The library's own
 * settings live in the renderer's database.
 */

const SETTINGS_MAX_BYTES = 64 * 1024;
const settingsSchema = z.object({
  backupFolder: z.string().min(1).optional(),
  /** The origin of the shared library server the page may connect to (shared/url.ts serverOrigin). */
  sharedLibraryOrigin: z.string().min(1).optional(),
});
export type MainSettings = z.infer<typeof settingsSchema>;

const settingsFile = () => join(app.getPath('userData'), 'settings.json');

/** The settings as stored; a missing or unreadable file means the defaults (nothing there is precious). */
export async function readMainSettings(): Promise<MainSettings> {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(new TextDecoder().decode(await readFileAtMost(settingsFile(), SETTINGS_MAX_BYTES))));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function writeMainSettings(settings: MainSettings): Promise<void> {
  await writeAtomically(settingsFile(), `${JSON.stringify(settings, null, 2)}\n`);
}
