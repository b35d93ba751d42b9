import { emptyRequiredFields, type EmptyRequiredField } from '../model/blocks';
import type { SerializedContent, SerializedNode } from '../model/content';
import { lix, type Lix } from './lix';

/** The text of a node and everything below it, as one string. */
function textOf(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  return Array.isArray(node.children) ? (node.children as SerializedNode[]).map(textOf).join('') : '';
}

/** The readable blocks of a node in order: a list gives one block per item. */
function blocksOf(node: SerializedNode): string[] {
  const children = Array.isArray(node.children) ? (node.children as SerializedNode[]) : [];
  if (node.type === 'list') return children.flatMap((item) => blocksOf(item));
  if (node.type === 'listitem') {
    const nested = children.filter((child) => child.type === 'list');
    const own = children.filter((child) => child.type !== 'list').map(textOf).join('');
    return [own, ...nested.flatMap(blocksOf)];
  }
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

export interface QualityReport {
  document: Lix | null;
  sections: { title: string | null; level: number; lix: Lix | null }[];
  headingSkips: HeadingSkip[];
  emptyRequiredFields: EmptyRequiredField[];
}

/** What the quality panel shows: readability of the whole and of each section, and structural faults. */
export function qualityReport(content: SerializedContent): QualityReport {
  const sections = sectionsOf(content);
  return {
    document: lix(sections.flatMap((section) => section.blocks)),
    sections: sections.map((section) => ({ title: section.title, level: section.level, lix: lix(section.blocks) })),
    headingSkips: headingSkips(content),
    emptyRequiredFields: emptyRequiredFields(content.root.children),
  };
}
