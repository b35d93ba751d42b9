import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNodeByKey, $getRoot } from 'lexical';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedEditorState } from './use-debounced-editor-state';

interface OutlineEntry {
  key: string;
  level: number;
  text: string;
}

/** The headings of the document as a table of contents; choosing one moves the cursor there. */
export function OutlinePanel() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const state = useDebouncedEditorState(150);
  const entries = useMemo(
    () =>
      state.read(() =>
        $getRoot()
          .getChildren()
          .filter($isHeadingNode)
          .map((node): OutlineEntry => ({ key: node.getKey(), level: Number(node.getTag().slice(1)), text: node.getTextContent() })),
      ),
    [state],
  );

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
            <button type="button" className="outline__link" onClick={() => jump(entry.key)}>
              {entry.text || t('outline.untitled')}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
