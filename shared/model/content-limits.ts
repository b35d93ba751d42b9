/**
 * Bounds on content that real documents never reach, so that hostile or broken input can neither
 * exhaust the stack nor freeze the window. The gate (bound-content.ts, run by normalize-document.ts)
 * enforces them on everything stored or imported; the editor's paste paths keep within them.
 */

/**
 * How deep content may nest, counting the root's children as depth 1. The deepest real content
 * (a list nested nine levels inside a table cell inside a structured block) stays below 40.
 */
export const MAX_CONTENT_DEPTH = 64;

/** Word's limit on the columns of a table: a span or a row wider than this cannot be exported. */
export const MAX_TABLE_COLUMNS = 63;

/**
 * A width or height in content (a column, a cell, a row), in CSS pixels: about four A4 pages side by
 * side. Beyond it a size only pushes text off every page.
 */
export const MAX_CONTENT_SIZE_PX = 3000;

/**
 * How deep any value of a stored document or profile may nest, counting objects and arrays (JSON
 * levels). A level of content takes two (the node and its `children`); the rest leaves room for what
 * surrounds the content. Bounded because JSON.stringify, structured cloning and zod all recurse: a
 * field nested thousands deep would overflow the stack wherever the document went next.
 */
export const MAX_NESTING = 2 * MAX_CONTENT_DEPTH + 32;

/** The heading levels Handbok writes and its exports style (Rubrik 1–3). */
export const HEADING_TAGS = ['h1', 'h2', 'h3'] as const;

/** Word's list levels are 0 to 8; an indent beyond the last level means nothing in any export. */
export const MAX_INDENT = 8;

/** The largest number Word lets a numbered list start at. */
export const MAX_LIST_NUMBER = 32767;
