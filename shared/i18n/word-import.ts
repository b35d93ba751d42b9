import type { DocxLimits, DocxRefusal } from '../import/docx/package';
import { DOCX_LIMITS } from '../import/docx/package';
import type { ImportPlace, ImportWarning } from '../import/docx/warnings';
import type { Locale } from './locales';

/**
 * The sentences of a Word import: why a file was refused and what could not be taken in as it was.
 * The import review and the command line say them alike, so they live here without React, as the
 * menu's words do. Each sentence starts in lower case: the caller puts the file's name before it.
 */

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The reader's refusals, and the Worker's time limit (the reader cannot time itself). */
type RefusalCode = DocxRefusal['code'] | 'too-slow';
type Refusals = Record<RefusalCode, (limits: DocxLimits) => string>;
type Warnings = Record<ImportWarning['code'], (warning: ImportWarning) => string>;

const refusals: Record<Locale, Refusals> = {
  sv: {
    empty: () => 'filen är tom',
    'not-docx': () => 'filen är inget Word-dokument (.docx); spara den som .docx i Word och försök igen',
    'legacy-or-encrypted': () =>
      'filen är lösenordsskyddad eller i Words gamla format (.doc); ta bort lösenordet eller spara den som .docx i Word och försök igen',
    truncated: () => 'filen är skadad eller avkortad och går inte att läsa till slutet',
    'too-large': (limits) => `filen är större än ${megabytes(limits.maxFileBytes)}, det största Handbok importerar`,
    'zip-bomb': (limits) => `filen packas upp till mer än ${megabytes(limits.maxUnpackedBytes)}, långt mer än något riktigt dokument; den läses inte`,
    'too-many-parts': (limits) => `filen består av fler än ${limits.maxParts} delar, långt fler än något riktigt dokument; den läses inte`,
    'no-document': () => 'filen är ett zip-arkiv men inget Word-dokument (den saknar word/document.xml); är det ett kalkylark eller en OpenDocument-fil?',
    'too-deep': (limits) => `filen har tabeller i tabeller djupare än ${limits.maxTableDepth} nivåer, djupare än något riktigt dokument; den läses inte`,
    'too-slow': () => 'läsningen tog för lång tid och avbröts; dela upp dokumentet i Word och försök igen',
  },
  en: {
    empty: () => 'the file is empty',
    'not-docx': () => 'the file is not a Word document (.docx); save it as .docx in Word and try again',
    'legacy-or-encrypted': () =>
      'the file is password-protected or in Word’s old format (.doc); remove the password or save it as .docx in Word and try again',
    truncated: () => 'the file is damaged or cut short and cannot be read to its end',
    'too-large': (limits) => `the file is larger than ${megabytes(limits.maxFileBytes)}, the largest Handbok imports`,
    'zip-bomb': (limits) => `the file unpacks to more than ${megabytes(limits.maxUnpackedBytes)}, far more than any real document; it is not read`,
    'too-many-parts': (limits) => `the file has more than ${limits.maxParts} parts, far more than any real document; it is not read`,
    'no-document': () => 'the file is a zip archive but not a Word document (it has no word/document.xml); is it a spreadsheet or an OpenDocument file?',
    'too-deep': (limits) => `the file nests tables more than ${limits.maxTableDepth} levels deep, deeper than any real document; it is not read`,
    'too-slow': () => 'reading took too long and was stopped; split the document in Word and try again',
  },
};

const warnings: Record<Locale, Warnings> = {
  sv: {
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
  },
  en: {
    'tracked-changes': ({ count }) => `the file had ${count ?? 'several'} tracked changes; they were accepted: inserted text is in, deleted text is gone`,
    'comments-left-out': ({ count }) => `${count ?? 'some'} comments were left out; they are not part of the document’s text`,
    'image-format': ({ detail }) => `an image in a format not every program shows (${detail ?? 'unknown'}) was left out; save it as PNG or JPEG and insert it again`,
    'image-too-large': ({ detail }) => `an image${detail ? ` (${detail})` : ''} is larger than 5 MB and was left out`,
    'image-without-alt': () => 'an image has no alt text; write one, so that someone who cannot see the image knows what it shows',
    'link-kept-as-text': ({ detail }) => `a link to ${detail ?? 'an unknown address'} became plain text (only web and e-mail links are kept)`,
    'table-of-contents': () => 'Word’s table of contents was left out: Handbok makes a new one from the headings',
    'heading-level': ({ detail }) => `the heading “${detail ?? ''}” was at level 4 or deeper and became level 3`,
    'footnote-flattened': ({ detail }) => `the footnote starting “${detail ?? ''}” had several paragraphs; they became one`,
    'object-left-out': ({ count }) => `${count ?? 'some'} equations or embedded objects (Excel, Visio) cannot be read and were left out`,
    'reader-message': ({ detail }) => `the Word reader: ${detail ?? ''}`,
    'too-deep': () => 'tables nested deeper than Handbok takes became text',
  },
};

function describePlace(place: ImportPlace | undefined, locale: Locale): string {
  if (!place) return '';
  if (locale === 'en') return place.heading ? ` (paragraph ${place.paragraph}, under “${place.heading}”)` : ` (paragraph ${place.paragraph})`;
  return place.heading ? ` (stycke ${place.paragraph}, under ”${place.heading}”)` : ` (stycke ${place.paragraph})`;
}

/** Why a file was not imported, or that reading it took too long (the Worker's time limit). */
export function describeDocxRefusal(refusal: { code: RefusalCode }, locale: Locale, limits: DocxLimits = DOCX_LIMITS): string {
  return refusals[locale][refusal.code](limits);
}

export function describeImportWarning(warning: ImportWarning, locale: Locale): string {
  return `${warnings[locale][warning.code](warning)}${describePlace(warning.place, locale)}`;
}
