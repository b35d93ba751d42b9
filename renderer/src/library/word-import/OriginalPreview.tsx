import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What docx-preview asks its element factory for (its `h` option). */
interface ElementRequest {
  ns?: string;
  tagName: string;
  className?: string;
  style?: string | Record<string, string>;
  children?: (ElementRequest | Node | string)[];
  [property: string]: unknown;
}

/**
 * The Word file drawn as Word draws it, by docx-preview, inside a shadow root so that its styles touch
 * nothing else. The page's content security policy admits no inline <style> and no style attribute,
 * so the element factory given to docx-preview turns its style elements into constructed style sheets
 * and its inline styles into CSSOM assignments, which the policy allows.
 */
export function OriginalPreview({ bytes, name }: { bytes: Uint8Array; name: string }) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.replaceChildren();
    const sheets: CSSStyleSheet[] = [];
    const make = (request: ElementRequest | Node | string): Node => {
      if (typeof request === 'string') return document.createTextNode(request);
      if (request instanceof Node) return request;
      const { ns, tagName, className, style, children = [], ...properties } = request;
      if (tagName === 'style') {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(children.map((child) => (typeof child === 'string' ? child : '')).join(''));
        sheets.push(sheet);
        return document.createComment('style');
      }
      if (tagName === '#comment') return document.createComment(String(children[0] ?? ''));
      const made = tagName === '#fragment' ? document.createDocumentFragment() : ns ? document.createElementNS(ns, tagName) : document.createElement(tagName);
      if (made instanceof Element) {
        if (className) made.setAttribute('class', className);
        const styled = (made as Element & { style?: CSSStyleDeclaration }).style;
        if (styled && typeof style === 'string') styled.cssText = style;
        else if (styled && style) Object.assign(styled, style);
        for (const [key, value] of Object.entries(properties)) if (value !== undefined) (made as unknown as Record<string, unknown>)[key] = value;
      }
      for (const child of children) made.appendChild(make(child));
      return made;
    };
    const body = document.createElement('div');
    root.append(body);
    let live = true;
    // docx-preview is loaded with the first preview: a window that imports nothing does without it.
    import('docx-preview')
      .then(({ renderAsync }) => renderAsync(bytes, body, body, { inWrapper: true, ignoreFonts: true, ignoreLastRenderedPageBreak: true, renderChanges: false, renderComments: false, h: make as never }))
      .then(() => {
        if (live) root.adoptedStyleSheets = [...sheets, previewSheet()];
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [bytes]);

  return (
    <div className="word-original" role="document" aria-label={t('wordImport.original', { file: name })}>
      {failed ? <p className="muted">{t('wordImport.originalFailed')}</p> : <div ref={host} />}
    </div>
  );
}

/** The pages scaled to the column, on the grey of a print preview. */
function previewSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('.docx-wrapper { background: #e6e9ee; padding: 12px; } .docx-wrapper > section.docx { box-shadow: 0 1px 4px rgb(0 0 0 / 25%); margin-bottom: 12px; zoom: 0.62; }');
  return sheet;
}
