import { emptyRequiredFields, type EmptyRequiredField } from '../model/blocks';
import type { HandbokDocument } from '../model/document';
import { missingMetadata, validateMetadata, type MetadataFieldKey, type MetadataIssue } from '../model/metadata';
import type { ReferenceProblem } from '../model/references';
import type { Lix } from '../text/lix';
import { brokenReferences, imagesWithoutAlt, qualityReport } from '../text/quality';
import type { HandbokArchive } from './archive';

/** What `handbok check` finds in one document of an archive. */
export interface DocumentCheck {
  id: string;
  title: string;
  missingMetadata: MetadataFieldKey[];
  invalidMetadata: MetadataIssue[];
  emptyRequiredFields: EmptyRequiredField[];
  imagesWithoutAlt: number[];
  /** References whose target is not in the archive, is in the trash or is repealed. */
  brokenReferences: { ordinal: number; problem: ReferenceProblem }[];
  lix: Lix | null;
}

export function problemCount(check: DocumentCheck): number {
  return (
    check.missingMetadata.length +
    check.invalidMetadata.length +
    check.emptyRequiredFields.length +
    check.imagesWithoutAlt.length +
    check.brokenReferences.length
  );
}

/** Checks every document of an archive; references are resolved among the archive's own documents. */
export function checkArchive(archive: HandbokArchive): DocumentCheck[] {
  const byId = new Map(archive.documents.map((document) => [document.id, document]));
  return archive.documents.map((document: HandbokDocument) => ({
    id: document.id,
    title: document.title,
    missingMetadata: missingMetadata(document.status, document.metadata),
    invalidMetadata: validateMetadata(document.metadata),
    emptyRequiredFields: emptyRequiredFields(document.content.root.children),
    imagesWithoutAlt: imagesWithoutAlt(document.content),
    brokenReferences: brokenReferences(document.content, (id) => byId.get(id)),
    lix: qualityReport(document.content, (id) => byId.get(id)).document,
  }));
}
