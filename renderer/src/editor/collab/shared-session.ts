import { HocuspocusProvider } from '@hocuspocus/provider';
import type { Provider } from '@lexical/yjs';
import * as Y from 'yjs';
import { HEADER_MAP } from '@shared/collab/shared-document';
import { socketOriginOf } from '@shared/url';

/*
 * One shared document open in the app: its Yjs document, the connection to the server (Hocuspocus), and
 * what the screen shows about them: whether the server is reached, whether this user may write, what is
 * not yet on the server, who else has the document open. The editor binds to it through Lexical's
 * collaboration plugin (`providerFactory`); the screen follows it through `subscribe`/`state`.
 */

export type SharedConnectionStatus =
  /** Reaching the server, or reaching it again after losing it. */
  | 'connecting'
  /** On the server and up to date with it. */
  | 'connected'
  /** The server cannot be reached; edits stay in the open document and are sent when it comes back. */
  | 'offline'
  /** The server does not accept the token, or this user may not open the document. */
  | 'refused';

export interface Collaborator {
  name: string;
  color: string;
}

/** Where the session keeps the document on this computer (the app's database; see SharedEditsRepository). */
export interface LocalCopy {
  /** Everything kept of the document, as one Yjs update; null for nothing. */
  load(): Promise<Uint8Array | null>;
  add(update: Uint8Array): Promise<void>;
}

export interface SharedSessionState {
  status: SharedConnectionStatus;
  /** Only once the server has said so: until then, and for a reader, the document cannot be edited. */
  canEdit: boolean;
  /** Whether the server has changes of this user it has not acknowledged yet. */
  unsent: boolean;
  /** The others who have the document open now, as their editors announce themselves. */
  others: Collaborator[];
  /** The title in the document's header, as it stands now. */
  title: string;
  /** Whether every change so far is in the copy on this computer (written a moment after it is made). */
  keptLocally: boolean;
  /** Whether the copy on this computer could not be read or written: then only the server has the edits. */
  localCopyFailed: boolean;
}

/** The origin of the changes read from the local copy, which are not written to it again. */
const FROM_LOCAL_COPY = Symbol('local copy');

export class SharedSession {
  readonly doc = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  private readonly listeners = new Set<() => void>();
  private current: SharedSessionState = { status: 'connecting', canEdit: false, unsent: false, others: [], title: '', keptLocally: true, localCopyFailed: false };
  private keeping = false;
  private beingKept = 0;
  private destroyed = false;

  /** `server`: the server's origin, as shared/url.ts serverOrigin gives it. */
  constructor(
    server: { origin: string; token: string },
    readonly id: string,
    private readonly localCopy: LocalCopy,
  ) {
    this.provider = new HocuspocusProvider({
      url: socketOriginOf(server.origin),
      name: id,
      document: this.doc,
      token: server.token,
      onStatus: ({ status }) => {
        if (this.current.status === 'refused') return;
        // Connected to the socket is not yet on the document: that is when the server has synced it.
        this.update({ status: status === 'disconnected' ? 'offline' : 'connecting' });
      },
      onSynced: ({ state }) => state && this.update({ status: 'connected' }),
      onAuthenticated: ({ scope }) => this.update({ canEdit: scope === 'read-write' }),
      onAuthenticationFailed: () => this.update({ status: 'refused', canEdit: false }),
      onUnsyncedChanges: ({ number }) => this.update({ unsent: number > 0 }),
      onAwarenessChange: () => this.update({ others: this.othersNow() }),
    });
    const header = this.doc.getMap<unknown>(HEADER_MAP);
    header.observe(() => this.update({ title: this.titleNow() }));
  }

  /** For Lexical's CollaborationPlugin: this session's document and connection, whatever the id it asks for. */
  readonly providerFactory = (id: string, docMap: Map<string, Y.Doc>): Provider => {
    docMap.set(id, this.doc);
    // Hocuspocus' provider has the events and the awareness Lexical's Provider type names, typed its own way.
    return this.provider as unknown as Provider;
  };

  /**
   * Puts what this computer kept of the document into it, and from then on keeps every change. Called
   * once the editor is bound: the binding shows changes as they arrive, not what the document held before.
   */
  keepLocalCopy(): void {
    if (this.keeping) return;
    this.keeping = true;
    const failed = () => this.update({ localCopyFailed: true });
    this.localCopy.load().then((kept) => {
      if (kept && !this.destroyed) Y.applyUpdate(this.doc, kept, FROM_LOCAL_COPY);
    }, failed);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_LOCAL_COPY) return;
      if (this.beingKept++ === 0) this.update({ keptLocally: false });
      this.localCopy
        .add(update)
        .catch(failed)
        .finally(() => {
          if (--this.beingKept === 0 && !this.destroyed) this.update({ keptLocally: true });
        });
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly state = (): SharedSessionState => this.current;

  destroy(): void {
    this.destroyed = true;
    this.listeners.clear();
    this.provider.destroy();
    this.doc.destroy();
  }

  private update(change: Partial<SharedSessionState>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener();
  }

  private titleNow(): string {
    const title = this.doc.getMap<unknown>(HEADER_MAP).get('title');
    return typeof title === 'string' ? title : '';
  }

  private othersNow(): Collaborator[] {
    const awareness = this.provider.awareness;
    if (!awareness) return [];
    const others: Collaborator[] = [];
    for (const [client, state] of awareness.getStates()) {
      if (client === this.doc.clientID) continue;
      const { name, color } = state as { name?: unknown; color?: unknown };
      if (typeof name === 'string' && typeof color === 'string') others.push({ name, color });
    }
    return others;
  }
}
