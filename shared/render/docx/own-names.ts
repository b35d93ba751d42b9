import { isTopLevelBlockType, type TopLevelBlockType } from '../../model/blocks';

/*
 * The names Handbok writes into its own Word files and the import reads back: its styles and its
 * bookmarks. Kept apart from the writing (styles.ts, block-marks.ts), which needs the docx library:
 * the import and the app's start do not.
 */

/**
 * The names of Handbok's own styles, as Word lists them. The import reads a file Handbok wrote back
 * into its blocks by these names (shared/import/recognise/own-files.ts).
 */
export const OWN_STYLE_NAMES = {
  ContentsHeading: 'Handbok – innehållsrubrik',
  BlockTitle: 'Handbok – blockrubrik',
  StepTitle: 'Handbok – steg',
  FieldLabel: 'Handbok – fältrubrik',
  Lead: 'Handbok – ingress',
  RoleLead: 'Handbok – roll och ingress',
  GoalDetail: 'Handbok – indikator',
  Source: 'Handbok – källa',
  TableHeading: 'Handbok – tabellrubrik',
  DocumentStatus: 'Handbok – dokumentstatus',
  StatusMark: 'Handbok – statusmarkering',
  RegistryTop: 'Handbok – diarienummer överst',
  MetadataLabel: 'Handbok – metadata',
  MetadataValue: 'Handbok – metadatavärde',
  RoleName: 'Handbok – rollnamn',
} as const;

/** Word's bookmark names are letters, digits and "_", at most 40 characters: the type in camel case. */
const wordNameOf = (type: TopLevelBlockType) => type.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const BLOCK_MARK = /^_HbBlock(\d+)_([A-Za-z]+)$/;
const END_MARK = /^_HbEnd(\d+)$/;
const LIST_MARK = /^_HbList\d+$/;

/** The bookmark spanning a block (`sequence` numbers the blocks of one file), and the one marking its end. */
export const blockMarkName = (type: TopLevelBlockType, sequence: number) => `_HbBlock${sequence}_${wordNameOf(type)}`;
export const endMarkName = (sequence: number) => `_HbEnd${sequence}`;
/** The bookmark in the first paragraph of a list; `instance`: the list's numbering instance, unique in the file. */
export const listMarkName = (instance: number) => `_HbList${instance}`;

export type BlockMark = { kind: 'start'; sequence: number; type: TopLevelBlockType } | { kind: 'end'; sequence: number };

/** What a bookmark's name says about a block, or null for any other bookmark. */
export function readBlockMark(name: string): BlockMark | null {
  const end = END_MARK.exec(name);
  if (end) return { kind: 'end', sequence: Number(end[1]) };
  const start = BLOCK_MARK.exec(name);
  if (!start) return null;
  const type = start[2]!.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return isTopLevelBlockType(type) ? { kind: 'start', sequence: Number(start[1]), type } : null;
}

export const isListStartMark = (name: string): boolean => LIST_MARK.test(name);
