import { LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { isSafeExternalUrl } from '@shared/url';
import { TextNode } from 'lexical';
import { useEffect } from 'react';

/**
 * What the person reviewing a document sees is what is exported. The editor applies the CSS stored on
 * a text run (`style`) and the exporters do not, so a run styled `display:none`, white on white or
 * 1 px would be hidden on screen and printed in Word and PDF. Handbok sets no CSS on text itself;
 * whatever path brings a styled run in (a paste, a drop, a command of a future plugin), it loses its
 * style here, when it is created or changed. The paste paths clean their input too (so a paste is
 * one clean undo step); this is the net under all of them. Likewise a link that may not be opened
 * (credentials, `javascript:`, `file:`) becomes its text.
 *
 * Registering the transforms marks every text run and link dirty once, in an update that is merged
 * into history and not reported as a change, so a stored run with a style is shown plain as well.
 */
export function ShownAsExportedPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(TextNode, (node) => {
          if (node.getStyle() !== '') node.setStyle('');
        }),
        editor.registerNodeTransform(LinkNode, (link) => {
          if (isSafeExternalUrl(link.getURL())) return;
          for (const child of link.getChildren()) link.insertBefore(child);
          link.remove();
        }),
      ),
    [editor],
  );
  return null;
}
