import { z } from 'zod';
import { memoTextSchema } from './memo-text';
import { memoAttachmentSchema, upgradeMemoAttachments } from './memo-attachment';
import { memoTemplateSchema } from './memo-template';

/** What a tjänsteskrivelse brings to decision about a governing document. */
export const MEMO_MATTERS = ['anta', 'revidera', 'upphava', 'remissvar'] as const;
export type MemoMatter = (typeof MEMO_MATTERS)[number];

/** The impact assessments a municipality may require; which ones is an organisation setting. */
export const MEMO_ASSESSMENTS = ['ekonomi', 'barn', 'jamstalldhet', 'miljo'] as const;
export type MemoAssessment = (typeof MEMO_ASSESSMENTS)[number];

/** The text parts of the memo's fixed skeleton, in order; each can be renamed by the organisation. */
export const MEMO_TEXT_PARTS = ['summary', 'description', 'opinion'] as const;
export type MemoTextPart = (typeof MEMO_TEXT_PARTS)[number];

/** Every part of the skeleton, in the order the memo is written and exported. */
export const MEMO_PARTS = ['header', 'title', ...MEMO_TEXT_PARTS, 'assessments', 'proposal', 'sendTo', 'signatures', 'attachments'] as const;
export type MemoPart = (typeof MEMO_PARTS)[number];

/** Decision points proposed to one body ("Förslag till beslut i kommunstyrelsen"). */
export const decisionGroupSchema = z.looseObject({
  id: z.string().min(1),
  /** The body the points are proposed to, by its name as the organisation writes it. */
  body: z.string().default(''),
  points: z.array(z.string()).default([]),
});
export type DecisionGroup = z.infer<typeof decisionGroupSchema>;

/** The remiss a remissvar answers: who sent it, under which of their registry numbers, and by when the answer is due. */
export const remissSchema = z.looseObject({
  from: z.string().catch('').default(''),
  registryNumber: z.string().catch('').default(''),
  answerBy: z.string().catch('').default(''),
});
export type Remiss = z.infer<typeof remissSchema>;
export const EMPTY_REMISS: Remiss = { from: '', registryNumber: '', answerBy: '' };

/**
 * The memo's own parts beside its title: the header (date, handläggare, registry number in the
 * document's metadata, recipient), the text parts, the assessments, the proposal, who gets the
 * decision, who signs and what is attached. People and bodies are the organisation's, by id; the
 * governing document it is about is a document of the library, by id; the bilagor are of three kinds.
 */
export const memoSchema = z.preprocess(upgradeMemoAttachments, z.looseObject({
  matter: z.enum(MEMO_MATTERS).catch('anta'),
  /** The governing document the memo is about; it lists the memo in turn. */
  subjectId: z.string().default(''),
  date: z.string().default(''),
  officerId: z.string().default(''),
  recipientId: z.string().default(''),
  summary: memoTextSchema,
  description: memoTextSchema,
  opinion: memoTextSchema,
  /** The text of each assessment the memo carries. */
  assessments: z.partialRecord(z.enum(MEMO_ASSESSMENTS), memoTextSchema).default({}),
  proposal: z.array(decisionGroupSchema).default([]),
  sendTo: z.array(z.string()).default([]),
  signatoryIds: z.array(z.string()).default([]),
  /** The bilagor in order (memo-attachment.ts); a memo stored with `attachmentIds` is upgraded on reading. */
  attachments: z.array(memoAttachmentSchema).default([]),
  /** The texts of the organisation's own parts (its template's), by the part's id. */
  ownParts: z.record(z.string(), memoTextSchema).catch({}).default({}),
  /** For a remissvar: the remiss it answers. */
  remiss: remissSchema.catch(EMPTY_REMISS).default(EMPTY_REMISS),
}));
export type Memo = z.infer<typeof memoSchema>;

/**
 * The organisation's memo settings: which assessments its memos carry, its own names for the parts,
 * its template (absent in a profile stored before templates: the layout of that time, see
 * memoTemplate()) and the standard decision points it accepts as they are ("Omedelbar justering";
 * absent: DEFAULT_STANDARD_POINTS).
 */
export const memoSettingsSchema = z.looseObject({
  assessments: z.array(z.enum(MEMO_ASSESSMENTS)).catch(['ekonomi']).default(['ekonomi']),
  partNames: z.partialRecord(z.enum([...MEMO_TEXT_PARTS, ...MEMO_ASSESSMENTS, 'proposal', 'sendTo', 'attachments']), z.string()).catch({}).default({}),
  template: memoTemplateSchema.optional().catch(undefined),
  standardPoints: z.array(z.string()).optional().catch(undefined),
});
export type MemoSettings = z.infer<typeof memoSettingsSchema>;
export type MemoPartName = keyof MemoSettings['partNames'];
export const DEFAULT_MEMO_SETTINGS: MemoSettings = { assessments: ['ekonomi'], partNames: {} };

/** True for a tjänsteskrivelse that has its memo parts (one made before them is an ordinary document). */
export function hasMemo<T extends { kind: string; memo?: Memo }>(document: T): document is T & { memo: Memo } {
  return document.kind === 'tjansteskrivelse' && document.memo !== undefined;
}
