import type { FieldFill } from '../../model/block-content';
import { block } from '../../model/block-content';
import { element, text, type SerializedNode } from '../../model/content';
import { childrenOf, textOf } from '../../model/tree';
import type { ImportedNode } from '../docx/read-body';
import { TEXT_FORMAT } from '../../render/layout/body';
import type { BlockMatch } from './match';
import { documentKindOf } from './metadata';

/**
 * Recognisers that propose structured blocks in a Word file Handbok did not write: each a pure function
 * that looks at the imported nodes from one place on and, when they have the shape of a block (a goal
 * table, a role and its list, the steps of PUFF …), says how many nodes make it and how sure it is.
 * They read what municipal documents look like (domain.md): Word's styles where they are used, and
 * bold lines, typed numbers and section titles where they are not. A node no recogniser takes stays
 * as it was read.
 */

type Recogniser = (nodes: readonly ImportedNode[], index: number, section: string) => BlockMatch | null;

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const lower = (value: string) => value.trim().toLocaleLowerCase('sv');
const words = (value: string) => value.trim().split(/\s+/).filter(Boolean).length;
const plain = (imported: ImportedNode | undefined) => (imported ? textOf(imported.node).trim() : '');

/** "2.1 Kvalitetsarbetet", "3. Principer", "Princip 1: …": the number typed before a title, and the title. */
const TYPED_NUMBER = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\D)/;
const PRINCIPLE_NUMBER = /^princip\s*\d{1,2}\s*[:.–-]?\s*/i;

/** A line that stands as a title: a heading, or a short bold line without a full stop at its end. */
function isTitleLine(imported: ImportedNode | undefined): boolean {
  if (!imported) return false;
  if (imported.node.type === 'heading') return true;
  const value = plain(imported);
  return imported.node.type === 'paragraph' && imported.bold && value !== '' && words(value) <= 12 && !/[.:]$/.test(value);
}

const isBodyText = (imported: ImportedNode | undefined) => imported !== undefined && (imported.node.type === 'paragraph' || imported.node.type === 'list' || imported.node.type === 'quote') && !isTitleLine(imported);

/** The body text after a title: from `start`, up to the next title or anything else (at most `max` nodes). */
function bodyAfter(nodes: readonly ImportedNode[], start: number, max: number): number {
  let end = start;
  while (end < nodes.length && end - start < max && isBodyText(nodes[end])) end++;
  return end;
}

/** A title's inline content without the number typed before it. */
function titleContent(imported: ImportedNode, prefix: RegExp = TYPED_NUMBER): SerializedNode[] {
  const [first, ...rest] = childrenOf(imported.node);
  if (first?.type !== 'text') return childrenOf(imported.node);
  const stripped = String(first.text).replace(prefix, '');
  // The title's bold is the title style's business, not the text's.
  return [{ ...first, text: stripped, format: Number(first.format) & ~TEXT_FORMAT.bold }, ...rest.map((node) => (node.type === 'text' ? { ...node, format: Number(node.format) & ~TEXT_FORMAT.bold } : node))].filter(
    (node) => node.type !== 'text' || node.text !== '',
  );
}

const match = (nodes: readonly ImportedNode[], from: number, to: number, type: BlockMatch['type'], fill: Record<string, FieldFill | undefined>, confidence: number, variant?: string): BlockMatch => ({
  from,
  to,
  type,
  block: type === 'heading' ? (fill.heading as unknown as SerializedNode) : block(type, Object.fromEntries(Object.entries(fill).filter(([, value]) => value !== undefined)) as Record<string, FieldFill>, variant),
  confidence,
});

/** A table's rows as cell texts. */
const rowsOf = (table: SerializedNode) => childrenOf(table).map((row) => childrenOf(row).map((cell) => textOf(cell).trim()));

// ── Tables ────────────────────────────────────────────────────────────────────────────────────────

const CONTRASTS = [
  ['från', 'till'],
  ['mindre av', 'mer av'],
  ['före', 'efter'],
  ['från', 'mot'],
  ['förr', 'nu'],
  ['i dag', 'i morgon'],
];

