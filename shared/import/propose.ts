import { content as contentOf, paragraph, type SerializedNode } from '../model/content';
import type { DocumentSeed } from '../model/document';
import { originFromProperties, type FileOrigin } from '../model/file-origin';
import { NUMBERED_HEADINGS_KEY } from '../model/headings';
import type { DocumentKind, DocumentStatus } from '../model/kinds';
import type { DocumentMetadata, MetadataFieldKey } from '../model/metadata';
import type { Organisation } from '../model/organisation';
import { PAGE_BREAK_TYPE } from '../model/rich-nodes';
import { textOf } from '../model/tree';
import { DECISION_ACTION_NAMES, STATUS_SENTENCES } from '../render/document-words';
import { OWN_STYLE_NAMES } from '../render/docx/own-names';
import type { DocxReading } from './docx/read-docx';
import type { ImportedNode } from './docx/read-body';
import type { ImportWarning } from './docx/warnings';
import { recogniseBlocks } from './recognise/blocks';
import type { BlockMatch } from './recognise/match';
import { documentKindOf, recogniseMetadata, type MetadataCandidate, type MetadataProposal } from './recognise/metadata';
import { isOwnFile, ownBlocks } from './recognise/own-files';
import { isRegistryNumber } from './recognise/registry-number';

/**
 * What an imported Word file is proposed to become: its title and kind, the metadata found on its
 * first page, and the structured blocks the recognisers see in its body. The user accepts or declines
 * each proposal (the import review, or the command line's defaults), and `importedSeed` makes the
 * document of what was accepted; whatever is declined stays as the text it was read as.
 */
export interface ImportProposal {
  fileName: string;
  nodes: ImportedNode[];
  title: string;
  /** The node that held the title, left out of the body. */
  titleIndex: number | null;
  kind: DocumentKind;
  status: DocumentStatus;
  metadata: MetadataProposal;
  /** Blocks and headings proposed, in document order, none overlapping. */
  blocks: BlockMatch[];
  /** Word drew the headings' numbers: the document numbers its headings. */
  numberedHeadings: boolean;
  /** A file Handbok wrote: its blocks come back by their marks, its first page and contents page are Handbok's own and left out. */
  ownFile: boolean;
  /** Nodes that are not part of the body: an own file's first page and contents heading. */
  frontMatter: number[];
  /** The library document (and version) the file says it was exported from; null when it says none. */
  origin: FileOrigin | null;
  warnings: ImportWarning[];
}

export interface ImportOptions {
  fileName: string;
  organisation?: Organisation | null;
  /** The kind the user chose; otherwise the file's own word for it, else a riktlinje. */
  kind?: DocumentKind;
  /** False: no structured blocks are proposed (the command line's --no-blocks). */
  blocks?: boolean;
}

/** The user's answers to a proposal; whatever is not declined is accepted. */
export interface ImportChoices {
  title?: string;
  kind?: DocumentKind;
  status?: DocumentStatus;
  /** Indexes into `blocks` of the proposals declined. */
  declinedBlocks?: ReadonlySet<number>;
  /** Metadata fields declined (`documentName`, `documentKind` and the metadata keys), and `decisions`. */
  declinedFields?: ReadonlySet<string>;
  /** The metadata table stays in the text as it was (its values are still proposed). */
  keepMetadataText?: boolean;
}

/** How far into the body metadata is looked for: the first page of a real document. */
const FIRST_PAGE_NODES = 20;
const DEFAULT_KIND: DocumentKind = 'riktlinje';
const TITLE_STYLE = /^(?:title|titel)$/i;

