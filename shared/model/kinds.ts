import { z } from 'zod';

/** The document kinds of a municipality's hierarchy of governing documents, plus the memo that brings them to decision. */
export const DOCUMENT_KINDS = [
  'handbok',
  'policy',
  'riktlinje',
  'strategi',
  'program',
  'plan',
  'anvisning',
  'tjansteskrivelse',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const documentKindSchema = z.enum(DOCUMENT_KINDS);

/** The lifecycle of a governing document: draft, consultation, for decision, in force, repealed. */
export const DOCUMENT_STATUSES = ['utkast', 'remiss', 'for-beslut', 'gallande', 'upphavd'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const documentStatusSchema = z.enum(DOCUMENT_STATUSES);
