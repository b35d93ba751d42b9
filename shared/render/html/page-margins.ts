import type { HandbokDocument } from '../../model/document';
import type { Organisation } from '../../model/organisation';
import { WORDS } from '../document-words';
import { STATUS_COLOUR, statusMark } from '../layout/front-page';

/**
 * Text as a CSS string. Besides quotes and backslashes, `<` is escaped, so that no text can close the
 * <style> element the string stands in, and line breaks and other control characters, which a CSS
 * string cannot hold as they are.
 */
export function cssString(text: string): string {
  const escaped = [...text].map((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f || '\\"<'.includes(char) ? `\\${code.toString(16)} ` : char;
  });
  return `"${escaped.join('')}"`;
}

/**
 * The header and footer of every page, as in the Word export, in CSS page-margin boxes: the
 * organisation and the document's name at the top (not on the first page), the registry number, the
 * version and "Sida X av Y" at the foot, and for a document not in force its status ("UTKAST") at the
 * top of every page, the first included, as for a jämförelseversion `mark` ("JÄMFÖRELSEVERSION").
 * Being part of the page, they come out the same in every printing of it, the browser's own included.
 */
export function pageMarginCss(document: HandbokDocument, organisation: Organisation | null, font: string, pageName?: string, extraMark?: string): string {
  const footerLine = [document.metadata.registryNumber?.trim(), document.metadata.version?.trim() ? `${WORDS.version} ${document.metadata.version.trim()}` : '']
    .filter(Boolean)
    .join('\u2003');
  const [before, , between] = WORDS.page('', '');
  const box = `font-family: ${font}; font-size: 8pt; color: #555;`;
  // A bilaga of a case file has pages of its own name, with its own header; the first page of the file is the memo's.
  const mark = extraMark ? [statusMark(document), extraMark].filter(Boolean).join(' – ') : statusMark(document);
  const markBox = mark ? `\n  @top-center { content: ${cssString(mark)}; font-family: ${font}; font-size: 10pt; letter-spacing: 0.08em; color: #${STATUS_COLOUR}; vertical-align: bottom; padding-bottom: 7mm; }` : '';
  const page = pageName ? `@page ${pageName}` : '@page';
  const first = pageName ? `.${pageName} { page: ${pageName}; }` : `@page :first {\n  @top-left { content: none; }\n  @top-right { content: none; }\n}`;
  return `
${page} {
  @top-left { content: ${cssString(organisation?.name ?? '')}; ${box} vertical-align: bottom; padding-bottom: 8mm; }
  @top-right { content: ${cssString(document.title)}; ${box} vertical-align: bottom; padding-bottom: 8mm; }
  @bottom-left { content: ${cssString(footerLine)}; ${box} vertical-align: top; padding-top: 8mm; }
  @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages); ${box} vertical-align: top; padding-top: 8mm; }${markBox}
}
${first}
`;
}
