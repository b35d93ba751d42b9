import type { ArchiveProblem, DocumentRepairs } from '@shared/archive/archive';
import { repairSummary, type ContentRepair } from '@shared/model/bound-content';
import { MAX_CONTENT_DEPTH, MAX_NESTING, MAX_TABLE_COLUMNS } from '@shared/model/content-limits';
import type { DocumentCheck } from '@shared/archive/check';
import type { MemoProblem, RequiredPart } from '@shared/memo/checks';
import { memoPartName, templatePartName } from '@shared/memo/words';
import type { MemoPartKey } from '@shared/model/memo-template';
import type { Organisation } from '@shared/model/organisation';
import type { NormalizeProblem } from '@shared/model/normalize-document';
import { metadataLabel } from '@shared/i18n/document-names';
import { describeMetadataIssue, describeMissingMetadata } from '@shared/render/metadata-messages';
import { PDF_UA_RULES, type PdfUaFailure } from '@shared/render/pdf/check';
import type { RenderWarning } from '@shared/render/warnings';
import { describeArchiveFileProblem } from './file-messages';

/** The command line's words, in Swedish like the rest of Handbok. */

const PROBLEM: Record<NormalizeProblem['code'], (path: string) => string> = {
  'not-an-object': (path) => `${path} är inte ett objekt`,
  missing: (path) => `${path} saknas`,
  'wrong-type': (path) => `${path} har fel typ`,
  'invalid-value': (path) => `${path} har ett ogiltigt värde`,
  'newer-format': () => 'är skapat av en nyare version av Handbok',
  'too-deep': (path) => `innehållet är nästlat djupare än ${MAX_CONTENT_DEPTH} nivåer, vid ${path}; så djupt går inget riktigt dokument, och filen läses inte`,
  'too-nested': (path) => `värdet vid ${path} är nästlat djupare än ${MAX_NESTING} nivåer; så djupt går inget riktigt dokument, och filen läses inte`,
  'too-wide': (path) => `tabellraden ${path} har fler än ${MAX_TABLE_COLUMNS} celler, fler än Word kan visa`,
};

const REPAIR: Record<ContentRepair['code'], (count: number, path: string) => string> = {
  'number-bounded': (count, path) => `${count} tal utanför gränserna (spann, indrag, listnummer, bredd eller höjd) ändrades till närmaste tillåtna värde (först ${path})`,
  'heading-level': (count, path) => `${count} ${count === 1 ? 'rubrik' : 'rubriker'} på en nivå som Handbok inte använder fick den nivå som exporten skriver med, 1–3 (först ${path})`,
  'style-removed': (count, path) => `formatering som kunde dölja text i redigeraren men inte i exporten togs bort på ${count} ${count === 1 ? 'ställe' : 'ställen'} (först ${path})`,
  'value-filled': (count, path) => `${count} ${count === 1 ? 'uppgift som saknades fick ett tomt värde' : 'uppgifter som saknades fick tomma värden'}, till exempel en bildtext (först ${path})`,
  'unsafe-link-removed': (count, path) => `${count} ${count === 1 ? 'länk' : 'länkar'} till en osäker adress (med inloggningsuppgifter, javascript: eller file:) blev vanlig text (först ${path})`,
};

/** One line per document that the gate repaired while reading the archive. */
export function describeDocumentRepairs({ index, title, repairs }: DocumentRepairs): string {
  const what = repairSummary(repairs).map(({ code, count, path }) => REPAIR[code](count, path));
  return `dokument ${index + 1} (”${title}”) lagades vid inläsningen: ${what.join('; ')}`;
}

export function describeNormalizeProblem(problem: NormalizeProblem): string {
  return PROBLEM[problem.code](problem.path || 'värdet');
}

