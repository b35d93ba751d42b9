import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { REFERENCE_TYPE, type SerializedReference } from '@shared/model/blocks';
import { referenceProblem } from '@shared/model/references';
import { $getNodeByKey, DecoratorNode, type LexicalNode, type NodeKey } from 'lexical';
import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorLibrary } from '../library-context';

/**
 * A reference to another document of the library. It stores the target's id only, and shows the
 * target's current title, kind and status, with a warning when the target is repealed, in the trash
 * or gone.
 */
export class ReferenceNode extends DecoratorNode<JSX.Element> {
  __documentId: string;

  static override getType(): string {
    return REFERENCE_TYPE;
  }

  static override clone(node: ReferenceNode): ReferenceNode {
    return new ReferenceNode(node.__documentId, node.__key);
  }

  static override importJSON(serialized: SerializedReference): ReferenceNode {
    return new ReferenceNode(serialized.documentId);
  }

  constructor(documentId = '', key?: NodeKey) {
    super(key);
    this.__documentId = documentId;
  }

  override exportJSON(): SerializedReference {
    return { type: REFERENCE_TYPE, version: 1, documentId: this.__documentId };
  }

  setDocumentId(documentId: string): this {
    const writable = this.getWritable();
    writable.__documentId = documentId;
    return writable;
  }

  override isInline(): false {
    return false;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'reference';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <ReferenceView nodeKey={this.__key} documentId={this.__documentId} />;
  }
}

function ReferenceView({ nodeKey, documentId }: { nodeKey: NodeKey; documentId: string }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const { documents: readable, hrefOf } = useEditorLibrary();
  const [choosing, setChoosing] = useState(documentId === '');
  const selectId = useId();
  if (readable === undefined) return <div className="reference__card muted">{t('app.loading')}</div>;

  const target = readable.get(documentId);
  const problem = referenceProblem(documentId, target);
  const choose = (id: string) => {
    setChoosing(false);
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isReferenceNode(node)) node.setDocumentId(id);
    });
  };

  return (
    <div className="reference__card" contentEditable={false}>
      <span className="reference__label">{t('blocks.reference.name')}</span>
      {target && (
        <p className="reference__target">
          <a href={hrefOf(target.id)}>{target.title || t('library.untitled')}</a>
          <span className="muted">
            {' '}
            · {t(`kind.${target.kind}`)} · {t(`status.${target.status}`)}
            {target.metadata.registryNumber ? ` · ${target.metadata.registryNumber}` : ''}
          </span>
        </p>
      )}
      {problem && problem !== 'unchosen' && (
        <p className="reference__warning" role="status">
          {t(`blocks.reference.${problem}`)}
        </p>
      )}
      {editor.isEditable() &&
        (choosing ? (
          <span className="reference__choose">
            <label htmlFor={selectId}>{t('blocks.reference.choose')}</label>{' '}
            <select id={selectId} value="" onChange={(event) => event.target.value && choose(event.target.value)}>
              <option value="" disabled>
                {t('blocks.reference.choosePlaceholder')}
              </option>
              {[...readable.values()]
                .filter((header) => header.deletedAt === null)
                .map((header) => (
                  <option key={header.id} value={header.id}>
                    {header.title || t('library.untitled')} ({t(`kind.${header.kind}`)})
                  </option>
                ))}
            </select>
          </span>
        ) : (
          <button type="button" className="button button--small" onClick={() => setChoosing(true)}>
            {t('blocks.reference.change')}
          </button>
        ))}
    </div>
  );
}

export function $createReferenceNode(documentId = ''): ReferenceNode {
  return new ReferenceNode(documentId);
}

export function $isReferenceNode(node: LexicalNode | null | undefined): node is ReferenceNode {
  return node instanceof ReferenceNode;
}