/** A table of two columns headed by a contrast ("Från | Till", "Mindre av | Mer av"). */
const comparison: Recogniser = (nodes, index) => {
  const imported = nodes[index]!;
  if (imported.node.type !== 'table') return null;
  const rows = rowsOf(imported.node);
  const header = rows[0]?.map(lower) ?? [];
  if (rows.length < 2 || header.length !== 2 || !CONTRASTS.some(([left, right]) => header[0] === left && header[1] === right)) return null;
  const table = { ...imported.node, children: childrenOf(imported.node).map((row, rowIndex) => ({ ...row, children: childrenOf(row).map((cell) => ({ ...cell, headerState: rowIndex === 0 ? 1 : 0 })) })) };
  return match(nodes, index, index + 1, 'comparison', { table: [table] }, 0.9);
};

/** A table headed "Mål | Indikator | Målvärde" (or the like): one goal per row. */
const goals: Recogniser = (nodes, index) => {
  const imported = nodes[index]!;
  if (imported.node.type !== 'table') return null;
  const rows = childrenOf(imported.node);
  const header = rowsOf(imported.node)[0]?.map(lower) ?? [];
  const goalColumn = header.findIndex((cell) => /^(?:mål|målområde|mål och inriktning|effektmål)$/.test(cell));
  const indicatorColumn = header.findIndex((cell) => /indikator|mått|nyckeltal/.test(cell));
  const targetColumn = header.findIndex((cell, column) => column !== goalColumn && /målvärde|målnivå|^mål \d{4}|önskat läge|^värde/.test(cell));
  if (goalColumn === -1 || indicatorColumn === -1 || rows.length < 2) return null;
  const cellLine = (row: SerializedNode, column: number) => {
    const cell = childrenOf(row)[column];
    return cell ? childrenOf(cell).flatMap((child) => (child.type === 'paragraph' ? childrenOf(child) : [text(textOf(child))])) : undefined;
  };
  const items = rows.slice(1).map((row) => block('goal', { goal: cellLine(row, goalColumn) ?? [], indicator: cellLine(row, indicatorColumn) ?? [], ...(targetColumn === -1 ? {} : { target: cellLine(row, targetColumn) ?? [] }) }));
  return match(nodes, index, index + 1, 'goals', { goals: items }, 0.85);
};

/** A table whose first column names the months: an annual cycle, all twelve months in order. */
const annualCycle: Recogniser = (nodes, index) => {
  const imported = nodes[index]!;
  if (imported.node.type !== 'table') return null;
  const rows = childrenOf(imported.node);
  const monthOf = (row: SerializedNode) => MONTHS.indexOf(lower(textOf(childrenOf(row)[0] ?? row)));
  const named = rows.filter((row) => monthOf(row) !== -1);
  if (named.length < 6) return null;
  const activities = MONTHS.map(() => [] as SerializedNode[]);
  for (const row of named) for (const cell of childrenOf(row).slice(1)) activities[monthOf(row)]!.push(...childrenOf(cell).filter((child) => textOf(child).trim() !== ''));
  const months = MONTHS.map((name, month) => block('cycle-month', { month: name.charAt(0).toLocaleUpperCase('sv') + name.slice(1), ...(activities[month]!.length ? { activities: activities[month] } : {}) }));
  return match(nodes, index, index + 1, 'annual-cycle', { months }, 0.85);
};

/** A table of one cell, usually shaded: a callout. "Viktigt" or "Varning" makes it the important kind. */
const callout: Recogniser = (nodes, index) => {
  const imported = nodes[index]!;
  const rows = childrenOf(imported.node);
  if (imported.node.type !== 'table' || rows.length !== 1 || childrenOf(rows[0]!).length !== 1) return null;
  const body = childrenOf(childrenOf(rows[0]!)[0]!).filter((child) => textOf(child).trim() !== '');
  if (!body.length) return null;
  const first = lower(textOf(body[0]!));
  const important = /^(?:viktigt|varning|obs)\b/.test(first);
  // A first line that only names the kind ("Observera", "Viktigt!") is the callout's caption, which Handbok writes itself.
  const content = /^(?:observera|notera|obs|viktigt|varning|tips)[!:.]?$/.test(first) && body.length > 1 ? body.slice(1) : body;
  return match(nodes, index, index + 1, 'callout', { body: content }, 0.7, important ? 'important' : 'note');
};

// ── Text ──────────────────────────────────────────────────────────────────────────────────────────

/** "Kommunstyrelsen ansvarar för att:", "Rektor ska": a role's name and the words that lead to its list. */
const ROLE_SENTENCE = /^(\p{Lu}[^.:;]{1,60}?)\s+((?:ansvarar|har\s+(?:det\s+\S+\s+)?ansvar(?:et)?|ska|bär\s+ansvar(?:et)?)\b[^.]{0,80}?)\s*:?$/u;

