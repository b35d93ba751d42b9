import type { EmptyRequiredField } from '../model/blocks';
import type { HandbokDocument } from '../model/document';
import type { DocumentStatus } from '../model/kinds';
import { missingMetadata, validateMetadata, type MetadataFieldKey, type MetadataIssue } from '../model/metadata';
import type { Lix } from '../text/lix';
import { qualityReport, type BrokenReference } from '../text/quality';
import { checkMemo, type MemoProblem } from '../memo/checks';
import { hasMemo } from '../model/memo';
import type { HandbokArchive } from './archive';

/** What `handbok check` finds in one document of an archive. */
export interface DocumentCheck {
  id: string;
  title: string;
  /** What the required metadata depends on. */
  status: DocumentStatus;
  missingMetadata: MetadataFieldKey[];
  invalidMetadata: MetadataIssue[];
  emptyRequiredFields: EmptyRequiredField[];
  imagesWithoutAlt: number[];
  /** References whose target is not in the archive, is in the trash or is repealed. */
  brokenReferences: BrokenReference[];
  /** For a tjänsteskrivelse: what it lacks before decision (shared/memo/checks.ts). */
  memoProblems: MemoProblem[];
  lix: Lix | null;
}

export function problemCount(check: DocumentCheck): number {
  return (
    check.missingMetadata.length +
    check.invalidMetadata.length +
    check.emptyRequiredFields.length +
    check.imagesWithoutAlt.length +
    check.brokenReferences.length +
    check.memoProblems.length
  );
}

/** Checks every document of an archive; references are resolved among the archive's own documents. */
export function checkArchive(archive: HandbokArchive): DocumentCheck[] {
  const byId = new Map(archive.documents.map((document) => [document.id, document]));
  return archive.documents.map((document: HandbokDocument) => {
    const quality = qualityReport(document.content, (id) => byId.get(id));
    const memo = hasMemo(document) ? checkMemo(document, document.memo, archive.organisation) : null;
    return {
      id: document.id,
      title: document.title,
      status: document.status,
      // A memo's own check already asks for its registry number: said once, not twice.
      missingMetadata: missingMetadata(document.status, document.metadata).filter(
        (field) => !(field === 'registryNumber' && memo?.problems.some((problem) => problem.code === 'missing-part' && problem.part === 'registryNumber')),
      ),
      invalidMetadata: validateMetadata(document.metadata),
      emptyRequiredFields: quality.emptyRequiredFields,
      imagesWithoutAlt: quality.imagesWithoutAlt,
      brokenReferences: quality.brokenReferences,
      memoProblems: memo?.problems ?? [],
      // A memo's text is in its parts, not in the content.
      lix: memo ? memo.lix : quality.document,
    };
  });
}
