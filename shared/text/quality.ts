import { emptyRequiredFields, type EmptyRequiredField } from '../model/blocks';
import type { SerializedContent, SerializedNode } from '../model/content';
import type { DocumentHeader } from '../model/document';
import { referencedIds, referenceProblem, type ReferenceProblem } from '../model/references';
import { headingLevelOfTag } from '../model/headings';
import { IMAGE_TYPE } from '../model/rich-nodes';
import { childrenOf, descendants, isLineContainer, textOf } from '../model/tree';
import { lix, type Lix } from './lix';

/**
 * The readable lines of a node in order: a paragraph or heading is one; a list gives one per item,
 * a table one per cell paragraph, a structured block one per field line.
 */
function blocksOf(node: SerializedNode): string[] {
  const children = childrenOf(node);
  if (node.type === 'listitem') {
    const nested = children.filter((child) => child.type === 'list');
    const own = children.filter((child) => child.type !== 'list').map((child) => textOf(child)).join('');
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
      sections.push({ title, level: headingLevelOfTag(node.tag), blocks: [title] });
    } else {
      sections.at(-1)!.blocks.push(...blocksOf(node));
    }
  }
  return sections.filter((section) => section.title !== null || section.blocks.some((block) => block.trim()));
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
    const level = headingLevelOfTag(node.tag);
    if (level > previous + 1) skips.push({ title: textOf(node), from: previous, to: level });
    previous = level;
  }
  return skips;
}

/** 1-based numbers of the images that have no alt text and are not marked decorative. */
export function imagesWithoutAlt(content: SerializedContent): number[] {
  const images = [...descendants(content.root.children)].filter((node) => node.type === IMAGE_TYPE);
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
