import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { REFERENCE_TYPE, type SerializedReference } from '@shared/model/blocks';
import { referenceProblem } from '@shared/model/references';
import {
  $getNodeByKey,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { HTML_MARK, MAX_REFERENCE_ID_LENGTH } from '../html-marks';
import { useEditorLibrary } from '../library-context';

/**
 * What a copied reference reads when its title is not known: the node stores only an id, and the
 * library is read asynchronously. The words are the Swedish name of the node in the editor; the
 * content of a handbook is Swedish whatever the interface language.
 */
const UNKNOWN_TITLE = 'Hänvisning till dokument';

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

  /**
   * Copied out, a reference is a paragraph (it is a block) holding a link that carries the document's
   * id and reads its title. The title is the one the editor shows (its view has read it from the library); where
   * nothing is shown (no view yet, a headless editor, an unchosen reference) the link reads
   * UNKNOWN_TITLE. No href: the document's address exists only inside Handbok, and in Word or a
   * browser a link to it would lead nowhere.
   */
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const shown = shownTitle(editor, this.getKey());
    const paragraph = document.createElement('p');
    const link = document.createElement('a');
    link.setAttribute(HTML_MARK.reference, this.getLatest().__documentId);
    link.textContent = shown || UNKNOWN_TITLE;
    paragraph.append(link);
    return { element: paragraph };
  }

  /**
   * A reference link becomes the reference, wherever it stands; one that HTML put inside a line (the
   * paragraph it is copied in, or a sentence) is moved out to stand as a block (see EmbedsPlugin).
   */
  static override importDOM(): DOMConversionMap | null {
    return { a: (element) => (element.hasAttribute(HTML_MARK.reference) ? { conversion: $convertReference, priority: 4 } : null) };
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

/** The title the reference's view shows, if it is on screen. */
function shownTitle(editor: LexicalEditor, key: NodeKey): string | undefined {
  let view: HTMLElement | null;
  try {
    view = editor.getElementByKey(key);
  } catch {
    // A headless editor has no views, and says so by throwing.
    return undefined;
  }
  return view?.querySelector('.reference__target a')?.textContent?.trim();
}

function $convertReference(link: HTMLElement): DOMConversionOutput {
  const id = (link.getAttribute(HTML_MARK.reference) ?? '').trim();
  return { node: id.length <= MAX_REFERENCE_ID_LENGTH ? $createReferenceNode(id) : null };
}

export function $createReferenceNode(documentId = ''): ReferenceNode {
  return new ReferenceNode(documentId);
}

export function $isReferenceNode(node: LexicalNode | null | undefined): node is ReferenceNode {
  return node instanceof ReferenceNode;
}
