import { z } from 'zod';

// What a document's header holds about its versions; the versions themselves are in versions.ts.

/** 2.1: the major number counts substantive revisions, each with a decision; the minor one editorial revisions. */
export const versionNumberSchema = z.object({ major: z.number().int().nonnegative(), minor: z.number().int().nonnegative() });
export type VersionNumber = z.infer<typeof versionNumberSchema>;

/** What a document's header says about its versions; the versions themselves are stored apart. */
export const versioningSchema = z.object({
  /** The newest adopted version, null when the document was never adopted. */
  latest: z.object({ id: z.string().min(1), number: versionNumberSchema, adoptedAt: z.string() }).nullable(),
  /** Whether a draft of the next version is in work: then the document's content is that draft, and editable. */
  revising: z.boolean(),
});
export type Versioning = z.infer<typeof versioningSchema>;

