import type { MemoCheck, MemoProblem } from '@shared/memo/checks';
import type { MemoDraft } from '@shared/memo/edits';
import type { DocumentHeader } from '@shared/model/document';
import type { MemoSettings } from '@shared/model/memo';
import type { DocumentMetadata } from '@shared/model/metadata';
import type { Organisation } from '@shared/model/organisation';
import type { ComponentType } from 'react';

/**
 * What the document screen shows of tjänsteskrivelser: the memo's form and checks for a memo, its
 * linked memos and the dialog that writes one for any other document. The memo feature makes them
 * and the app hands them in, since features do not import one another (architecture.md, "Layers
 * inside the renderer").
 */
export interface MemoParts {
  Form: ComponentType<{
    /** The memo's own id: it is never offered as its own bilaga, and its attached files are kept under it. */
    memoId: string;
    draft: MemoDraft;
    organisation: Organisation | null;
    library: ReadonlyMap<string, DocumentHeader>;
    readOnly: boolean;
    onChange: (changes: Partial<MemoDraft>) => void;
  }>;
  Checks: ComponentType<{ check: MemoCheck; settings: MemoSettings | undefined; metadata: DocumentMetadata }>;
  Linked: ComponentType<{ documentId: string }>;
  CreateDialog: ComponentType<{ subject: DocumentHeader; organisation: Organisation | null; onClose: () => void }>;
  ExportWarning: ComponentType<{ problems: readonly MemoProblem[]; settings: MemoSettings | undefined; onCancel: () => void; onConfirm: () => void }>;
}
