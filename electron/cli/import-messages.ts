import type { DocxRefusal } from '@shared/import/docx/package';
import type { ImportPlace, ImportWarning } from '@shared/import/docx/warnings';
import { DOCX_LIMITS } from '@shared/import/docx/package';

/** The command line's sentences about a Word import, in Swedish like the rest of its words. */

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export function describeDocxRefusal(refusal: DocxRefusal): string {
  switch (refusal.code) {
    case 'empty':
      return 'filen är tom';
    case 'not-docx':
      return 'filen är inget Word-dokument (.docx); spara den som .docx i Word och försök igen';
    case 'legacy-or-encrypted':
      return 'filen är lösenordsskyddad eller i Words gamla format (.doc); ta bort lösenordet eller spara den som .docx i Word och försök igen';
    case 'truncated':
      return 'filen är skadad eller avkortad och går inte att läsa till slutet';
    case 'too-large':
      return `filen är större än ${megabytes(DOCX_LIMITS.maxFileBytes)}, det största Handbok importerar`;
    case 'zip-bomb':
      return `filen packas upp till mer än ${megabytes(DOCX_LIMITS.maxUnpackedBytes)}, långt mer än något riktigt dokument; den läses inte`;
    case 'too-many-parts':
      return `filen består av fler än ${DOCX_LIMITS.maxParts} delar, långt fler än något riktigt dokument; den läses inte`;
    case 'no-document':
      return 'filen är ett zip-arkiv men inget Word-dokument (den saknar word/document.xml); är det ett kalkylark eller en OpenDocument-fil?';
    case 'too-deep':
      return `filen har tabeller i tabeller djupare än ${DOCX_LIMITS.maxTableDepth} nivåer, djupare än något riktigt dokument; den läses inte`;
  }
}

const WARNINGS: Record<ImportWarning['code'], (warning: ImportWarning) => string> = {
  'tracked-changes': ({ count }) => `filen hade ${count ?? 'flera'} spårade ändringar; de godtogs: infogad text finns med, borttagen text är borta`,
  'comments-left-out': ({ count }) => `${count ?? 'några'} kommentarer togs inte med; de hör inte till dokumentets text`,
  'image-format': ({ detail }) => `en bild i ett format som inte visas i alla program (${detail ?? 'okänt'}) togs inte med; spara den som PNG eller JPEG och lägg in den igen`,
  'image-too-large': ({ detail }) => `en bild${detail ? ` (${detail})` : ''} är större än 5 MB och togs inte med`,
  'image-without-alt': () => 'en bild saknar alternativtext; skriv en, så att den som inte ser bilden vet vad den visar',
  'link-kept-as-text': ({ detail }) => `en länk till ${detail ?? 'en okänd adress'} blev vanlig text (bara webb- och e-postlänkar följer med)`,
  'table-of-contents': () => 'Words innehållsförteckning togs inte med: Handbok gör en ny av rubrikerna',
  'heading-level': ({ detail }) => `rubriken ”${detail ?? ''}” låg på nivå 4 eller djupare och blev nivå 3`,
  'footnote-flattened': ({ detail }) => `fotnoten som börjar ”${detail ?? ''}” hade flera stycken; de blev ett`,
  'object-left-out': ({ count }) => `${count ?? 'några'} ekvationer eller inbäddade objekt (Excel, Visio) går inte att läsa och togs inte med`,
  'reader-message': ({ detail }) => `Word-läsaren: ${detail ?? ''}`,
  'too-deep': () => 'tabeller i tabeller djupare än Handbok tar emot blev text',
};

function describePlace(place: ImportPlace | undefined): string {
  if (!place) return '';
  return place.heading ? ` (stycke ${place.paragraph}, under ”${place.heading}”)` : ` (stycke ${place.paragraph})`;
}

export const describeImportWarning = (warning: ImportWarning): string => `${WARNINGS[warning.code](warning)}${describePlace(warning.place)}`;
