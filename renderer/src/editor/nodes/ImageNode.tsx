import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { IMAGE_TYPE, isStorableImageSource, type SerializedImage } from '@shared/model/rich-nodes';
import { $getNodeByKey, DecoratorNode, type DOMConversionMap, type DOMConversionOutput, type DOMExportOutput, type LexicalNode, type NodeKey } from 'lexical';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageDialog, type ImageDetails } from '../dialogs/ImageDialog';
import { DECORATIVE, HTML_MARK } from '../html-marks';

/** An image stored in the document, with its alt text and an optional caption. */
export class ImageNode extends DecoratorNode<JSX.Element> {
  __image: ImageDetails;

  static override getType(): string {
    return IMAGE_TYPE;
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__image, node.__key);
  }

  static override importJSON(serialized: SerializedImage): ImageNode {
    const { src, altText, decorative, caption } = serialized;
    // updateFromJSON takes the node state too (the block id of shared/model/block-ids.ts).
    return new ImageNode({ src, altText, decorative: decorative === true, caption: caption ?? '' }).updateFromJSON(serialized);
  }

  constructor(image: ImageDetails, key?: NodeKey) {
    super(key);
    this.__image = image;
  }

  override exportJSON(): SerializedImage {
    return { ...super.exportJSON(), type: IMAGE_TYPE, version: 1, ...this.__image };
  }

  setImage(image: ImageDetails): this {
    const writable = this.getWritable();
    writable.__image = image;
    return writable;
  }

  override isInline(): false {
    return false;
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'image-block';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  /** The caption is text of the document; the alt text describes the image and is not. */
  override getTextContent(): string {
    return this.__image.caption;
  }

  /**
   * Copied out, an image is a figure with its alt text and caption, as in the exports. A decorative
   * image has an empty alt, which alone would read as alt text forgotten: the mark on the figure says
   * it was meant.
   */
  override exportDOM(): DOMExportOutput {
    const { src, altText, decorative, caption } = this.__image;
    const figure = document.createElement('figure');
    figure.setAttribute(HTML_MARK.image, decorative ? DECORATIVE : '');
    const img = document.createElement('img');
    img.setAttribute('src', src);
    img.setAttribute('alt', decorative ? '' : altText);
    figure.append(img);
    if (caption) {
      const figcaption = document.createElement('figcaption');
      figcaption.textContent = caption;
      figure.append(figcaption);
    }
    return { element: figure };
  }

  static override importDOM(): DOMConversionMap | null {
    return { figure: (element) => (element.hasAttribute(HTML_MARK.image) ? { conversion: $convertFigure, priority: 4 } : null) };
  }

  override decorate(): JSX.Element {
    return <ImageView nodeKey={this.__key} image={this.__image} />;
  }
}

function ImageView({ nodeKey, image }: { nodeKey: NodeKey; image: ImageDetails }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [editing, setEditing] = useState(false);
  const missingAlt = !image.decorative && !image.altText;
  return (
    <figure className="image-block__figure" contentEditable={false}>
      <img src={image.src} alt={image.decorative ? '' : image.altText} onDoubleClick={() => editor.isEditable() && setEditing(true)} />
      {image.caption && <figcaption>{image.caption}</figcaption>}
      {missingAlt && <p className="image-block__warning">{t('editor.imageAltMissing')}</p>}
      {editor.isEditable() && (
        <button type="button" className="button button--small image-block__edit" onClick={() => setEditing(true)}>
          {t('editor.imageEdit')}
        </button>
      )}
      {editing && (
        <ImageDialog
          initial={image}
          onClose={() => setEditing(false)}
          onSubmit={(next) => {
            setEditing(false);
            editor.update(() => {
              const node = $getNodeByKey(nodeKey);
              if ($isImageNode(node)) node.setImage(next);
            });
          }}
        />
      )}
    </figure>
  );
}

/**
 * Only an image stored in the figure itself becomes an image again; one that points to a file or the
 * web is left out, as from any other paste.
 */
function $convertFigure(figure: HTMLElement): DOMConversionOutput {
  // The figure's own children only, as written by exportDOM: figures nested deep would otherwise each
  // search all the others.
  const child = (tag: string) => [...figure.children].find((element) => element.tagName === tag);
  const img = child('IMG');
  const src = img?.getAttribute('src') ?? '';
  if (!isStorableImageSource(src)) return { node: null };
  const decorative = figure.getAttribute(HTML_MARK.image) === DECORATIVE;
  const caption = child('FIGCAPTION')?.textContent?.trim() ?? '';
  return { node: $createImageNode({ src, altText: decorative ? '' : (img?.getAttribute('alt') ?? '').trim(), decorative, caption }) };
}

export function $createImageNode(image: ImageDetails): ImageNode {
  return new ImageNode(image);
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
