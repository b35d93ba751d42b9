import type { IpcHandler } from '../ipc';
import { installMenu } from '../menu';

/** The interface language changed: the native menu follows. */
export const setLocale: IpcHandler<'set-locale'> = (locale) => {
  installMenu(locale);
};
