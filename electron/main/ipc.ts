import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels, type IpcChannel, type IpcRequest, type IpcResponse } from '../../shared/ipc';
import { isAppUrl } from './security';

export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

/**
 * Wraps a handler so that it runs only for a page of the app itself and only with an argument that
 * the channel's schema accepts. Anything else is refused before the handler sees it.
 */
export function checkedHandler<C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  isTrustedSender: (url: string) => boolean = (url) => isAppUrl(url),
) {
  return async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<IpcResponse<C>> => {
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isTrustedSender(senderUrl)) throw new Error(`IPC ${channel}: refused, the sender is not a page of Handbok`);
    if (args.length > 1) throw new Error(`IPC ${channel}: expected at most one argument`);
    const parsed = ipcChannels[channel].request.safeParse(args[0]);
    if (!parsed.success) throw new Error(`IPC ${channel}: invalid argument`);
    return handler(parsed.data as IpcRequest<C>, event);
  };
}

/** The one way main listens on an invoke channel. */
export function handle<C extends IpcChannel>(channel: C, handler: IpcHandler<C>): void {
  ipcMain.handle(channel, checkedHandler(channel, handler));
}
