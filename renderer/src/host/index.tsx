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

/** The same build runs in both places; preload's API is what tells them apart. */
export function detectHost(): Host {
  return window.handbok ? createElectronHost(window.handbok) : createBrowserHost();
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
