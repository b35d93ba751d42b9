import { z } from 'zod';
import { DEFAULT_MEMO_SETTINGS, memoSettingsSchema } from './memo';
import { LABELLED_FIELD_KEYS, type LabelledFieldKey } from './metadata';
import { reviewIntervalsSchema } from './review';

/** A political body that takes decisions: kommunfullmäktige, kommunstyrelsen, a nämnd. */
export const bodySchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  abbreviation: z.string().default(''),
});
export type Body = z.infer<typeof bodySchema>;

/** A person who prepares or signs documents: handläggare, controller, förvaltningschef. */
export const personSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  title: z.string().default(''),
  email: z.string().default(''),
  phone: z.string().default(''),
});
export type Person = z.infer<typeof personSchema>;

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml', 'image/webp'] as const;
/** Large enough for any print logo, small enough to keep the library and its exports light. */
export const LOGO_MAX_BYTES = 1024 * 1024;

export const logoSchema = z.looseObject({
  mimeType: z.enum(LOGO_MIME_TYPES),
  dataUrl: z.string().startsWith('data:image/'),
  fileName: z.string().default(''),
});
export type Logo = z.infer<typeof logoSchema>;

const labelsShape = Object.fromEntries(LABELLED_FIELD_KEYS.map((key) => [key, z.string().optional()])) as Record<
  LabelledFieldKey,
  z.ZodOptional<z.ZodString>
>;

/** The municipality's own words for the metadata fields; an empty label falls back to the default. */
export const metadataLabelsSchema = z.looseObject(labelsShape);
export type MetadataLabels = z.infer<typeof metadataLabelsSchema>;

/**
 * The fonts of exported documents: Windows fonts (Office brings Cambria and Calibri to macOS too),
 * each with an open clone drawn to the same letter widths that comes with Handbok (shared/render/fonts),
 * so that a PDF breaks its lines where the Word file does on Windows. The Word file names the font itself.
 */
export const HOUSE_FONTS = ['Georgia', 'Cambria', 'Times New Roman', 'Arial', 'Calibri'] as const;
export type HouseFont = (typeof HOUSE_FONTS)[number];

/** Choices of earlier versions that have no open clone, and the house font they become (the closest sans). */
const RETIRED_FONTS: Readonly<Record<string, HouseFont>> = { Verdana: 'Arial', 'Trebuchet MS': 'Arial' };

/** A house font as stored: a retired one becomes its successor, anything else unknown the default. */
const houseFont = (fallback: HouseFont) =>
  z.preprocess((value) => (typeof value === 'string' && Object.hasOwn(RETIRED_FONTS, value) ? RETIRED_FONTS[value] : value), z.enum(HOUSE_FONTS)).catch(fallback);

/** The house style of exported documents: fonts, size and heading colour. */
export const houseStyleSchema = z.object({
  bodyFont: houseFont('Georgia'),
  /** In points. */
  bodySize: z.number().min(9).max(14).catch(11),
  headingFont: houseFont('Arial'),
  /** Hex without '#'. */
  headingColor: z.string().regex(/^[0-9A-Fa-f]{6}$/).catch('1F3A5F'),
});
export type HouseStyle = z.infer<typeof houseStyleSchema>;
export const DEFAULT_HOUSE_STYLE: HouseStyle = { bodyFont: 'Georgia', bodySize: 11, headingFont: 'Arial', headingColor: '1F3A5F' };

/** The house style a document is exported in: the organisation's, with an export's own choices over it. */
export const exportHouseStyle = (organisation: { houseStyle?: HouseStyle } | null | undefined, override?: Partial<HouseStyle>): HouseStyle => ({
  ...DEFAULT_HOUSE_STYLE,
  ...organisation?.houseStyle,
  ...override,
});

/**
 * How the municipality's template lays out an exported document (Word and PDF alike): what stands above
 * the title, which metadata rows the first page shows and in what order, whether a decision's date and
 * paragraph share a row ("Beslutad när 2023-04-13 § 64"), whether the registry number also stands at
 * the top, and whether Word is asked to update the fields (the table of contents) whenever it opens the file.
 */
export const DEFAULT_FRONT_PAGE_FIELDS: readonly LabelledFieldKey[] = LABELLED_FIELD_KEYS.filter((key) => key !== 'documentName');

/** Each known field once, in the order given; an unknown one (from a newer Handbok) is dropped, not fatal. */
const frontPageFieldsSchema = z
  .array(z.string())
  .transform((keys) => [...new Set(keys)].filter((key): key is LabelledFieldKey => (LABELLED_FIELD_KEYS as readonly string[]).includes(key)));

export const exportLayoutSchema = z.object({
  /** A word above the title, such as "STYRDOKUMENT"; empty: the document's kind. */
  aboveTitle: z.string().catch(''),
  frontPageFields: frontPageFieldsSchema.catch([...DEFAULT_FRONT_PAGE_FIELDS]),
  dateWithParagraph: z.boolean().catch(false),
  registryNumberAtTop: z.boolean().catch(false),
  updateFieldsInWord: z.boolean().catch(false),
});
export type ExportLayout = z.infer<typeof exportLayoutSchema>;
export const DEFAULT_EXPORT_LAYOUT: ExportLayout = {
  aboveTitle: '',
  frontPageFields: [...DEFAULT_FRONT_PAGE_FIELDS],
  dateWithParagraph: false,
  registryNumberAtTop: false,
  updateFieldsInWord: false,
};

/** The layout a document is exported in: the organisation's, or the default for a library without a profile. */
export const exportLayout = (organisation: { exportLayout?: ExportLayout } | null | undefined): ExportLayout =>
  organisation?.exportLayout ?? DEFAULT_EXPORT_LAYOUT;

export const organisationSchema = z.looseObject({
  name: z.string(),
  unit: z.string().default(''),
  logo: logoSchema.nullable().catch(null),
  bodies: z.array(bodySchema).default([]),
  people: z.array(personSchema).default([]),
  metadataLabels: metadataLabelsSchema.default({}),
  houseStyle: houseStyleSchema.catch(DEFAULT_HOUSE_STYLE).default(DEFAULT_HOUSE_STYLE),
  memoSettings: memoSettingsSchema.catch(DEFAULT_MEMO_SETTINGS).default(DEFAULT_MEMO_SETTINGS),
  exportLayout: exportLayoutSchema.catch(DEFAULT_EXPORT_LAYOUT).default(DEFAULT_EXPORT_LAYOUT),
  /**
   * How often each kind of document is reviewed (shared/model/review.ts), where the organisation does
   * not keep the defaults. Absent in a profile stored before reviews existed, and then left absent.
   */
  reviewIntervals: reviewIntervalsSchema.optional().catch(undefined),
  updatedAt: z.string().default(''),
});
export type Organisation = z.infer<typeof organisationSchema>;

export function emptyOrganisation(): Organisation {
  return { name: '', unit: '', logo: null, bodies: [], people: [], metadataLabels: {}, houseStyle: { ...DEFAULT_HOUSE_STYLE }, memoSettings: structuredClone(DEFAULT_MEMO_SETTINGS), exportLayout: structuredClone(DEFAULT_EXPORT_LAYOUT), updatedAt: '' };
}

/** The usual bodies of a Swedish municipality, offered on first run so that nobody starts from nothing. */
export const DEFAULT_BODIES: readonly Pick<Body, 'name' | 'abbreviation'>[] = [
  { name: 'Kommunfullmäktige', abbreviation: 'KF' },
  { name: 'Kommunstyrelsen', abbreviation: 'KS' },
];
