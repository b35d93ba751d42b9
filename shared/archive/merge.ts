import type { HandbokDocument } from '../model/document';
import { withNewIdentity, type DocumentVersion } from '../model/versions';
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
  let versions: DocumentVersion[] = [...(target?.versions ?? [])];
  let replaced = 0;
  let copies = 0;
  for (const document of incoming.documents) {
    const own = incoming.versions.filter((version) => version.documentId === document.id);
    if (!existing.has(document.id)) {
      merged.push(document);
      versions.push(...own);
    } else if (onConflict === 'replace') {
      merged[merged.findIndex((candidate) => candidate.id === document.id)] = document;
      versions = [...versions.filter((version) => version.documentId !== document.id), ...own];
      replaced += 1;
    } else {
      const copy = withNewIdentity(document, own, newId);
      merged.push(copy.document);
      versions.push(...copy.versions);
      copies += 1;
    }
  }
  return {
    ok: true,
    archive: createArchive(target?.organisation ?? incoming.organisation, merged, now, versions),
    added: incoming.documents.length - replaced - copies,
    replaced,
    copies,
  };
}
