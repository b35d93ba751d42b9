import { attachedFileBytes, type AttachedFile } from '../../model/attached-file';
import type { HandbokDocument } from '../../model/document';
import type { Memo } from '../../model/memo';
import type { Organisation } from '../../model/organisation';
import { documentAsExported } from '../../model/versions';
import { wordAttachmentDocument } from '../../memo/attached-files';
import { base64 } from '../fonts';
import { foreignPageSizes, type ForeignPage } from '../pdf/foreign-pages';
import type { CaseFileBilaga } from './case-file';

/** A bilaga the case file cannot be made without: a document no longer in the library, a file whose bytes are gone. */
export class MissingBilagaError extends Error {
  constructor(
    readonly number: number,
    readonly bilaga: string,
  ) {
    super(`bilaga ${number} (${bilaga}) finns inte`);
  }
}

/** Where the bilagor's documents and files are found: the library (or an archive) and the memo's own files. */
export interface BilagaSources {
  document: (id: string) => HandbokDocument | undefined;
  file: (id: string) => AttachedFile | undefined;
}

export interface ResolvedBilagor {
  bilagor: CaseFileBilaga[];
  /** The pages of the PDF files, in the order of their placeholders (see placeForeignPages). */
  foreignPages: ForeignPage[];
}

/**
 * The memo's bilagor as the case file shows them, numbered as the memo lists them. A library
 * document is exported as it stands (a draft as the draft); a Word file is read into a document;
 * a PDF file is appended page by page in a PDF (`for: 'pdf'`) and, in HTML, named with a link that
 * carries the file itself. A text bilaga names a document kept elsewhere and is only listed.
 * A bilaga that cannot be found throws MissingBilagaError rather than being left out silently.
 */
export async function resolveCaseFileBilagor(
  memo: HandbokDocument & { memo: Memo },
  sources: BilagaSources,
  organisation: Organisation | null,
  format: 'pdf' | 'html',
): Promise<ResolvedBilagor> {
  const bilagor: CaseFileBilaga[] = [];
  const foreignPages: ForeignPage[] = [];
  for (const [index, attachment] of memo.memo.attachments.entries()) {
    const number = index + 1;
    if (attachment.kind === 'text') continue;
    if (attachment.kind === 'document') {
      const document = sources.document(attachment.documentId);
      if (!document) throw new MissingBilagaError(number, attachment.documentId);
      bilagor.push({ kind: 'document', number, document: documentAsExported(document) });
      continue;
    }
    const file = sources.file(attachment.id);
    if (!file) throw new MissingBilagaError(number, attachment.name);
    if (file.fileType === 'docx') {
      const document = await wordAttachmentDocument(file, organisation);
      bilagor.push(document ? { kind: 'document', number, document: { ...document, title: attachment.name } } : { kind: 'named', number, name: attachment.name });
    } else if (format === 'pdf') {
      const bytes = attachedFileBytes(file);
      const sizes = foreignPageSizes(bytes);
      bilagor.push({ kind: 'pages', number, name: attachment.name, pages: sizes });
      foreignPages.push(...sizes.map((_, page) => ({ bytes, page })));
    } else {
      bilagor.push({ kind: 'named', number, name: attachment.name, link: { href: `data:application/pdf;base64,${base64(attachedFileBytes(file))}`, fileName: attachment.name } });
    }
  }
  return { bilagor, foreignPages };
}
