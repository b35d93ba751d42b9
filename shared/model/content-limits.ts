/**
 * Bounds on content that real documents never reach, so that hostile or broken input can neither
 * exhaust the stack nor freeze the window. The gate (normalize-document.ts) enforces them on
 * everything stored or imported; the editor's paste paths keep within them.
 */

/**
 * How deep content may nest, counting the root's children as depth 1. The deepest real content
 * (a list nested nine levels inside a table cell inside a structured block) stays below 40.
 */
export const MAX_CONTENT_DEPTH = 64;
