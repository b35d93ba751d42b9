import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { isSafeExternalUrl } from '@shared/url';
import type { SerializedContent } from '@shared/model/content';
import type { EditorState, LexicalEditor, SerializedEditorState } from 'lexical';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrapUnknownNodes, wrapUnknownNodes } from '@shared/model/unknown-nodes';
import { chapterModeOfThisComputer, withChapters, withoutChapters } from './chapters';
import { ContentSerializer } from './content-serializer';
import { EDITOR_NODES, KNOWN_NODE_TYPES } from './nodes';
import { BlockIdsPlugin } from './plugins/BlockIdsPlugin';
import { ChaptersPlugin } from './plugins/ChaptersPlugin';
import { ContentChangesPlugin, STORED_CONTENT_TAG } from './plugins/ContentChangesPlugin';
import { ConvertBlocksPlugin } from './plugins/ConvertBlocksPlugin';
import { EditablePlugin } from './plugins/EditablePlugin';
import { EditorReadyPlugin } from './plugins/EditorReadyPlugin';
import { EditorDialogsPlugin } from './plugins/EditorDialogsPlugin';
import { EmbedsPlugin } from './plugins/EmbedsPlugin';
import { LongDocumentPlugin } from './plugins/LongDocumentPlugin';
import { MarkdownShortcutsPlugin } from './plugins/MarkdownShortcutsPlugin';
import { MoveBlocksPlugin } from './plugins/MoveBlocksPlugin';
import { NumberingPlugin } from './plugins/NumberingPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { ReactSelectionWalkPlugin } from './plugins/ReactSelectionWalkPlugin';
import { ScrollableTablesPlugin } from './plugins/ScrollableTablesPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { ShownAsExportedPlugin } from './plugins/ShownAsExportedPlugin';
import { TableKeysPlugin } from './plugins/TableKeysPlugin';
import { TransformBatchEndPlugin, TransformBatchStartPlugin } from './plugins/TransformBatchPlugins';
import { SlashMenuPlugin } from './plugins/SlashMenuPlugin';
import { StructuredBlocksPlugin } from './plugins/StructuredBlocksPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { editorTheme } from './theme';
import { useLayoutAfterSettling } from './use-layout-after-settling';

/**
 * The document's content in Lexical. It starts from the stored JSON once; from then on the editor
 * owns the content and reports every change, which the document screen autosaves (through
 * ContentChangesPlugin, which puts back any node the editor could only carry as a placeholder). Everything
 * inside `children` (the editing surface, the outline and quality panels) shares this one editor.
 */
export function ContentEditor({
  initialContent,
  readOnly,
  onChange,
  onReady,
  children,
}: {
  initialContent: SerializedContent;
  readOnly: boolean;
  /** Called on every change of the content, with a function that gives the content to store as JSON text. */
  onChange: (serialize: () => string) => void;
  /** Given the editor once it exists, for whoever must put content into it from outside. */
  onReady?: (editor: LexicalEditor) => void;
  children: ReactNode;
}) {
  // Made once: the document screen re-renders after every save, and preparing a long document again
  // each time (Lexical reads the initial config only once anyway) would stall typing.
  const [initialConfig] = useState(() => ({
    namespace: 'handbok',
    nodes: EDITOR_NODES,
    theme: editorTheme,
    editable: !readOnly,
    editorState: JSON.stringify(editorContent(initialContent)),
    onError: (error: Error) => {
      throw error;
    },
  }));
  // The same elements from render to render, so that React leaves the plugins alone when the
  // document screen renders again (a save begun or ended, a header stored).
  const plugins = useMemo(
    () => (
      <EditorPlugins readOnly={readOnly}>
        <ContentChangesPlugin onChange={onChange} />
        {onReady && <EditorReadyPlugin onReady={onReady} />}
      </EditorPlugins>
    ),
    [readOnly, onChange, onReady],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ScrollableTablesPlugin />
      {children}
      {plugins}
    </LexicalComposer>
  );
}

/**
 * The editor's behaviour, shared by a local document and a shared one. A shared document (`shared`) has
 * its undo from the collaboration plugin, which undoes only this user's edits, and is never put into
 * chapters, a choice of this computer that would change the document for everyone. `children` come
 * last but one: transforms they register are run with the others (TransformBatchPlugins).
 */
export function EditorPlugins({ readOnly, shared = false, children }: { readOnly: boolean; shared?: boolean; children?: ReactNode }) {
  return (
    <>
      <TransformBatchStartPlugin />
      <EditablePlugin editable={!readOnly} />
      {!shared && <HistoryPlugin />}
      {!shared && <ChaptersPlugin />}
      <BlockIdsPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeExternalUrl} />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
      <StructuredBlocksPlugin />
      <EmbedsPlugin />
      <NumberingPlugin />
      <LongDocumentPlugin />
      <ReactSelectionWalkPlugin />
      <ShownAsExportedPlugin />
      {!readOnly && (
        <>
          <SlashMenuPlugin />
          <MoveBlocksPlugin />
          <ShortcutsPlugin />
          <MarkdownShortcutsPlugin />
          <ConvertBlocksPlugin />
          <TableKeysPlugin />
          <PastePlugin />
          <EditorDialogsPlugin />
        </>
      )}
      {children}
      <TransformBatchEndPlugin />
    </>
  );
}

/** The toolbar and the editable page. */
export function EditingSurface({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const settled = useLayoutAfterSettling();
  return (
    <>
      {!readOnly && <ToolbarPlugin />}
      <div className={settled ? 'editor' : 'editor editor--settling'}>
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="editor__content"
              aria-label={t('editor.label')}
              aria-placeholder={t('editor.placeholder')}
              placeholder={<div className="editor__placeholder">{t('editor.placeholder')}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
    </>
  );
}

/** The editor's state as content to store: placeholders replaced by the nodes they carry. */
export function contentOf(state: EditorState): SerializedContent {
  return unwrapUnknownNodes(withoutChapters(state.toJSON() as unknown as SerializedContent));
}

/** Stored content as the editor holds it: unknown nodes in placeholders, a long document in chapters. */
const editorContent = (content: SerializedContent) => withChapters(wrapUnknownNodes(content, KNOWN_NODE_TYPES), chapterModeOfThisComputer());

const parseContent = (editor: LexicalEditor, content: SerializedContent) => editor.parseEditorState(editorContent(content) as unknown as SerializedEditorState);

/** Replaces the editor's content with stored content, as content that needs no saving. */
export function putStoredContent(editor: LexicalEditor, content: SerializedContent): void {
  editor.setEditorState(parseContent(editor, content), { tag: STORED_CONTENT_TAG });
}

/** Content as the editor would serialise it (see ContentSerializer), leaving the editor's own state alone. */
export function serializedAsEditor(editor: LexicalEditor, content: SerializedContent): string {
  return new ContentSerializer(editor).serialize(parseContent(editor, content));
}
