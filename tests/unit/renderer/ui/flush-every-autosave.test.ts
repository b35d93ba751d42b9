// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { flushEveryAutosave, useAutosave } from '../../../../renderer/src/ui/use-autosave';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A store whose writes take a while, as IndexedDB's do, and which records what was stored when. */
function slowStore() {
  const stored: string[] = [];
  return {
    stored,
    save: (value: string) => new Promise<void>((resolve) => setTimeout(() => (stored.push(value), resolve()), 30)),
  };
}

/** Mounts a screen with one autosave; returns its `schedule` (what an edit calls). */
async function mountEditor(save: (value: string) => Promise<void>) {
  const container = document.createElement('div');
  const root = createRoot(container);
  let schedule: (value: string) => void = () => undefined;
  function Editor() {
    schedule = useAutosave(save).schedule;
    return null;
  }
  await act(async () => root.render(createElement(Editor)));
  unmounts.push(() => act(async () => root.unmount()));
  return (value: string) => schedule(value);
}

const unmounts: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const unmount of unmounts.splice(0)) await unmount();
});

describe('the edits of the last second, before the backup on close', () => {
  it('are stored when flushEveryAutosave resolves, though their autosave has not come due', async () => {
    const store = slowStore();
    const edit = await mountEditor(store.save);
    edit('Första utkastet');
    edit('Sista ändringen');
    // The window closes now: no visibilitychange, no unmount, the autosave timer still running.
    await flushEveryAutosave();
    expect(store.stored).toEqual(['Sista ändringen']);
  });

  it('waits for a save already under way, and stores the newer edit after it, in order', async () => {
    const store = slowStore();
    const edit = await mountEditor(store.save);
    edit('Under sparning');
    const first = flushEveryAutosave();
    edit('Skriven medan den sparades');
    await flushEveryAutosave();
    await first;
    expect(store.stored).toEqual(['Under sparning', 'Skriven medan den sparades']);
  });

  it('includes the last save of a screen the user has just left', async () => {
    const store = slowStore();
    const edit = await mountEditor(store.save);
    edit('Skrivet innan dokumentet stängdes');
    await unmounts.pop()!();
    await flushEveryAutosave();
    expect(store.stored).toEqual(['Skrivet innan dokumentet stängdes']);
  });

  it('covers every screen that is open, and resolves at once when nothing waits', async () => {
    const document = slowStore();
    const header = slowStore();
    const [editText, editHeader] = [await mountEditor(document.save), await mountEditor(header.save)];
    await flushEveryAutosave();
    editText('Text');
    editHeader('Rubrik');
    await flushEveryAutosave();
    expect([document.stored, header.stored]).toEqual([['Text'], ['Rubrik']]);
  });
});
