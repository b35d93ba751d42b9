import { importedSeed, type ImportProposal } from '@shared/import/propose';
import { withIdsOf } from '@shared/import/word-back/carry-block-ids';
import { findOrigin } from '@shared/import/word-back/origin';
import { planWordBack, type WordBackPlan } from '@shared/import/word-back/plan';
import type { SerializedContent } from '@shared/model/content';
import type { DocumentsRepository } from '../../storage/documents-repository';

/**
 * Looks in the library for the document a Word file came from and decides what the file can become
 * (shared/import/word-back): null when the file came from no library document. Reads only.
 */
export async function loadWordBackPlan(documents: DocumentsRepository, proposal: ImportProposal): Promise<WordBackPlan | null> {
  const library = (await documents.listHeaders()).map((loaded) => (loaded.ok ? { id: loaded.header.id, header: loaded.header } : { id: loaded.id, header: null }));
  const found = findOrigin(proposal, library);
  if (found.found === 'none') return null;
  if (found.found === 'unavailable') return planWordBack(found, null);
  const { header } = found;
  const { versions } = await documents.listVersions(header.id);
  // The current content matters only where it is a draft: the plan must know whether it holds edits.
  const isDraft = !header.versioning?.latest || header.versioning.revising;
  const loaded = isDraft ? await documents.get(header.id) : undefined;
  return planWordBack(found, { versions, content: loaded?.ok ? loaded.document.content : null });
}

/**
 * The content a file's new draft gets: the file's body as read, every proposed block taken (a file
 * Handbok wrote has its blocks marked, so none is a guess), and the ids of the version's blocks carried
 * over to the blocks that are still theirs.
 */
export function draftContentOf(proposal: ImportProposal, base: SerializedContent): SerializedContent {
  return withIdsOf(base, importedSeed(proposal).content);
}
