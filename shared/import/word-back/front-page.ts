import type { DocumentVersion } from '../../model/versions';
import type { ImportProposal } from '../propose';

/**
 * The first page's fields (and the title) where the file says something other than the version the
 * draft is made from. A new draft takes the file's content only: its title, metadata and decisions stay
 * the version's, so an edit an official made there is named to the user rather than dropped unseen.
 * Only a file Handbok wrote has a first page whose fields can be trusted to be the document's own.
 */
export function frontPageDifferences(proposal: Pick<ImportProposal, 'ownFile' | 'metadata' | 'title'>, version: Pick<DocumentVersion, 'header'>): ImportProposal['metadata']['fields'][number]['key'][] {
  if (!proposal.ownFile) return [];
  const stated = version.header.metadata as Record<string, unknown>;
  const differs = (key: string, value: string) => {
    if (key === 'documentKind') return false;
    const own = key === 'documentName' ? version.header.title : stated[key];
    return value.trim() !== (typeof own === 'string' ? own.trim() : '');
  };
  const fields = proposal.metadata.fields.filter((field) => differs(field.key, field.value)).map((field) => field.key);
  // Handbok's first page shows the title as a heading, not as a field: a title changed there is named too.
  const titled = proposal.metadata.fields.some((field) => field.key === 'documentName');
  return !titled && differs('documentName', proposal.title) ? ['documentName', ...fields] : fields;
}
