import { useSyncExternalStore } from 'react';

/**
 * The screens of the app, addressed by the URL hash so that reload, back and forward work in the
 * browser build and the desktop app alike (the app:// page has no server to route paths).
 */
export type Route =
  | { screen: 'library' }
  | { screen: 'review' }
  /** Metodstöd: every method guide of the documents in force. */
  | { screen: 'methods' }
  /** Vem ansvarar för vad: every role of the documents in force. */
  | { screen: 'roles' }
  | { screen: 'trash' }
  | { screen: 'backups' }
  | { screen: 'settings' }
  /**
   * A document: `view` read (reading mode) or edit, else the default for the document; `block` the id of
   * a block to open at (a search hit, a method guide), shown marked.
   */
  | { screen: 'document'; id: string; view?: DocumentView; block?: string }
  /** A document of the shared library, edited together with the others who have it open. */
  | { screen: 'shared'; id: string };

export type DocumentView = 'read' | 'edit';
const VIEW_PATHS: Record<DocumentView, string> = { read: 'las', edit: 'redigera' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first, second, third] = path.split('/');
  if (first === 'att-revidera') return { screen: 'review' };
  if (first === 'metodstod') return { screen: 'methods' };
  if (first === 'roller') return { screen: 'roles' };
  if (first === 'papperskorg') return { screen: 'trash' };
  if (first === 'sakerhetskopior') return { screen: 'backups' };
  if (first === 'installningar') return { screen: 'settings' };
  if (first === 'delat' && second) return { screen: 'shared', id: decodeURIComponent(second) };
  if (first === 'dokument' && second) {
    const view = (Object.keys(VIEW_PATHS) as DocumentView[]).find((each) => VIEW_PATHS[each] === third);
    const block = new URLSearchParams(query).get('block');
    return { screen: 'document', id: decodeURIComponent(second), ...(view && { view }), ...(block && { block }) };
  }
  return { screen: 'library' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'review':
      return '#/att-revidera';
    case 'methods':
      return '#/metodstod';
    case 'roles':
      return '#/roller';
    case 'trash':
      return '#/papperskorg';
    case 'backups':
      return '#/sakerhetskopior';
    case 'settings':
      return '#/installningar';
    case 'shared':
      return `#/delat/${encodeURIComponent(route.id)}`;
    case 'document':
      return `#/dokument/${encodeURIComponent(route.id)}${route.view ? `/${VIEW_PATHS[route.view]}` : ''}${route.block ? `?block=${encodeURIComponent(route.block)}` : ''}`;
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