export function proposeImport(reading: DocxReading, options: ImportOptions): ImportProposal {
  const { nodes } = reading;
  const ownFile = isOwnFile(nodes);
  const frontMatter = ownFile ? ownFrontMatter(nodes) : [];
  const titleIndex = titleNode(nodes, frontMatter);
  const metadata = recogniseMetadata(metadataCandidates(nodes, titleIndex, frontMatter), options.organisation?.metadataLabels, [...reading.headers, ...reading.footers]);
  if (ownFile) metadata.decisions = ownDecisions(nodes, frontMatter);
  const taken = new Set<number>([...frontMatter, ...(titleIndex === null ? [] : [titleIndex]), ...metadata.consumed]);
  const blocks = options.blocks === false ? [] : ownFile ? ownBlocks(nodes, reading.runStyles) : recogniseBlocks(nodes, taken);
  const fileTitle = fieldValue(metadata, 'documentName') ?? (titleIndex === null ? undefined : textOf(nodes[titleIndex]!.node).trim()) ?? reading.properties.title;
  const title = fileTitle?.trim() || options.fileName.replace(/\.docx$/i, '');
  return {
    fileName: options.fileName,
    nodes,
    title,
    titleIndex,
    // The metadata's word for the kind, else the title's first word ("Plan för …"), else a riktlinje.
    kind: options.kind ?? metadata.kind ?? documentKindOf(title.split(/\s/)[0] ?? '') ?? DEFAULT_KIND,
    status: ownFile ? ownStatus(nodes, frontMatter) : fieldValue(metadata, 'decidedDate') ? 'gallande' : 'utkast',
    metadata,
    blocks,
    numberedHeadings: nodes.some((node) => node.numberedByWord) || blocks.some((block) => block.numbered === true),
    ownFile,
    frontMatter,
    origin: originFromProperties(reading.customProperties),
    warnings: reading.warnings,
  };
}

const fieldValue = (metadata: MetadataProposal, key: string) => metadata.fields.find((field) => field.key === key)?.value;

/** The title: a paragraph in Word's title style, else the first heading (or short bold line) before any text. */
function titleNode(nodes: readonly ImportedNode[], frontMatter: readonly number[]): number | null {
  const titled = nodes.findIndex((node) => TITLE_STYLE.test(node.style ?? ''));
  if (titled !== -1) return titled;
  // A registry number alone on the first line stands above the title, not in its place.
  const first = nodes.findIndex((node, index) => !frontMatter.includes(index) && node.node.type !== 'table' && textOf(node.node).trim() !== '' && !isRegistryNumber(textOf(node.node).trim()));
  const candidate = nodes[first];
  return candidate && (candidate.node.type === 'heading' || (candidate.bold && candidate.node.type === 'paragraph' && textOf(candidate.node).length < 150)) ? first : null;
}

/** What the first page holds before the body starts: tables as rows, paragraphs as lines. */
function metadataCandidates(nodes: readonly ImportedNode[], titleIndex: number | null, frontMatter: readonly number[]): MetadataCandidate[] {
  const candidates: MetadataCandidate[] = [];
  const firstPage = frontMatter.length ? frontMatter : nodes.slice(0, FIRST_PAGE_NODES).map((_, index) => index);
  for (const index of firstPage) {
    const imported = nodes[index]!;
    if (index === titleIndex) continue;
    if (imported.node.type === PAGE_BREAK_TYPE || (!frontMatter.length && imported.node.type === 'heading' && index > (titleIndex ?? -1))) break;
    if (imported.node.type === 'table') candidates.push({ index, kind: 'table', rows: rowTexts(imported.node) });
    else if (imported.node.type === 'paragraph') candidates.push({ index, kind: 'line', text: textOf(imported.node) });
  }
  return candidates;
}

const rowTexts = (table: SerializedNode) => (table.children as SerializedNode[]).map((row) => ((row.children as SerializedNode[] | undefined) ?? []).map((cell) => textOf(cell).trim()));

/** An own file's first page (up to its page break) and the contents heading after it. */
function ownFrontMatter(nodes: readonly ImportedNode[]): number[] {
  const pageBreak = nodes.findIndex((node) => node.node.type === PAGE_BREAK_TYPE);
  const indexes = pageBreak === -1 ? [] : Array.from({ length: pageBreak + 1 }, (_, index) => index);
  nodes.forEach((node, index) => {
    if (node.style === OWN_STYLE_NAMES.ContentsHeading) {
      indexes.push(index);
      // The contents are followed by a paragraph that starts the body on a new page.
      if (nodes[index + 1]?.node.type === PAGE_BREAK_TYPE) indexes.push(index + 1);
    }
  });
  return [...new Set(indexes)];
}

/** An own file's status: its first page says it in a sentence, unless the document is in force. */
function ownStatus(nodes: readonly ImportedNode[], frontMatter: readonly number[]): DocumentStatus {
  const sentence = frontMatter.map((index) => nodes[index]!).find((node) => node.style === OWN_STYLE_NAMES.DocumentStatus);
  const said = sentence ? (Object.entries(STATUS_SENTENCES) as [DocumentStatus, string | null][]).find(([, words]) => words === textOf(sentence.node).trim()) : undefined;
  return said?.[0] ?? 'gallande';
}

