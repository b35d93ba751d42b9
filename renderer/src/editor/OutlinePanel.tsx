import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNodeByKey } from 'lexical';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { $topLevelBlocks } from './chapters';
import { $isStructuredBlockNode } from './nodes/StructuredBlockNode';
import { useDebouncedEditorState } from './use-debounced-editor-state';

interface OutlineEntry {
  key: string;
  /** 1 to 3 for headings; a block sits one level below the heading above it. */
  level: number;
  text: string;
  /** For a block: its type, whose name is shown before its first field. */
  block: string | null;
}

/** Headings and structured blocks of the top level, in order. */
function $outline(): OutlineEntry[] {
  let level = 0;
  return $topLevelBlocks().flatMap((node): OutlineEntry[] => {
      if ($isHeadingNode(node)) {
        level = Number(node.getTag().slice(1));
        return [{ key: node.getKey(), level, text: node.getTextContent(), block: null }];
      }
      if ($isStructuredBlockNode(node)) {
        const first = node.getFirstChild();
        return [{ key: node.getKey(), level: Math.min(level + 1, 4), text: first ? first.getTextContent() : '', block: node.getBlockType() }];
      }
      return [];
    });
}

/** The headings and blocks of the document as a table of contents; choosing one moves the cursor there. */
export function OutlinePanel() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const state = useDebouncedEditorState(150);
  const entries = useMemo(() => state.read($outline), [state]);

  const jump = (key: string) => {
    editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
    editor.update(() => $getNodeByKey(key)?.selectStart());
    editor.focus();
  };

  if (entries.length === 0) return <p className="muted">{t('outline.empty')}</p>;
  return (
    <nav aria-label={t('outline.heading')}>
      <ol className="outline">
        {entries.map((entry) => (
          <li key={entry.key} className={`outline__item outline__item--${entry.level}`}>
            <button type="button" className={entry.block ? 'outline__link outline__link--block' : 'outline__link'} onClick={() => jump(entry.key)}>
              {entry.block && <span className="outline__kind">{t(`blocks.${entry.block}.name`)}: </span>}
              {entry.text || t('outline.untitled')}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