const role: Recogniser = (nodes, index) => {
  const sentence = ROLE_SENTENCE.exec(plain(nodes[index]));
  const list = nodes[index + 1];
  if (!sentence || nodes[index]!.node.type !== 'paragraph' || list?.node.type !== 'list') return null;
  return match(nodes, index, index + 2, 'role', { role: sentence[1], lead: sentence[2], responsibilities: [list.node] }, 0.85);
};

const STEP_VERBS = /^(?:planera|planering|utföra|utför|genomföra|genomför|göra|gör|följa upp|följ upp|uppföljning|studera|kontrollera|förbättra|förbättring|agera|lära|analysera|åtgärda)\b/i;
const METHOD_TITLE = /\b(?:pdca|puff|pgsa|metod|metoden|modell|modellen|arbetssätt|förbättringscykel|förbättringshjul)\b/i;

/** A step's title and guidance from one line: "Planera – vi tar reda på …", "Utföra: vi gör …". */
function stepFrom(line: string): { title: string; guidance?: string } {
  const split = /^(.{2,40}?)(?:\s[–-]\s|:\s|\.\s)(.+)$/s.exec(line.trim());
  return split ? { title: split[1]!.trim(), guidance: split[2]!.trim() } : { title: line.trim() };
}

/** A method: its title, what it is for, then its steps as a list or as one short title each. */
const methodGuide: Recogniser = (nodes, index) => {
  const title = nodes[index];
  if (!isTitleLine(title) || !METHOD_TITLE.test(plain(title))) return null;
  const purposeEnd = bodyAfter(nodes, index + 1, 4);
  let end = purposeEnd;
  const purpose = nodes.slice(index + 1, purposeEnd).filter((node) => node.node.type !== 'list');
  let steps: SerializedNode[] = [];
  // Steps as the list that ends the purpose …
  const lastPurpose = nodes[purposeEnd - 1];
  if (lastPurpose?.node.type === 'list') {
    const items = childrenOf(lastPurpose.node).map((item) => textOf(item)).filter(Boolean);
    if (items.length >= 3 && items.length <= 8 && items.filter((item) => STEP_VERBS.test(item)).length >= 3) {
      steps = items.map((item) => {
        const { title: stepTitle, guidance } = stepFrom(item);
        return block('method-step', { title: stepTitle, ...(guidance ? { guidance } : {}) });
      });
    }
  }
  // … or as short titles, each with its text.
  if (!steps.length) {
    for (let at = purposeEnd; isTitleLine(nodes[at]) && STEP_VERBS.test(plain(nodes[at]).replace(TYPED_NUMBER, '')); ) {
      const guidanceEnd = bodyAfter(nodes, at + 1, 4);
      steps.push(block('method-step', { title: titleContent(nodes[at]!), ...(guidanceEnd > at + 1 ? { guidance: nodes.slice(at + 1, guidanceEnd).map((node) => node.node) } : {}) }));
      at = guidanceEnd;
      end = at;
    }
  }
  if (steps.length < 3) return null;
  return match(nodes, index, end, 'method-guide', { name: titleContent(title!), purpose: purpose.length ? purpose.map((node) => node.node) : undefined, steps }, 0.8);
};

/** "Nivå 1", "Steg 2", "Fas 3": three or more such titles in a row, each with its text, are a staged model. */
const STAGE_TITLE = /^(?:nivå|steg|fas|trappsteg|trappa)\s*\d{1,2}\b/i;

const stagedModel: Recogniser = (nodes, index) => {
  const stages: SerializedNode[] = [];
  let at = index;
  while (isTitleLine(nodes[at]) && STAGE_TITLE.test(plain(nodes[at]))) {
    const end = bodyAfter(nodes, at + 1, 3);
    if (end === at + 1) break;
    stages.push(block('stage', { name: titleContent(nodes[at]!), description: nodes.slice(at + 1, end).map((node) => node.node) }));
    at = end;
  }
  return stages.length >= 3 ? match(nodes, index, at, 'staged-model', { stages }, 0.75) : null;
};

