import type { NormalizeProblem } from './model/normalize-document';

// The failures of the renderer's storage. They lie here, below it, because the interface kit that
// describes them to the user (renderer/src/ui/describe-error.ts) lies below storage too.

/** The stored document does not validate: it is shown read-only and never written over. */
export class DocumentNotEditableError extends Error {
  constructor(readonly documentId: string) {
    super(`Document ${documentId} cannot be read and is kept read-only`);
    this.name = 'DocumentNotEditableError';
  }
}

/**
 * The document shows an adopted version, which is never edited: its content is not written. "Revidera"
 * opens a draft of the next version, which is.
 */
export class DocumentLockedError extends Error {
  constructor(readonly documentId: string) {
    super(`Document ${documentId} shows an adopted version and is not edited`);
    this.name = 'DocumentLockedError';
  }
}

export class DocumentNotFoundError extends Error {
  constructor(readonly documentId: string) {
    super(`Document ${documentId} does not exist`);
    this.name = 'DocumentNotFoundError';
  }
}

/** The stored organisation profile does not validate; it is kept and not overwritten. */
export class OrganisationNotEditableError extends Error {
  constructor() {
    super('The stored organisation profile cannot be read and is kept as it is');
    this.name = 'OrganisationNotEditableError';
  }
}

/** A document about to be written does not validate; nothing was written. */
export class InvalidDocumentError extends Error {
  constructor(readonly problems: readonly NormalizeProblem[]) {
    super(`Invalid document: ${problems.map((problem) => `${problem.path} (${problem.code})`).join(', ')}`);
    this.name = 'InvalidDocumentError';
  }
}

/**
 * The content was written elsewhere (another window or tab) since this editor loaded or last saved
 * it; nothing was written. `theirs` is what is stored now, for the editor to merge or show.
 */
export class ContentConflictError extends Error {
  constructor(
    readonly documentId: string,
    readonly theirs: { content: string; revision: string | null },
  ) {
    super(`The content of document ${documentId} was changed elsewhere`);
    this.name = 'ContentConflictError';
  }
}

/**
 * A document changed after the user decided what to do with it (a Word file to become its new draft):
 * nothing was written, so that no edit made meanwhile, in another window, is replaced unseen.
 */
export class DocumentChangedError extends Error {
  constructor(readonly documentId: string) {
    super(`Document ${documentId} changed since it was reviewed`);
    this.name = 'DocumentChangedError';
  }
}
