import type { BackupStore } from '@shared/backup-store';
import type { HandbokApi } from '@shared/ipc';
import { createContext, useContext, type ReactNode } from 'react';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

declare global {
  interface Window {
    /** Present only in the desktop app, where preload exposes it. */
    handbok?: HandbokApi;
  }
}

/**
 * The same build runs in both places; preload's API is what tells them apart. The browser's backup
 * store is made only where it is used, so the desktop app never opens its database.
 */
export function detectHost(browserBackups: () => BackupStore): Host {
  return window.handbok ? createElectronHost(window.handbok) : createBrowserHost(browserBackups());
}

const HostContext = createContext<Host | null>(null);

export function HostProvider({ host, children }: { host: Host; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost needs a HostProvider');
  return host;
}

export type { Host } from './host';
