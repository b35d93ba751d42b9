import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { HeadingTagType } from '@lexical/rich-text';
import type { SerializedContent } from '@shared/model/content';
import { unwrapUnknownNodes, wrapUnknownNodes } from '@shared/model/unknown-nodes';
import { isSafeExternalUrl } from '@shared/url';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { FIELD_NODE_TYPES, FIELD_NODES } from './nodes';
import { EditablePlugin } from './plugins/EditablePlugin';
import { EditorDialogsPlugin } from './plugins/EditorDialogsPlugin';
import { FootnotesPlugin } from './plugins/EmbedsPlugin';
import { FieldToolbarPlugin } from './plugins/FieldToolbarPlugin';
import { MarkdownShortcutsPlugin } from './plugins/MarkdownShortcutsPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { SubHeadingsPlugin } from './plugins/SubHeadingsPlugin';
import { editorTheme } from './theme';

/**
 * A small rich-text editor for one field of a form (a part of a tjänsteskrivelse): paragraphs, lists,
 * bold and italic, links, sub-headings and footnotes, over the same content model, nodes, paste
 * cleaning, link rules and shortcuts as the document editor. Text pasted from Word keeps its
 * paragraphs and lists. It starts from `value` once and then owns its text, reporting each change;
 * it grows with its text. The editable area is labelled by the field's name.
 */
export function RichTextField({
  label,
  value,
  placeholder,
  readOnly,
  subHeading = 'h3',
  onChange,
}: {
  label: string;
  value: SerializedContent;
  placeholder: string;
  readOnly: boolean;
  /** The level a heading in the field takes: the level below the field's own name where it is printed. */
  subHeading?: HeadingTagType;
  onChange: (value: SerializedContent) => void;
}) {
  const [initialConfig] = useState(() => ({
    // A namespace of its own: a copy from the document editor, whose blocks a field cannot hold, is pasted as its HTML.
    namespace: 'handbok-field',
    nodes: FIELD_NODES,
    theme: editorTheme,
    editable: !readOnly,
    editorState: JSON.stringify(wrapUnknownNodes(value, FIELD_NODE_TYPES)),
    onError: (error: Error) => {
      throw error;
    },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="rich-field">
        {!readOnly && <FieldToolbarPlugin fieldLabel={label} subHeading={subHeading} />}
        <div className="rich-field__body">
          <RichTextPlugin
            contentEditable={<ContentEditable className="rich-field__content" aria-label={label} aria-placeholder={placeholder} placeholder={<div className="rich-field__placeholder">{placeholder}</div>} />}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <EditablePlugin editable={!readOnly} />
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeExternalUrl} />
      <SubHeadingsPlugin tag={subHeading} />
      <FootnotesPlugin />
      {!readOnly && (
        <>
          <ShortcutsPlugin />
          <MarkdownShortcutsPlugin />
          <PastePlugin />
          <EditorDialogsPlugin />
        </>
      )}
      <FieldChangesPlugin onChange={onChange} />
    </LexicalComposer>
  );
}

/** Reports each change of the text (not a move of the caret), as the stored content, placeholders put back. */
function FieldChangesPlugin({ onChange }: { onChange: (value: SerializedContent) => void }) {
  const [editor] = useLexicalComposerContext();
  // The form hands a new function on every render; the listener stays, and calls the newest one.
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        latest.current(unwrapUnknownNodes(editorState.toJSON() as unknown as SerializedContent));
      }),
    [editor],
  );
  return null;
}
