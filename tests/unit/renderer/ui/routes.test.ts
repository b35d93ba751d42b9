import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../../../renderer/src/ui/routes';

describe('routes', () => {
  it('addresses a document, its view and a block in it, and reads each address back', () => {
    const routes: Route[] = [
      { screen: 'document', id: 'a b/c' },
      { screen: 'document', id: 'x', view: 'read' },
      { screen: 'document', id: 'x', view: 'edit' },
      { screen: 'document', id: 'x', view: 'read', block: 'blk 1&2' },
      { screen: 'document', id: 'x', block: 'b' },
      { screen: 'shared', id: 'a b/c' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
    expect(hrefOf({ screen: 'document', id: 'x', view: 'read', block: 'b' })).toBe('#/dokument/x/las?block=b');
  });

  it('reads an unknown view as the default and an unknown address as the library', () => {
    expect(parseRoute('#/dokument/x/okand')).toEqual({ screen: 'document', id: 'x' });
    expect(parseRoute('#/nagot-annat')).toEqual({ screen: 'library' });
  });
});
