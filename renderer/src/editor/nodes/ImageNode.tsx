import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { IMAGE_TYPE, type SerializedImage } from '@shared/model/rich-nodes';
import { $getNodeByKey, DecoratorNode, type LexicalNode, type NodeKey } from 'lexical';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageDialog, type ImageDetails } from '../dialogs/ImageDialog';

/** An image stored in the document, with its alt text and an optional caption. */
export class ImageNode extends DecoratorNode<JSX.Element> {
  __image: ImageDetails;

  static override getType(): string {
    return IMAGE_TYPE;
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__image, node.__key);
  }

  static override importJSON({ src, altText, decorative, caption }: SerializedImage): ImageNode {
    return new ImageNode({ src, altText, decorative: decorative === true, caption: caption ?? '' });
  }

  constructor(image: ImageDetails, key?: NodeKey) {
    super(key);
    this.__image = image;
  }

  override exportJSON(): SerializedImage {
    return { type: IMAGE_TYPE, version: 1, ...this.__image };
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

export function $createImageNode(image: ImageDetails): ImageNode {
  return new ImageNode(image);
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
