import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { currentMainWindow, trackMainWindow } from '../../../electron/main/main-windows';

function fakeWindow(focused = false) {
  return Object.assign(new EventEmitter(), { focused, isFocused() { return this.focused; } });
}

describe('the window a second launch or a menu command goes to', () => {
  it('is the focused main window, else the one opened last, never a print window; none once all are closed', () => {
    expect(currentMainWindow()).toBeNull();
    const first = fakeWindow();
    const second = fakeWindow();
    trackMainWindow(first as never);
    trackMainWindow(second as never);
    // A print window exists too, hidden; it is never tracked, so never chosen.
    expect(currentMainWindow()).toBe(second);
    first.focused = true;
    expect(currentMainWindow()).toBe(first);
    // Closing begins (its last backup may take seconds): it is no longer the window commands go to.
    first.emit('close');
    expect(currentMainWindow()).toBe(second);
    second.emit('close');
    expect(currentMainWindow()).toBeNull();
  });
});
