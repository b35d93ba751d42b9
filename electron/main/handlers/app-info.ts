import { app } from 'electron';
import type { IpcHandler } from '../ipc';

export const getAppInfo: IpcHandler<'get-app-info'> = () => ({
  name: app.getName(),
  version: app.getVersion(),
  platform: process.platform,
  electron: process.versions.electron ?? '',
  chrome: process.versions.chrome ?? '',
});
