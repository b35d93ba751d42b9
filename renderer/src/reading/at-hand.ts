import { blockIdOf } from '@shared/model/block-ids';
import type { SerializedContent, SerializedNode } from '@shared/model/content';
import type { DocumentHeader } from '@shared/model/document';
import { childrenOf, descendants, fieldOf, textOf } from '@shared/model/tree';

/**
 * What a manager looks for without knowing where it stands: every method guide and every role of the
 * documents in force, each with the document it stands in and the block to open at. Pure, so that the
 * lists are tested on content made for the test.
 */

/** A document as the lists need it: its header and its content, read from storage. */
export interface ReadDocument {
  header: Pick<DocumentHeader, 'id' | 'title' | 'status' | 'deletedAt'>;
  content: SerializedContent;
}

export interface AtHandEntry {
  documentId: string;
  documentTitle: string;
  /** The block to open the document at; null for content stored before blocks had ids (the document opens at its top). */
  blockId: string | null;
  /** The method's or the role's name. */
  name: string;
  /** A method's purpose, a role's first responsibility: one line that says what it is about. */
  summary: string;
}

/** Swedish order: å, ä, ö after z, and "Chefer" beside "chefer". */
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Only what is in force is guidance: a draft may still change, a repealed document no longer holds. */
const inForce = (document: ReadDocument) => document.header.status === 'gallande' && document.header.deletedAt === null;

/** The first line of text in a field: a paragraph's or a list item's, whichever comes first. */
function firstLine(field: SerializedNode | undefined): string {
  if (!field) return '';
  for (const node of descendants(childrenOf(field))) {
    if (node.type === 'paragraph' || node.type === 'listitem') {
      const own = node.type === 'listitem' ? childrenOf(node).filter((child) => child.type !== 'list') : childrenOf(node);
      const text = own.map((child) => textOf(child)).join('').trim();
      if (text) return text;
    }
  }
  return textOf(field).trim();
}

function collect(documents: readonly ReadDocument[], type: string, describe: (block: SerializedNode) => { name: string; summary: string }): AtHandEntry[] {
  const entries = documents.filter(inForce).flatMap((document) =>
    document.content.root.children
      .filter((node) => node.type === type)
      .map((block) => ({ documentId: document.header.id, documentTitle: document.header.title, blockId: blockIdOf(block), ...describe(block) }))
      .filter((entry) => entry.name !== ''),
  );
  return entries.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.documentTitle, b.documentTitle));
}

/** Every named method guide of the documents in force, by name. */
export const methodGuides = (documents: readonly ReadDocument[]): AtHandEntry[] =>
  collect(documents, 'method-guide', (block) => ({ name: textOf(fieldOf(block, 'name') ?? block).trim(), summary: firstLine(fieldOf(block, 'purpose')) }));

/** Every named role of the documents in force, by name, with its first responsibility. */
export const roles = (documents: readonly ReadDocument[]): AtHandEntry[] =>
  collect(documents, 'role', (block) => ({ name: textOf(fieldOf(block, 'role') ?? block).trim(), summary: firstLine(fieldOf(block, 'responsibilities')) }));