/** An own file's decision history: the table after its heading, a reference and what was decided per row. */
function ownDecisions(nodes: readonly ImportedNode[], frontMatter: readonly number[]): MetadataProposal['decisions'] {
  const heading = frontMatter.find((index) => nodes[index]!.style === OWN_STYLE_NAMES.BlockTitle);
  const table = heading === undefined ? undefined : nodes[heading + 1];
  if (table?.node.type !== 'table') return [];
  const actions = Object.entries(DECISION_ACTION_NAMES) as [keyof typeof DECISION_ACTION_NAMES, string][];
  return rowTexts(table.node).flatMap(([reference = '', what = '']) => {
    // "Kommunfullmäktige 2024-04-18 § 64": the body, the date, and the paragraph when there is one.
    const date = /\d{4}-\d{2}-\d{2}/.exec(reference);
    const paragraph = date ? reference.slice(date.index + date[0].length).trim() : '';
    if (!date || (paragraph && !paragraph.startsWith('§'))) return [];
    const [actionName, ...summary] = what.split(' – ');
    const action = actions.find(([, name]) => name === actionName?.trim())?.[0] ?? 'ovrigt';
    return [{ body: reference.slice(0, date.index).trim(), date: date[0], paragraph, action, summary: summary.join(' – ') }];
  });
}

/**
 * The document the user accepted: proposals accepted stand in place of the nodes they were read from,
 * declined ones leave those nodes as they were; the metadata table leaves the text when its values
 * are taken (a label Handbok does not know stays as a line of text, never dropped).
 */
export function importedSeed(proposal: ImportProposal, choices: ImportChoices = {}): DocumentSeed {
  const declinedBlocks = choices.declinedBlocks ?? new Set<number>();
  const declinedFields = choices.declinedFields ?? new Set<string>();
  const metadataTaken = !choices.keepMetadataText;
  const removed = new Set<number>([...proposal.frontMatter, ...(proposal.titleIndex === null ? [] : [proposal.titleIndex])]);
  if (metadataTaken) proposal.metadata.consumed.forEach((index) => removed.add(index));
  const startOf = new Map(proposal.blocks.map((block, index) => [block.from, { block, index }]));
  const body: SerializedNode[] = [];
  for (let index = 0; index < proposal.nodes.length; index++) {
    const proposed = startOf.get(index);
    if (proposed && !declinedBlocks.has(proposed.index)) {
      body.push(proposed.block.block);
      index = proposed.block.to - 1;
      continue;
    }
    if (metadataTaken) body.push(...unrecognisedLines(proposal, index));
    if (!removed.has(index)) body.push(proposal.nodes[index]!.node);
  }
  const metadata: DocumentMetadata = {};
  for (const field of proposal.metadata.fields) {
    if (field.key === 'documentName' || field.key === 'documentKind' || declinedFields.has(field.key)) continue;
    metadata[field.key as MetadataFieldKey] = field.value;
  }
  const content = contentOf(...body);
  const numbered = proposal.numberedHeadings && proposal.blocks.every((block, index) => !block.numbered || !declinedBlocks.has(index));
  if (numbered) (content.root as { $?: Record<string, unknown> }).$ = { [NUMBERED_HEADINGS_KEY]: true };
  return {
    kind: choices.kind ?? proposal.kind,
    title: (choices.title ?? (declinedFields.has('documentName') ? '' : proposal.title)).trim() || proposal.fileName.replace(/\.docx$/i, ''),
    status: choices.status ?? proposal.status,
    metadata,
    decisions: declinedFields.has('decisions') ? [] : proposal.metadata.decisions.map((decision) => ({ summary: '', ...decision })),
    content,
  };
}

/** The label/value pairs of a metadata table Handbok has no field for, kept as lines where the table stood. */
function unrecognisedLines(proposal: ImportProposal, index: number): SerializedNode[] {
  return proposal.metadata.unrecognised
    .filter((pair) => pair.index === index)
    .map((pair) => paragraph(`${pair.label}: ${pair.value}`));
}
