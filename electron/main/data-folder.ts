import { join } from 'node:path';

export interface DataFolderFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** Electron's `appData`: %APPDATA% (roaming) on Windows, ~/.config on Linux, ~/Library/Application Support on macOS. */
  appData: string;
  name: string;
  packaged: boolean;
}

/**
 * Where the library (IndexedDB) and its backups live, or null for Electron's default.
 *
 * Windows: the local profile (%LOCALAPPDATA%), not the roaming one. A roaming profile is copied at
 * every logon, and forty full backups would slow each one; LevelDB over a redirected network folder
 * is fragile too. Decided before users have data, so nothing needs moving.
 *
 * A development build (`npm start`) uses a folder of its own, so that trying things out never prunes
 * or overwrites the backups of the Handbok installed on the same machine.
 */
export function dataFolderFor({ platform, env, appData, name, packaged }: DataFolderFacts): string | null {
  const folder = packaged ? name : `${name}-utveckling`;
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, folder);
  return packaged ? null : join(appData, folder);
}