/** One line for each problem of a file that could not be read as an archive. */
export function describeArchiveProblem(problem: ArchiveProblem): string {
  switch (problem.code) {
    case 'not-json': {
      const at = /position (\d+)/.exec(problem.detail)?.[1];
      return `filen är inte giltig JSON${at ? ` (fel vid tecken ${at})` : ''}: den är avkortad, skadad eller inte ett Handbok-arkiv`;
    }
    case 'not-an-archive':
      return 'filen är inte ett Handbok-arkiv (fältet "format" är inte "handbok-archive")';
    case 'newer-format':
      return `arkivet har formatversion ${problem.formatVersion}, som är nyare än den här versionen av Handbok kan läsa`;
    case 'invalid-envelope':
      return `arkivets fält "${problem.path}" saknas eller har fel typ`;
    case 'invalid-organisation':
      return `organisationsprofilen: ${problem.problems.map(describeNormalizeProblem).join('; ')}`;
    case 'invalid-document': {
      const which = `dokument ${problem.index + 1}${problem.title ? ` (”${problem.title}”)` : ''}`;
      return `${which}: ${problem.problems.map(describeNormalizeProblem).join('; ')}`;
    }
    case 'duplicate-id':
      return `dokument ${problem.index + 1} har samma id (${problem.id}) som ett dokument före det`;
    case 'invalid-version':
      return `version ${problem.index + 1} i arkivet kan inte läsas (fältet "${problem.path}")`;
    case 'too-large':
    case 'wrong-encoding':
    case 'not-utf8':
      return describeArchiveFileProblem(problem);
  }
}

const REFERENCE: Record<DocumentCheck['brokenReferences'][number]['problem'], string> = {
  unchosen: 'inget dokument valt',
  missing: 'dokumentet finns inte i arkivet',
  deleted: 'dokumentet ligger i papperskorgen',
  repealed: 'dokumentet är upphävt',
};

/** What is said of a missing fact or part that is not named by the organisation's template. */
const MEMO_PARTS: Partial<Record<RequiredPart, string>> = {
  date: 'datum saknas',
  officer: 'handläggare är inte vald',
  recipient: 'mottagare är inte vald',
  title: 'rubrik saknas',
  remiss: 'remissen saknas: ange vem som har skickat den',
  proposal: 'förslag till beslut saknas',
  signatures: 'ingen skriver under',
};

/** The command line's lines start in lower case after their dash. */
const lowerFirst = (text: string) => `${text.charAt(0).toLocaleLowerCase('sv')}${text.slice(1)}`;

/** A memo's problem before decision, as the command line says it. */
export function describeMemoProblem(problem: MemoProblem, organisation: Organisation | null): string {
  const settings = organisation?.memoSettings;
  switch (problem.code) {
    case 'missing-part':
      // The registry number is the document's metadata, named as the organisation names it.
      if (problem.part === 'registryNumber') return `fyll i ”${metadataLabel('registryNumber', organisation?.metadataLabels ?? {})}”`;
      // A text part by the name the template gives it, renamed or the organisation's own.
      return MEMO_PARTS[problem.part] ?? `${lowerFirst(templatePartName(problem.part as MemoPartKey, settings))} saknas`;
    case 'missing-assessment':
      return `${memoPartName(problem.assessment, settings)} är inte ifylld`;
    case 'incomplete-point':
      return `beslutspunkt ${problem.point} (förslag ${problem.group}) ${problem.reason === 'no-body' ? 'säger inte vilket organ som beslutar' : 'är inte en hel mening'}`;
    case 'summary-needed':
      return `ärendebeskrivningen är lång (${problem.words} ord) men sammanfattning saknas`;
  }
}

/** One PDF/UA failure as a line: the rule's number, the page, what the rule asks and what was found. */
export function describePdfUaFailure(failure: PdfUaFailure): string {
  const rule = PDF_UA_RULES[failure.rule];
  const matterhorn = rule.matterhorn ? ` (Matterhorn ${rule.matterhorn})` : '';
  const page = failure.page === undefined ? '' : ` sida ${failure.page}`;
  const times = failure.count > 1 ? ` (${failure.count} gånger)` : '';
  return `${failure.rule}${matterhorn}${page}: ${rule.title} – ${failure.detail}${times}`;
}

/** Each problem `check` found in a document, as a line; metadata under the organisation's labels. */
export function describeCheck(check: DocumentCheck, organisation: Organisation | null): string[] {
  const labels = organisation?.metadataLabels ?? {};
  return [
    ...check.missingMetadata.map((field) => describeMissingMetadata(field, check.status, labels)),
    ...check.invalidMetadata.map((issue) => describeMetadataIssue(issue, labels)),
    ...check.emptyRequiredFields.map(
      (empty) =>
        `block ${empty.parent ? `${empty.parent.block} ${empty.parent.ordinal}, ` : ''}${empty.block} ${empty.ordinal}: fältet ”${empty.field}” är tomt`,
    ),
    ...check.imagesWithoutAlt.map((ordinal) => `bild ${ordinal} saknar alternativtext`),
    ...check.brokenReferences.map(({ ordinal, problem }) => `hänvisning ${ordinal}: ${REFERENCE[problem]}`),
    ...check.memoProblems.map((problem) => `tjänsteskrivelsen: ${describeMemoProblem(problem, organisation)}`),
  ];
}