/** A short title with its text, in a section of the given kind: a definition or a principle. */
function titled(type: 'definition' | 'principle', sectionPattern: RegExp, confidence: number): Recogniser {
  return (nodes, index, section) => {
    const title = nodes[index];
    const numberedPrinciple = type === 'principle' && PRINCIPLE_NUMBER.test(plain(title));
    // "Program", "Plan", "Policy": a document type's name over its description defines it wherever it stands.
    const documentType = type === 'definition' && words(plain(title)) <= 2 && documentKindOf(plain(title)) !== undefined;
    if (!isTitleLine(title) || (!sectionPattern.test(section) && !numberedPrinciple && !documentType)) return null;
    if (title!.node.type === 'heading' && plain(title) === section) return null;
    if (words(plain(title)) > (type === 'definition' ? 6 : 14)) return null;
    const end = bodyAfter(nodes, index + 1, 3);
    if (end === index + 1) return null;
    const body = nodes.slice(index + 1, end).map((node) => node.node);
    const fill = type === 'definition' ? { term: titleContent(title!), definition: body } : { title: titleContent(title!, numberedPrinciple ? PRINCIPLE_NUMBER : TYPED_NUMBER), explanation: body };
    return match(nodes, index, end, type, fill, confidence);
  };
}

const definition = titled('definition', /definition|begrepp|ordlista|ordförklaring|dokumenttyper|typer av styrdokument|styrdokumentens (?:roller|typer)/i, 0.75);
const principle = titled('principle', /princip|förhållningssätt|utgångspunkter|värdegrund/i, 0.75);

/**
 * A bold line standing as a heading, as most Word files outside the styles have them; a typed number
 * ("2.1 Kvalitetsarbetet") gives its level and is left off, since Handbok numbers headings itself.
 */
const boldHeading: Recogniser = (nodes, index) => {
  const imported = nodes[index]!;
  const next = nodes[index + 1];
  // Followed by its text, a table, or a numbered title of its own section ("2." over "2.1").
  const opensSection = isBodyText(next) || next?.node.type === 'table' || (isTitleLine(next) && TYPED_NUMBER.test(plain(next!)));
  if (imported.node.type !== 'paragraph' || !isTitleLine(imported) || !opensSection) return null;
  const number = TYPED_NUMBER.exec(plain(imported))?.[1];
  const level = number ? Math.min(3, number.split('.').length) : 2;
  const heading = element('heading', titleContent(imported), { tag: `h${level}` });
  return { from: index, to: index + 1, type: 'heading', block: heading, confidence: number ? 0.7 : 0.55, numbered: number !== undefined };
};

const RECOGNISERS: readonly Recogniser[] = [comparison, goals, annualCycle, callout, role, methodGuide, stagedModel, definition, principle, boldHeading];

/**
 * The text of the section a node stands in: the nearest heading above it of a higher rank than its own
 * (so that the fifth principle under "Principer", each a heading of the level below, is still in it),
 * or for other nodes the nearest heading or numbered title line above.
 */
function sectionsOf(nodes: readonly ImportedNode[]): string[] {
  const open: { level: number; text: string }[] = [];
  return nodes.map((imported) => {
    const level = titleLevel(imported);
    if (level === null) return open.at(-1)?.text ?? '';
    while (open.length && open.at(-1)!.level >= level) open.pop();
    const section = open.at(-1)?.text ?? '';
    open.push({ level, text: plain(imported) });
    return section;
  });
}

/** A heading's level, or a typed number's depth ("2.1" is 2); null for a node that opens no section. */
function titleLevel(imported: ImportedNode): number | null {
  if (imported.node.type === 'heading') return Number(String(imported.node.tag).slice(1)) || 1;
  const number = isTitleLine(imported) ? TYPED_NUMBER.exec(plain(imported))?.[1] : undefined;
  return number ? number.split('.').length : null;
}

/**
 * Every structure the recognisers see, left to right, none overlapping; at each place the surest
 * wins. The title (found elsewhere) is skipped.
 */
export function recogniseBlocks(nodes: readonly ImportedNode[], skip: ReadonlySet<number> = new Set()): BlockMatch[] {
  const sections = sectionsOf(nodes);
  const found: BlockMatch[] = [];
  for (let index = 0; index < nodes.length; index++) {
    if (skip.has(index)) continue;
    const candidates = RECOGNISERS.map((recognise) => recognise(nodes, index, sections[index]!)).filter((candidate): candidate is BlockMatch => candidate !== null);
    const best = candidates.filter((candidate) => !rangeHits(candidate, skip)).sort((a, b) => b.confidence - a.confidence)[0];
    if (!best) continue;
    found.push(best);
    index = best.to - 1;
  }
  return found;
}

const rangeHits = (candidate: BlockMatch, skip: ReadonlySet<number>) => {
  for (let index = candidate.from; index < candidate.to; index++) if (skip.has(index)) return true;
  return false;
};
