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

/** The widest column the editor lays out, in CSS pixels (about four A4 pages side by side). */
export const MAX_COLUMN_WIDTH = 3000;

/** Word's list levels are 0 to 8; an indent beyond the last level means nothing in any export. */
export const MAX_INDENT = 8;

/** The largest number Word lets a numbered list start at. */
export const MAX_LIST_NUMBER = 32767;
