import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { CONTENT_ROOT } from '@shared/collab/shared-document';
import { useEffect, useState, type ReactNode } from 'react';
import type { SharedSession } from './collab/shared-session';
import { EditorPlugins } from './ContentEditor';
import { EDITOR_NODES } from './nodes';
import { ScrollableTablesPlugin } from './plugins/ScrollableTablesPlugin';
import { editorTheme } from './theme';

/** A colour of its own for each name, the same on every computer, dark enough for white text on it. */
export function colorOfName(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) % 360;
  return `hsl(${hash} 65% 38%)`;
}

/** After the collaboration plugin, so that its effects have bound the editor when the kept copy is put in. */
function LocalCopyPlugin({ session }: { session: SharedSession }) {
  useEffect(() => session.keepLocalCopy(), [session]);
  return null;
}

/**
 * A shared document's content in Lexical, bound to the document on the server through Lexical's
 * collaboration plugin: the content arrives from the server (the editor starts empty and never seeds
 * it: the server wrote it when the document was shared), every edit goes there, and the others' cursors
 * are shown with their names. `readOnly` until the server has said this user may write.
 */
export function SharedContentEditor({ session, readOnly, userName, children }: { session: SharedSession; readOnly: boolean; userName: string; children: ReactNode }) {
  const [initialConfig] = useState(() => ({
    namespace: 'handbok-shared',
    nodes: EDITOR_NODES,
    theme: editorTheme,
    editable: false,
    // The collaboration plugin requires an editor with no state of its own.
    editorState: null,
    onError: (error: Error) => {
      throw error;
    },
  }));
  return (
    <LexicalCollaboration>
      <LexicalComposer initialConfig={initialConfig}>
        <ScrollableTablesPlugin />
        {children}
        <EditorPlugins readOnly={readOnly} shared />
        <CollaborationPlugin
          id={session.id}
          providerFactory={session.providerFactory}
          shouldBootstrap={false}
          username={userName}
          cursorColor={colorOfName(userName)}
          rootName={CONTENT_ROOT}
        />
        <LocalCopyPlugin session={session} />
      </LexicalComposer>
    </LexicalCollaboration>
  );
}
