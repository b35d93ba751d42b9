import { basename, dirname, join } from 'node:path';
import type { ArchiveFileProblem } from '@shared/archive/archive';
import { ARCHIVE_MAX_SIZE_TEXT } from '@shared/archive/archive-file';
import type { FileProblem } from '@shared/file-problem';

/** The command line's sentences for files it cannot read or write: what happened, and what to do. */

const NOTHING_WRITTEN = 'Inget har skrivits.';

/** Why `path` could not be read. `limit` is the size the file was read against ("150 MB"). */
export function describeReadProblem(problem: FileProblem, path: string, limit: string): string {
  switch (problem) {
    case 'not-found':
    case 'folder-missing':
      return `filen ${path} finns inte.`;
    case 'is-folder':
      return `${path} är en mapp, inte en fil: ange arkivfilen i mappen.`;
    case 'no-permission':
      return `du har inte behörighet att läsa ${path}: be den som äger filen om läsrätt, eller kopiera den till en egen mapp.`;
    case 'busy':
      return `${path} används av ett annat program: stäng det och försök igen.`;
    case 'too-large':
      return limit === ARCHIVE_MAX_SIZE_TEXT
        ? `${path} är större än ${limit}, det största arkiv Handbok läser. Ett arkiv som Handbok har skrivit är aldrig så stort: kontrollera att det är rätt fil.`
        : `${path} är större än ${limit}, det största Handbok läser.`;
    case 'name-too-long':
      return `sökvägen ${path} är för lång: flytta filen till en mapp närmare roten.`;
    case 'disk-full':
    case 'read-only':
      return `${path} gick inte att läsa: enheten svarar inte som den ska. Kopiera filen till en annan enhet och försök igen.`;
  }
}

/** Why `path` could not be written; the atomic write leaves whatever was there untouched. */
export function describeWriteProblem(problem: FileProblem, path: string): string {
  const folder = dirname(path);
  switch (problem) {
    case 'folder-missing':
    case 'not-found':
      return `mappen ${folder} finns inte: skapa den först, eller välj en annan mapp för ${basename(path)}. ${NOTHING_WRITTEN}`;
    case 'is-folder':
      return `${path} är en mapp: ange ett filnamn, till exempel ${join(path, 'handbok.handbok')}. ${NOTHING_WRITTEN}`;
    case 'no-permission':
      // The atomic write makes a temporary file beside the target: the folder must allow it.
      return `du har inte behörighet att skriva ${path}: Handbok skriver först en tillfällig fil i mappen ${folder}, och mappen behöver tillåta det. Välj en annan mapp, eller stäng programmet som har filen öppen. ${NOTHING_WRITTEN}`;
    case 'busy':
      return `${path} används av ett annat program: stäng det och försök igen. ${NOTHING_WRITTEN}`;
    case 'disk-full':
      return `disken är full, så ${path} skrevs inte (en fil som redan fanns där är orörd). Frigör utrymme och försök igen.`;
    case 'read-only':
      return `${folder} ligger på en skrivskyddad enhet: välj en annan mapp. ${NOTHING_WRITTEN}`;
    case 'name-too-long':
      return `sökvägen ${path} är för lång: välj ett kortare filnamn eller en mapp närmare roten. ${NOTHING_WRITTEN}`;
    case 'too-large':
      return `${path} blir större än filsystemet tillåter: välj en annan enhet. ${NOTHING_WRITTEN}`;
  }
}

const BYTE_ORDER: Record<Extract<ArchiveFileProblem, { code: 'wrong-encoding' }>['encoding'], string> = {
  'UTF-16LE': 'UTF-16 (little-endian)',
  'UTF-16BE': 'UTF-16 (big-endian)',
  'UTF-32LE': 'UTF-32 (little-endian)',
  'UTF-32BE': 'UTF-32 (big-endian)',
};

/** What is wrong with the bytes of an archive before they are text. */
export function describeArchiveFileProblem(problem: ArchiveFileProblem): string {
  switch (problem.code) {
    case 'too-large':
      return `filen är större än ${ARCHIVE_MAX_SIZE_TEXT}, det största arkiv Handbok läser`;
    case 'wrong-encoding':
      return `filen är sparad som ${BYTE_ORDER[problem.encoding]}, men ett Handbok-arkiv ska vara UTF-8: spara den som UTF-8 (till exempel med ”Spara som” och kodningen UTF-8) och försök igen`;
    case 'not-utf8':
      return `filen är inte giltig UTF-8 (fel vid byte ${problem.offset}): den är skadad, eller sparad i en annan teckenkodning som Windows-1252; spara den som UTF-8 och försök igen`;
  }
}
