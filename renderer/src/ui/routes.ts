import { useSyncExternalStore } from 'react';

/**
 * The screens of the app, addressed by the URL hash so that reload, back and forward work in the
 * browser build and the desktop app alike (the app:// page has no server to route paths).
 */
export type Route =
  | { screen: 'library' }
  | { screen: 'review' }
  | { screen: 'trash' }
  | { screen: 'backups' }
  | { screen: 'settings' }
  | { screen: 'document'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [first, second] = path.split('/');
  if (first === 'att-revidera') return { screen: 'review' };
  if (first === 'papperskorg') return { screen: 'trash' };
  if (first === 'sakerhetskopior') return { screen: 'backups' };
  if (first === 'installningar') return { screen: 'settings' };
  if (first === 'dokument' && second) return { screen: 'document', id: decodeURIComponent(second) };
  return { screen: 'library' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'review':
      return '#/att-revidera';
    case 'trash':
      return '#/papperskorg';
    case 'backups':
      return '#/sakerhetskopior';
    case 'settings':
      return '#/installningar';
    case 'document':
      return `#/dokument/${encodeURIComponent(route.id)}`;
  }
}

export function navigate(route: Route) {
  window.location.hash = hrefOf(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
