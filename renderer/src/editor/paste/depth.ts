/**
 * Keeps pasted content within the depth that stored content may reach (MAX_CONTENT_DEPTH): the gate
 * refuses deeper content, so a paste deeper than that would make the document unopenable. Written
 * once for any tree (Lexical nodes, their serialized JSON) and without recursion, so that a payload
 * thousands of levels deep cannot exhaust the stack while it is measured or flattened.
 */
export interface TreeAccess<T> {
  /** The node's children, or null for a leaf (text, line break, image). */
  children(node: T): readonly T[] | null;
  /** Whether the node sits inside a line (a link) rather than being a block of its own. */
  isInline(node: T): boolean;
}

/** How deep a node reaches, counting the node itself as 1. */
export function depthOf<T>(node: T, tree: TreeAccess<T>): number {
  let deepest = 0;
  const stack: { node: T; depth: number }[] = [{ node, depth: 1 }];
  while (stack.length) {
    const entry = stack.pop()!;
    if (entry.depth > deepest) deepest = entry.depth;
    for (const child of tree.children(entry.node) ?? []) stack.push({ node: child, depth: entry.depth + 1 });
  }
  return deepest;
}

/**
 * The leaves of a node in reading order, one group per block: the text of each paragraph, list item or
 * cell, without the structure around it.
 */
export function leafLinesOf<T>(node: T, tree: TreeAccess<T>): T[][] {
  const lines: T[][] = [];
  let line: T[] = [];
  const endLine = () => {
    if (line.length) lines.push(line);
    line = [];
  };
  // Entries are nodes to visit, or markers where a block ends.
  const stack: ({ node: T } | { end: true })[] = [{ node }];
  while (stack.length) {
    const entry = stack.pop()!;
    if ('end' in entry) {
      endLine();
      continue;
    }
    const children = tree.children(entry.node);
    if (children === null) {
      line.push(entry.node);
      continue;
    }
    const block = !tree.isInline(entry.node);
    if (block) {
      endLine();
      stack.push({ end: true });
    }
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index]! });
  }
  endLine();
  return lines;
}

/**
 * The nodes to paste, each reaching at most `maxDepth` levels. A node that reaches deeper is replaced
 * by paragraphs of its text, one per block it held: nothing written is lost, only structure deeper
 * than any real document has. `paragraph` may refuse a line (null), e.g. one without text.
 */
export function flattenTooDeep<T>(nodes: readonly T[], maxDepth: number, tree: TreeAccess<T>, paragraph: (leaves: T[]) => T | null): T[] {
  const limit = Math.max(2, maxDepth);
  return nodes.flatMap((node) =>
    depthOf(node, tree) <= limit ? [node] : leafLinesOf(node, tree).flatMap((leaves) => paragraph(leaves) ?? []),
  );
}
