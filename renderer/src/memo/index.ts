import { CreateMemoDialog } from './CreateMemoDialog';
import { LinkedMemos } from './LinkedMemos';
import { MemoChecks } from './MemoChecks';
import { MemoExportWarning } from './MemoExportWarning';
import { MemoForm } from './MemoForm';

/** The memo's parts of the document screen, which the app hands to it (documents/memo-parts.ts says why). */
export const memoParts = {
  Form: MemoForm,
  Checks: MemoChecks,
  Linked: LinkedMemos,
  CreateDialog: CreateMemoDialog,
  ExportWarning: MemoExportWarning,
};
