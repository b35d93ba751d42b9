import { blockIdOf } from '../model/block-ids';
import { BLOCK_DECLARATIONS, isBlockType, isTopLevelBlockType } from '../model/blocks';
import type { SerializedContent, SerializedNode } from '../model/content';
import { childrenOf } from '../model/tree';
import { blockText } from '../text/compare';

/**
 * A document's content cut into what the index holds: one entry per block a reader can be taken to
 * (a top-level block, and each item of a structured block: a method step, a goal, a month, a stage),
 * its words sorted into the fields that weigh differently.
 */
export interface BlockEntry {
  /** The block's persistent id; null for content written before ids (the hit then opens the document at its top). */
  blockId: string | null;
  headings: string;
  /** A structured block's title line: a principle's title, a role, a method's name, a term, a step's title. */
  names: string;
  /** A definition's text: weighed above body text, as a definition is what a reader looks a term up for. */
  definitions: string;
  body: string;
}

const TITLE_FIELD_CONTENT = 'line';

function structuredEntry(node: SerializedNode, type: keyof typeof BLOCK_DECLARATIONS, entries: BlockEntry[]): void {
  const fields = BLOCK_DECLARATIONS[type].fields;
  const entry: BlockEntry = { blockId: blockIdOf(node), headings: '', names: '', definitions: '', body: '' };
  entries.push(entry);
  const body: string[] = [];
  for (const child of childrenOf(node)) {
    const spec = fields.find((field) => field.name === child.field);
    if (spec?.content === 'items') {
      // Each item is an entry of its own, so that a hit in step 3 opens at step 3.
      for (const item of childrenOf(child)) {
        if (isBlockType(item.type)) structuredEntry(item, item.type, entries);
      }
      continue;
    }
    const text = blockText(child);
    if (spec && spec === fields[0] && spec.content === TITLE_FIELD_CONTENT) entry.names = text;
    else if (type === 'definition' && child.field === 'definition') entry.definitions = text;
    else if (text) body.push(text);
  }
  entry.body = body.join('\n');
}

/** The entries of a document's content, in reading order. */
export function blockEntries(content: SerializedContent): BlockEntry[] {
  const entries: BlockEntry[] = [];
  for (const node of content.root.children) {
    if (isTopLevelBlockType(node.type)) structuredEntry(node, node.type, entries);
    else {
      const text = blockText(node);
      if (!text.trim()) continue;
      const heading = node.type === 'heading';
      entries.push({ blockId: blockIdOf(node), headings: heading ? text : '', names: '', definitions: '', body: heading ? '' : text });
    }
  }
  return entries;
}

/** All the text of an entry, as a snippet is cut from it: its title line first. */
export const entryText = (entry: BlockEntry): string => [entry.headings, entry.names, entry.definitions, entry.body].filter(Boolean).join('\n');
