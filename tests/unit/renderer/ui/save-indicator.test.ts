// @vitest-environment happy-dom
import i18next from 'i18next';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sv } from '../../../../renderer/src/ui/locales/sv';
import { SaveIndicator } from '../../../../renderer/src/ui/SaveIndicator';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_RETRY_MS, useAutosave } from '../../../../renderer/src/ui/use-autosave';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { sv: { translation: sv } }, lng: 'sv', interpolation: { escapeValue: false } });
});

/**
 * A screen that autosaves and shows its save state, as the document screen does: it counts its own
 * renders, which on a long document are what a keystroke waits for.
 */
async function mountScreen(save: (value: string) => Promise<void>) {
  const container = document.createElement('div');
  const root = createRoot(container);
  const screen = { renders: 0, edit: (_value: string) => undefined as void };
  function Screen() {
    screen.renders += 1;
    const { schedule, saveState } = useAutosave(save);
    screen.edit = schedule;
    return createElement(SaveIndicator, { source: saveState });
  }
  await act(async () => root.render(createElement(I18nextProvider, { i18n }, createElement(Screen))));
  unmounts.push(() => act(async () => root.unmount()));
  const shown = () => container.querySelector('[role="status"]')?.textContent;
  return { screen, shown };
}

const unmounts: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const unmount of unmounts.splice(0)) await unmount();
  vi.useRealTimers();
});

describe('the save indicator', () => {
  it('follows an edit from saving to saved without rendering the screen that saves again', async () => {
    vi.useFakeTimers();
    const stored: string[] = [];
    const { screen, shown } = await mountScreen(async (value) => void stored.push(value));
    expect(shown()).toBe(sv.save.saved);

    await act(async () => screen.edit('Första stycket'));
    expect(shown()).toBe(sv.save.saving);
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    expect(stored).toEqual(['Första stycket']);
    expect(shown()).toBe(sv.save.saved);
    expect(screen.renders).toBe(1);
  });

  it('shows a failed save and tries again by itself until the value is stored', async () => {
    vi.useFakeTimers();
    const stored: string[] = [];
    let diskFull = true;
    const { screen, shown } = await mountScreen(async (value) => {
      if (diskFull) throw new DOMException('full', 'QuotaExceededError');
      stored.push(value);
    });

    await act(async () => screen.edit('Mål för året'));
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    expect(shown()).toContain(sv.errors.storageFull);
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_MS));
    expect(stored).toEqual([]);

    diskFull = false;
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_MS));
    expect(stored).toEqual(['Mål för året']);
    expect(shown()).toBe(sv.save.saved);
  });
});
