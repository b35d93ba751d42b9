import { useSyncExternalStore } from 'react';

export type SaveState = { status: 'saved' } | { status: 'saving' } | { status: 'failed'; error: unknown };

export const SAVING: SaveState = { status: 'saving' };
export const SAVED: SaveState = { status: 'saved' };

/**
 * Where a save state can be read and followed. The state lives outside React so that a change of it
 * renders only what shows it (the save indicator), not the screen that saves: on a long document that
 * screen is the whole editor with its panels, and its state changes with the first key after a save.
 */
export interface SaveStateSource {
  readonly current: () => SaveState;
  readonly subscribe: (listener: () => void) => () => void;
}

/** A save state that its owner sets. */
export class SaveStateCell implements SaveStateSource {
  private state: SaveState = SAVED;
  private readonly listeners = new Set<() => void>();

  readonly current = () => this.state;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  set(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/** The state of several autosaving parts as one: failed beats saving beats saved. */
function combineSaveStates(...states: SaveState[]): SaveState {
  return (
    states.find((state) => state.status === 'failed') ??
    states.find((state) => state.status === 'saving') ?? SAVED
  );
}

/** A state that stays "saving" (a conflict the user has yet to settle: this window's version is not stored). */
export const STILL_SAVING: SaveStateSource = { current: () => SAVING, subscribe: () => () => undefined };

/** Several sources followed as one, combined as `combineSaveStates` does (a state it returns is one of theirs, so it reads the same until one changes). */
export function combinedSaveStateSource(...sources: SaveStateSource[]): SaveStateSource {
  return {
    current: () => combineSaveStates(...sources.map((source) => source.current())),
    subscribe: (listener) => {
      const unsubscribes = sources.map((source) => source.subscribe(listener));
      return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
    },
  };
}

/** The state of a source, rendering the calling component (only) when it changes. */
export function useSaveState(source: SaveStateSource): SaveState {
  return useSyncExternalStore(source.subscribe, source.current);
}
