import { z } from 'zod';
import { LABELLED_FIELD_KEYS, type LabelledFieldKey } from './metadata';

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

export const organisationSchema = z.looseObject({
  name: z.string(),
  unit: z.string().default(''),
  logo: logoSchema.nullable().catch(null),
  bodies: z.array(bodySchema).default([]),
  people: z.array(personSchema).default([]),
  metadataLabels: metadataLabelsSchema.default({}),
  updatedAt: z.string().default(''),
});
export type Organisation = z.infer<typeof organisationSchema>;

export function emptyOrganisation(): Organisation {
  return { name: '', unit: '', logo: null, bodies: [], people: [], metadataLabels: {}, updatedAt: '' };
}

/** The usual bodies of a Swedish municipality, offered on first run so that nobody starts from nothing. */
export const DEFAULT_BODIES: readonly Pick<Body, 'name' | 'abbreviation'>[] = [
  { name: 'Kommunfullmäktige', abbreviation: 'KF' },
  { name: 'Kommunstyrelsen', abbreviation: 'KS' },
];
