/**
 * Before every commit, wherever on the page it happens, React notes the selection of the focused element
 * if that element can hold one: an input, a textarea, or an element whose `contentEditable` property reads
 * 'true'. It does so to put the caret back should the commit take focus away. For a contenteditable it
 * walks every node of the element, counting characters, wherever the caret is: in a long handbook that is
 * thousands of nodes for every render of the save indicator, the toolbar or a menu while the user types
 * (1.5–7 ms a commit at 60 pages on a slow machine, 4–14 ms at 300 pages).
 *
 * The editor's root needs none of it: Lexical keeps its own selection, and no React commit replaces the
 * root. So the root's own `contentEditable` property reads 'inherit' while the root is editable, which
 * React takes as "holds no selection". The browser edits by the attribute and answers `isContentEditable`
 * from it, both untouched, and writing the property (Lexical's setEditable) works as before.
 *
 * Returns a function that gives the root back its ordinary property.
 */
export function spareReactTheSelectionWalk(root: HTMLElement): () => void {
  const property = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');
  if (!property?.get || !property.set) return () => undefined;
  const { get, set } = property;
  Object.defineProperty(root, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const value = get.call(this) as string;
      return value === 'true' ? 'inherit' : value;
    },
    set(this: HTMLElement, value: string) {
      set.call(this, value);
    },
  });
  return () => {
    delete (root as { contentEditable?: string }).contentEditable;
  };
}
