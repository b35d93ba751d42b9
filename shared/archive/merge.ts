import type { HandbokDocument } from '../model/document';
import { createArchive, type HandbokArchive } from './archive';

/** What to do with an incoming document whose id the target already has. */
export type ConflictChoice = 'keep-both' | 'replace';

export type MergeResult =
  | { ok: true; archive: HandbokArchive; added: number; replaced: number; copies: number }
  /** Documents with the same id on both sides, and no choice made: nothing is merged. */
  | { ok: false; conflicts: { id: string; title: string }[] };

/**
 * One archive merged into another, all or nothing: every incoming document is added; one whose id
 * the target has already is, as chosen, added beside it under a new id or put in its place; without
 * a choice, the conflicts are listed and nothing changes. The target keeps its organisation profile
 * and takes the incoming one only when it has none.
 */
export function mergeArchives(
  target: HandbokArchive | null,
  incoming: HandbokArchive,
  { onConflict, newId, now }: { onConflict: ConflictChoice | null; newId: () => string; now: string },
): MergeResult {
  const existing = new Map((target?.documents ?? []).map((document) => [document.id, document]));
  const conflicts = incoming.documents.filter((document) => existing.has(document.id));
  if (conflicts.length && onConflict === null) return { ok: false, conflicts: conflicts.map(({ id, title }) => ({ id, title })) };

  const merged: HandbokDocument[] = [...(target?.documents ?? [])];
  let replaced = 0;
  let copies = 0;
  for (const document of incoming.documents) {
    if (!existing.has(document.id)) merged.push(document);
    else if (onConflict === 'replace') {
      merged[merged.findIndex((candidate) => candidate.id === document.id)] = document;
      replaced += 1;
    } else {
      merged.push({ ...document, id: newId() });
      copies += 1;
    }
  }
  return {
    ok: true,
    archive: createArchive(target?.organisation ?? incoming.organisation, merged, now),
    added: incoming.documents.length - replaced - copies,
    replaced,
    copies,
  };
}