const RENDER_WARNING: Record<RenderWarning['code'], string> = {
  'unknown-node': 'innehåll av en typ som exporten inte känner till skrevs som text',
  'unreadable-image': 'en bild gick inte att läsa och kom inte med',
  'image-without-alt': 'en bild saknar alternativtext',
  'xml-illegal-characters': 'tecken som inte får stå i en Word-fil (styrtecken o.d.) byttes mot � – första stället',
};

export function describeRenderWarning(warning: RenderWarning): string {
  return `${RENDER_WARNING[warning.code]} (${warning.detail})`;
}

export const USAGE = `Användning: handbok <kommando> [flaggor]

  sample -o FIL [--pages N]   skriv exempelbiblioteket, eller en syntetisk handbok på ungefär N sidor, som arkiv
  list FIL                    en rad per dokument: id, typ, status, titel
  export FIL [--doc ID-ELLER-TITEL | --kind TYP] --format docx|pdf|html [--with-attachments]
         [--changes-against VERSION] -o UT
                              exportera ett dokument till Word, till tillgänglig PDF (kräver
                              Chromium) eller till en HTML-sida för utskrift (utan val: arkivets handbok);
                              --kind tjansteskrivelse ger tjänsteskrivelsen i sin egen layout, och med
                              --with-attachments (PDF) ärendepaketet: tjänsteskrivelsen med bilagorna;
                              med --changes-against VERSION (en antagen version, t.ex. 2.1) visar
                              exporten ändringarna mot den versionen: Word med spårade ändringar,
                              PDF och HTML som jämförelseversion
  import FIL -o ARKIV [--keep-both | --replace]
                              lägg till arkivets dokument i ARKIV (som skapas om det saknas); en fil
                              som inte kan läsas ändrar ingenting, och dokument som ARKIV redan har
                              läggs till som kopior (--keep-both) eller ersätter dem (--replace)
  import-docx FIL.docx… -o ARKIV [--kind TYP] [--no-blocks] [--json]
                              läs Word-dokument till nya dokument i ARKIV (som skapas om det saknas):
                              metadatatabellen blir dokumentets uppgifter och strukturen föreslagna
                              block (--no-blocks: bara text); det som inte gick att ta med skrivs ut
  diff A B [--doc ID-ELLER-TITEL] [--json]
  diff FIL --from VERSION [--to VERSION] [--doc ID-ELLER-TITEL] [--json]
                              jämför ett dokument mellan två arkiv, eller två av dess antagna versioner
                              (utan --to: med dess nuvarande text): block för block och ord för ord, med
                              förslag på om ändringen är redaktionell eller saklig
  search FIL SÖKORD… [--kind TYP] [--status STATUS] [--all] [--json]
                              sök i dokumentens text som appen gör (böjningsformer, sammansatta ord,
                              början av ord, ett stavfel): dokument med typ, status och de stycken som
                              träffar; --kind och --status kan upprepas, --all tar med upphävda
                              dokument och papperskorgen
  check FIL [--json]          granska arkivet: format, uppgifter, block, bilder, hänvisningar, tjänsteskrivelser, läsbarhet (LIX)
  check --pdf FIL.pdf [--json]
                              granska en PDF mot de regler i PDF/UA-1 som kan kontrolleras maskinellt;
                              varje fel med regelnummer (ISO 14289-1 som veraPDF numrerar, Matterhorn) och sida
  serve --data MAPP [--port N] [--host ADRESS]
                              kör servern för ett delat bibliotek (förval: port 8470 på 127.0.0.1, bakom
                              kommunens omvända proxy med TLS); dokumenten, användarna och de dagliga
                              säkerhetskopiorna sparas i MAPP; stoppas med Ctrl-C eller SIGTERM
  serve users add NAMN --role reader|editor|administrator --data MAPP
                              lägg till en användare; nyckeln att logga in med skrivs ut en enda gång
  serve users revoke NAMN --data MAPP
                              dra in en användares nyckel (öppna anslutningar stängs)
  serve users role NAMN --document ID --role ROLL|library --data MAPP
                              ge en användare en egen roll i ett dokument (library: bibliotekets roll igen)
  serve users list --data MAPP
  serve backup --data MAPP    skriv en säkerhetskopia av hela det delade biblioteket nu

Slutkoder: 0 allt i ordning, 1 problem hittades eller filen gick inte att läsa, 2 fel användning.`;
