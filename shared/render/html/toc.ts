import { WORDS } from '../document-words';
import type { HeadingEntry } from './context';
import { escapeHtml } from './escape';

/**
 * The table of contents: one link per heading, with the page it stands on. Chromium cannot count
 * pages in CSS, so the numbers come from a first printing (see shared/render/pdf). Until then the
 * number's place is empty; it has a fixed width, so filling it in moves nothing on the page.
 */
export function tocHtml(headings: readonly HeadingEntry[], pageNumbers?: ReadonlyMap<string, number>): string {
  if (!headings.length) return '';
  const entries = headings.map((heading) => {
    const page = pageNumbers?.get(heading.id);
    const number = heading.number ? `<span class="toc-number">${heading.number}</span>` : '';
    return (
      `<li class="toc-level-${heading.level}"><a href="#${heading.id}">${number}<span class="toc-text">${escapeHtml(heading.text)}</span>` +
      `<span class="toc-leader" aria-hidden="true"></span><span class="toc-page">${page ?? ''}</span></a></li>`
    );
  });
  return `<nav class="toc" aria-labelledby="toc-title"><p class="toc-title" id="toc-title">${WORDS.contents}</p><ol>${entries.join('')}</ol></nav>`;
}
