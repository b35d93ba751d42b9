import { $createListItemNode, $createListNode, type ListNode, type ListType } from '@lexical/list';
import type { LexicalNode } from 'lexical';

export interface NestedListItem {
  type: Extract<ListType, 'bullet' | 'number'>;
  /** 0 for the list's own items, 1 for an item nested under the one before, and so on. */
  depth: number;
  children: LexicalNode[];
}

/**
 * One list from items with their depths, a nested list opened under the item before it. Lexical keeps
 * a nested list in an item of its own, after the item it belongs to.
 */
export function $createNestedList(items: readonly NestedListItem[], start = 1): ListNode {
  const top = $createListNode(items[0]?.type ?? 'bullet', start);
  const levels: ListNode[] = [top];
  for (const item of items) {
    while (levels.length - 1 > item.depth) levels.pop();
    while (levels.length - 1 < item.depth) {
      const nested = $createListNode(item.type);
      levels.at(-1)!.append($createListItemNode().append(nested));
      levels.push(nested);
    }
    levels.at(-1)!.append($createListItemNode().append(...item.children));
  }
  return top;
}
