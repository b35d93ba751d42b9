import type { IpcHandler } from '../ipc';
import { openExternally } from '../security';

/** Only http(s) and mailto links leave the app; the result says whether this one did. */
export const openLink: IpcHandler<'open-link'> = (url) => openExternally(url);
