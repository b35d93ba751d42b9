import { documentFromSeed, type HandbokDocument } from '../../shared/model/document';
import { normalizeDocument } from '../../shared/model/normalize-document';
import { readDocx } from '../../shared/import/docx/read-docx';
import { importedSeed, proposeImport, type ImportChoices, type ImportProposal } from '../../shared/import/propose';
import type { Organisation } from '../../shared/model/organisation';

let ids = 0;
const newId = () => `importerad-${++ids}`;

/** A Word file through the whole import, as the command line takes it: read, proposed, accepted, normalised. */
export async function importWord(bytes: Uint8Array, fileName: string, organisation: Organisation | null = null, choices: ImportChoices = {}): Promise<{ proposal: ImportProposal; document: HandbokDocument }> {
  const read = await readDocx(bytes);
  if (!read.ok) throw new Error(`${fileName} was refused: ${read.refusal.code} ${read.refusal.detail ?? ''}`);
  const proposal = proposeImport(read.reading, { fileName, organisation });
  const normalized = normalizeDocument(documentFromSeed(importedSeed(proposal, choices), '2026-12-06T10:00:00.000Z', newId));
  if (!normalized.ok) throw new Error(`${fileName} did not normalise: ${JSON.stringify(normalized.problems)}`);
  return { proposal, document: normalized.value };
}

/** A text's words as a reader compares them: lower case, without the punctuation around them. */
export function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase('sv')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}§]+|[^\p{L}\p{N}§]+$/gu, ''))
    .filter(Boolean);
}

/** How many of `expected`'s words `actual` holds in the same order (their longest common subsequence), as a share. */
export function wordsKeptInOrder(expected: readonly string[], actual: readonly string[]): number {
  if (!expected.length) return 1;
  let previous = new Uint32Array(actual.length + 1);
  let current = new Uint32Array(actual.length + 1);
  for (const word of expected) {
    for (let j = 1; j <= actual.length; j++) {
      current[j] = word === actual[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[actual.length]! / expected.length;
}
