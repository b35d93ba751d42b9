import { z } from 'zod';

// What a document's header holds about its versions; the versions themselves are in versions.ts.

/** 2.1: the major number counts substantive revisions, each with a decision; the minor one editorial revisions. */
export const versionNumberSchema = z.object({ major: z.number().int().nonnegative(), minor: z.number().int().nonnegative() });
export type VersionNumber = z.infer<typeof versionNumberSchema>;

/**
 * Whether a revision is editorial (a minor version the owner adopts under delegation) or substantive (a
 * major version the deciding body adopts after a tjänsteskrivelse): Handbok proposes, a person decides,
 * and who decided and when is kept with the version.
 */
export const assessmentSchema = z.object({
  change: z.enum(['editorial', 'substantive']),
  /** The name of the person who assessed it, as they gave it. */
  by: z.string().min(1),
  /** ISO 8601 time. */
  at: z.string(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** What a document's header says about its versions; the versions themselves are stored apart. */
export const versioningSchema = z.object({
  /** The newest adopted version, null when the document was never adopted. */
  latest: z.object({ id: z.string().min(1), number: versionNumberSchema, adoptedAt: z.string() }).nullable(),
  /** Whether a draft of the next version is in work: then the document's content is that draft, and editable. */
  revising: z.boolean(),
  /** The draft's assessment, once someone has made it; a header written before assessments has none. */
  assessment: assessmentSchema.nullable().optional(),
});
export type Versioning = z.infer<typeof versioningSchema>;

