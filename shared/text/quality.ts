import { emptyRequiredFields, type EmptyRequiredField } from '../model/blocks';
import type { SerializedContent, SerializedNode } from '../model/content';
import type { DocumentHeader } from '../model/document';
import { referencedIds, referenceProblem, type ReferenceProblem } from '../model/references';
import { IMAGE_TYPE } from '../model/rich-nodes';
import { lix, type Lix } from './lix';

/** The running text of a node and everything below it, as one string (a footnote's own text is not part of it). */
function textOf(node: SerializedNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  return Array.isArray(node.children) ? (node.children as SerializedNode[]).map(textOf).join('') : '';
}

/** Element types that live inside a line of text rather than being lines themselves. */
const INLINE_ELEMENTS = new Set(['link', 'autolink']);
const isLineContainer = (node: SerializedNode) => Array.isArray(node.children) && !INLINE_ELEMENTS.has(node.type);

/**
 * The readable lines of a node in order: a paragraph or heading is one; a list gives one per item,
 * a table one per cell paragraph, a structured block one per field line.
 */
function blocksOf(node: SerializedNode): string[] {
  const children = Array.isArray(node.children) ? (node.children as SerializedNode[]) : [];
  if (node.type === 'listitem') {
    const nested = children.filter((child) => child.type === 'list');
    const own = children.filter((child) => child.type !== 'list').map(textOf).join('');
    return [own, ...nested.flatMap(blocksOf)];
  }
  if (children.some(isLineContainer)) return children.flatMap(blocksOf);
  return [textOf(node)];
}

export interface Section {
  /** The heading that opens the section; null for text before the first heading. */
  title: string | null;
  level: number;
  blocks: string[];
}

/** The document cut at every heading, whatever its level. */
export function sectionsOf(content: SerializedContent): Section[] {
  const sections: Section[] = [{ title: null, level: 0, blocks: [] }];
  for (const node of content.root.children) {
    if (node.type === 'heading') {
      const title = textOf(node);
      sections.push({ title, level: headingLevel(node), blocks: [title] });
    } else {
      sections.at(-1)!.blocks.push(...blocksOf(node));
    }
  }
  return sections.filter((section) => section.title !== null || section.blocks.some((block) => block.trim()));
}

function headingLevel(node: SerializedNode): number {
  const level = Number(String(node.tag ?? 'h1').slice(1));
  return Number.isFinite(level) && level > 0 ? level : 1;
}

export interface HeadingSkip {
  title: string;
  from: number;
  to: number;
}

/** Headings that go down more than one level at a time (a Rubrik 3 straight after a Rubrik 1). */
export function headingSkips(content: SerializedContent): HeadingSkip[] {
  const skips: HeadingSkip[] = [];
  let previous = 0;
  for (const node of content.root.children) {
    if (node.type !== 'heading') continue;
    const level = headingLevel(node);
    if (level > previous + 1) skips.push({ title: textOf(node), from: previous, to: level });
    previous = level;
  }
  return skips;
}

/** Every node of the content in document order, depth first. */
function* walk(nodes: readonly SerializedNode[]): Generator<SerializedNode> {
  for (const node of nodes) {
    yield node;
    if (Array.isArray(node.children)) yield* walk(node.children as SerializedNode[]);
  }
}

/** 1-based numbers of the images that have no alt text and are not marked decorative. */
export function imagesWithoutAlt(content: SerializedContent): number[] {
  const images = [...walk(content.root.children)].filter((node) => node.type === IMAGE_TYPE);
  return images.flatMap((image, index) =>
    image.decorative !== true && !(typeof image.altText === 'string' && image.altText.trim()) ? [index + 1] : [],
  );
}

export interface BrokenReference {
  /** 1-based position among the references of the document. */
  ordinal: number;
  problem: ReferenceProblem;
}

/** Looks up a document of the library by id; undefined when there is none. */
export type ReferenceResolver = (id: string) => Pick<DocumentHeader, 'status' | 'deletedAt'> | undefined;

export function brokenReferences(content: SerializedContent, resolve: ReferenceResolver): BrokenReference[] {
  return referencedIds(content.root.children).flatMap((id, index) => {
    const problem = referenceProblem(id, resolve(id));
    return problem ? [{ ordinal: index + 1, problem }] : [];
  });
}

export interface QualityReport {
  document: Lix | null;
  sections: { title: string | null; level: number; lix: Lix | null }[];
  headingSkips: HeadingSkip[];
  emptyRequiredFields: EmptyRequiredField[];
  imagesWithoutAlt: number[];
  brokenReferences: BrokenReference[];
}

/**
 * What the quality panel shows: readability of the whole and of each section, and what is wrong:
 * skipped heading levels, empty required fields, images without alt text, references to documents
 * that are gone, in the trash or repealed.
 */
export function qualityReport(content: SerializedContent, resolve: ReferenceResolver): QualityReport {
  const sections = sectionsOf(content);
  return {
    document: lix(sections.flatMap((section) => section.blocks)),
    sections: sections.map((section) => ({ title: section.title, level: section.level, lix: lix(section.blocks) })),
    headingSkips: headingSkips(content),
    emptyRequiredFields: emptyRequiredFields(content.root.children),
    imagesWithoutAlt: imagesWithoutAlt(content),
    brokenReferences: brokenReferences(content, resolve),
  };
}
