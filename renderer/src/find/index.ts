/*
 * Find in a document, for any view that shows one: `useFindInElement(ref)` over the element whose text
 * is searched, and `<FindBar find={…} />` beside it.
 */
export { FindBar } from './FindBar';
export { useFindInElement, type FindController } from './use-find-in-element';
