import type { HandbokDocument } from './document';

/** How other documents of the library look to an exporter or a memo, for references and attachments. */
export type ReferenceTarget = Pick<HandbokDocument, 'id' | 'title' | 'kind' | 'status' | 'metadata' | 'deletedAt'>;
