import { isSafeExternalUrl } from '@shared/url';
import type { Host } from './host';

/** The browser build's host: no native menu, links open in a new tab, files become downloads. */
export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Handbok',
      version: __APP_VERSION__,
      platform: 'web',
      electron: '',
      chrome: navigator.userAgent.match(/Chrom(?:e|ium)\/([\d.]+)/)?.[1] ?? '',
    }),
    // A web page has no application menu to translate.
    setLocale: async () => undefined,
    openLink: async (url) => {
      if (!isSafeExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    onMenuCommand: () => () => undefined,
  };
}
