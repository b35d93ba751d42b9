import { checkArchive, problemCount } from '@shared/archive/check';
import { createArchive, serializeArchive, type HandbokArchive } from '@shared/archive/archive';
import { ARCHIVE_MAX_BYTES, ARCHIVE_MAX_SIZE_TEXT, archiveTooLarge, readArchiveFile } from '@shared/archive/archive-file';
import { SAVE_FILE_MAX_BYTES } from '@shared/ipc';
import { mergeArchives } from '@shared/archive/merge';
import { documentFromSeed, documentsFromSeeds, type HandbokDocument } from '@shared/model/document';
import { normalizeDocument } from '@shared/model/normalize-document';
import { DOCX_LIMITS } from '@shared/import/docx/package';
import { readDocx } from '@shared/import/docx/read-docx';
import type { ImportWarning } from '@shared/import/docx/warnings';
import { importedSeed, proposeImport } from '@shared/import/propose';
import { metadataLabel } from '@shared/i18n/document-names';
import type { LabelledFieldKey } from '@shared/model/metadata';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentKind } from '@shared/model/kinds';
import { hasMemo, type Memo } from '@shared/model/memo';
import { MissingBilagaError, resolveCaseFileBilagor, type ResolvedBilagor } from '@shared/render/memo/case-file-bilagor';
import { exportCaseFilePdf, exportDocx, exportHtml, exportPdf, wordNeedsPrinting, type ChangesAgainst } from '@shared/render/export';
import { embeddedFontCss } from '@shared/render/fonts';
import type { PdfStage } from '@shared/render/pdf';
import { exportHouseStyle, type Organisation } from '@shared/model/organisation';
import type { RenderWarning } from '@shared/render/warnings';
import { syntheticHandbook } from '@shared/model/synthetic-handbook';
import { sampleLibrary } from '@resources/samples/sample-library';
import { sampleOrganisation } from '@resources/samples/sample-organisation';
import { PDF_UA_RULES } from '@shared/render/pdf/check';
import { describeArchiveProblem, describeCheck, describeDocumentRepairs, describeNormalizeProblem, describePdfUaFailure, describeRenderWarning, USAGE } from './messages';
import { nodeFontSource } from '../node/font-files';
import { checkPdfInNode, type ChromiumPdfTools } from './pdf-tools';
import { fileProblemOf } from '../node/file-errors';
import { describeReadProblem, describeWriteProblem } from './file-messages';
import { column, terminalLine } from './terminal';
import { describeDocxRefusal, describeImportWarning } from '@shared/i18n/word-import';
import { describeDiff, diffSide, type DiffSide } from './diff';
import { archiveSearchIndex, describeSearch, isDocumentStatus, isKind } from './search';
import { CliError, EXIT, options, UsageError } from './command-line';
import { serve, type ServeIo } from './serve';

const isDocumentKind = (value: string): value is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(value);

/** What the command line reads, writes and prints; the tests give their own. */
export interface CliIo extends ServeIo {
  /** The file's bytes; a file over `maxBytes` is refused (EFBIG) without reading it whole. */
  readBytes(path: string, maxBytes: number): Promise<Uint8Array>;
  exists(path: string): Promise<boolean>;
  /** Writes the whole file or nothing: a failure half-way leaves the file as it was. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  newId(): string;
  /** Starts Chromium for a PDF export; closed again when the export is done. */
  openPdfTools(): Promise<ChromiumPdfTools>;
}


const systemErrorText = (error: unknown) => (error as { code?: unknown }).code ?? (error instanceof Error ? error.message : String(error));

/** The bytes of a file the user named, at most `maxBytes`, or a sentence saying why not and what to do. */
async function readInput(io: CliIo, path: string, maxBytes: number, limit: string): Promise<Uint8Array> {
  try {
    return await io.readBytes(path, maxBytes);
  } catch (error) {
    const problem = fileProblemOf(error, 'read');
    throw new CliError(problem ? describeReadProblem(problem, path, limit) : `filen ${path} gick inte att läsa (${systemErrorText(error)}).`);
  }
}

/** Writes a file the user named, whole or not at all, or says why not and what to do. */
async function writeOutput(io: CliIo, path: string, data: string | Uint8Array): Promise<void> {
  try {
    await io.writeFile(path, data);
  } catch (error) {
    const problem = fileProblemOf(error, 'write');
    throw new CliError(problem ? describeWriteProblem(problem, path) : `${path} gick inte att skriva (${systemErrorText(error)}). Inget har skrivits.`);
  }
}

/** Writes an archive, unless it is larger than Handbok would read back. */
async function writeArchive(io: CliIo, path: string, archive: HandbokArchive): Promise<void> {
  const text = serializeArchive(archive);
  if (archiveTooLarge(new TextEncoder().encode(text).byteLength)) {
    throw new CliError(`arkivet skulle bli större än ${ARCHIVE_MAX_SIZE_TEXT}, det största Handbok läser, så ${path} skrevs inte. Dela upp dokumenten på flera arkiv.`);
  }
  await writeOutput(io, path, text);
}

async function loadArchive(io: CliIo, path: string | undefined): Promise<HandbokArchive> {
  if (!path) throw new UsageError('ange arkivfilen');
  const bytes = await readInput(io, path, ARCHIVE_MAX_BYTES, ARCHIVE_MAX_SIZE_TEXT);
  const result = readArchiveFile(bytes);
  if (!result.ok) throw new CliError(`${path}: ${result.problems.map(describeArchiveProblem).join('; ')}`);
  // On stderr, so that what a command prints for programs (list, check --json) stays as it was.
  for (const repaired of result.repairs) io.err(`${path}: ${describeDocumentRepairs(repaired)}`);
  return result.archive;
}

async function sample(io: CliIo, args: string[]): Promise<number> {
  const { values } = options(args, { output: { type: 'string', short: 'o' }, pages: { type: 'string' } });
  if (!values.output) throw new UsageError('ange utfilen med -o FIL');
  const pages = values.pages === undefined ? null : Number(values.pages);
  if (pages !== null && !(Number.isInteger(pages) && pages >= 1 && pages <= 5000)) throw new UsageError('--pages ska vara ett heltal från 1 till 5000');
  const timestamp = io.now().toISOString();
  const seeds = pages === null ? sampleLibrary : [syntheticHandbook(pages)];
  const documents = documentsFromSeeds(seeds, timestamp, io.newId);
  await writeArchive(io, String(values.output), createArchive(sampleOrganisation, documents, timestamp));
  io.out(`Skrev ${documents.length} dokument till ${values.output}`);
  return EXIT.ok;
}

async function list(io: CliIo, args: string[]): Promise<number> {
  const { positionals } = options(args, {});
  const archive = await loadArchive(io, positionals[0]);
  for (const document of archive.documents) io.out([document.id, document.kind, document.status, document.title].map(column).join('\t'));
  return EXIT.ok;
}

async function check(io: CliIo, args: string[]): Promise<number> {
  const { positionals, values } = options(args, { json: { type: 'boolean' }, pdf: { type: 'string' } });
  if (values.pdf !== undefined) return checkPdf(io, String(values.pdf), values.json === true);
  const archive = await loadArchive(io, positionals[0]);
  const checks = checkArchive(archive);
  const problems = checks.reduce((sum, result) => sum + problemCount(result), 0);
  if (values.json) {
    printLines(io, JSON.stringify({ ok: problems === 0, problems, documents: checks }, null, 2));
  } else {
    for (const result of checks) {
      const lix = result.lix ? `LIX ${Math.round(result.lix.value)}` : 'LIX –';
      io.out(`${result.title} (${result.id}): ${lix}`);
      for (const line of describeCheck(result, archive.organisation)) io.out(`  – ${line}`);
    }
    io.out(problems === 0 ? 'Inga problem.' : `${problems} problem.`);
  }
  return problems === 0 ? EXIT.ok : EXIT.problems;
}

/** `check --pdf FILE`: the machine-checkable rules of PDF/UA-1, each failure by rule and page. */
async function checkPdf(io: CliIo, path: string, json: boolean): Promise<number> {
  // A PDF Handbok wrote is at most what its save dialog writes.
  const bytes = await readInput(io, path, SAVE_FILE_MAX_BYTES, `${SAVE_FILE_MAX_BYTES / (1024 * 1024)} MB`);
  const failures = await checkPdfInNode(bytes).catch(() => {
    throw new CliError(`${path} går inte att läsa som PDF: filen är skadad, krypterad eller ingen PDF`);
  });
  if (json) printLines(io, JSON.stringify({ ok: failures.length === 0, rules: Object.keys(PDF_UA_RULES), failures }, null, 2));
  else {
    for (const line of failures.map(describePdfUaFailure)) io.out(line);
    io.out(
      failures.length === 0
        ? `PDF/UA-1: ${path} klarar alla ${Object.keys(PDF_UA_RULES).length} regler som kontrolleras maskinellt (läsordning, alternativtexternas innehåll och kontrast granskas av en människa).`
        : `PDF/UA-1: ${failures.length} fel.`,
    );
  }
  return failures.length === 0 ? EXIT.ok : EXIT.problems;
}

/** One line per document, as `list` writes them, to choose among. */
const candidateLines = (documents: readonly HandbokDocument[]) => documents.map((document) => `  ${[document.id, document.kind, document.status, document.title].map(column).join('\t')}`);

/**
 * The document an export is about: by id or title (--doc), by kind (--kind), both together, or else
 * the only document or the only handbook. It never guesses: a choice that fits several documents is
 * refused with the candidates listed, so that a script exports what its author meant or nothing.
 */
function chooseDocument(archive: HandbokArchive, values: { doc?: string; kind?: string }): HandbokDocument {
  const { kind, doc } = values;
  if (kind !== undefined && !isDocumentKind(kind)) throw new UsageError(`okänd dokumenttyp ”${kind}” (${DOCUMENT_KINDS.join(', ')})`);
  const live = archive.documents.filter((document) => document.deletedAt === null);
  if (doc !== undefined) {
    // An id names one document, in the trash or not; a title may be shared.
    const byId = archive.documents.find((document) => document.id === doc);
    const wanted = doc.toLocaleLowerCase('sv');
    const found = byId ? [byId] : live.filter((document) => document.title.toLocaleLowerCase('sv') === wanted);
    if (found.length === 0) throw new CliError(`arkivet har inget dokument med id eller titel ”${doc}”`);
    const ofKind = kind === undefined ? found : found.filter((document) => document.kind === kind);
    if (ofKind.length === 0) throw new CliError(found.length === 1 ? `”${doc}” är av typen ${found[0]!.kind}, inte ${kind}` : `inget av dokumenten som heter ”${doc}” är av typen ${kind}`);
    if (ofKind.length > 1) throw new CliError(`${ofKind.length} dokument heter ”${doc}”; välj ett med --doc ID:`, candidateLines(ofKind));
    return ofKind[0]!;
  }
  if (kind !== undefined) {
    const found = live.filter((document) => document.kind === kind);
    if (found.length === 0) throw new CliError(`arkivet har inget dokument av typen ${kind}`);
    if (found.length > 1) throw new CliError(`${found.length} dokument är av typen ${kind}; välj ett med --doc ID:`, candidateLines(found));
    return found[0]!;
  }
  // Without a choice: the only document, else the only handbook (what Handbok is for).
  if (live.length === 0) throw new CliError('arkivet har inga dokument att exportera');
  if (live.length === 1) return live[0]!;
  const handbooks = live.filter((document) => document.kind === 'handbok');
  if (handbooks.length === 1) return handbooks[0]!;
  throw new CliError(`arkivet har ${live.length} dokument${handbooks.length ? ` och ${handbooks.length} handböcker` : ' och ingen handbok'}; välj ett med --doc ID eller --kind TYP:`, candidateLines(handbooks.length ? handbooks : live));
}

const EXPORT_FORMATS = ['docx', 'pdf', 'html'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];
const isExportFormat = (value: string | undefined): value is ExportFormat => (EXPORT_FORMATS as readonly (string | undefined)[]).includes(value);

/** A memo's bilagor from the archive and the memo's own files; one that is not there is named. */
async function bilagorOf(memo: HandbokDocument & { memo: Memo }, byId: ReadonlyMap<string, HandbokDocument>, organisation: Organisation | null): Promise<ResolvedBilagor> {
  try {
    return await resolveCaseFileBilagor(memo, { document: (id) => byId.get(id), file: (id) => memo.files?.find((file) => file.id === id) }, organisation, 'pdf');
  } catch (error) {
    if (error instanceof MissingBilagaError) throw new CliError(`bilaga ${error.number} (${error.bilaga}) finns inte i arkivet`);
    throw new CliError(`en bilaga kunde inte läsas: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const PDF_STAGES: Record<PdfStage, string> = {
  layout: 'Sätter sidorna …',
  final: 'Skriver den tillgängliga PDF-filen …',
  correction: 'Rättar sidnumren i innehållsförteckningen …',
};

/**
 * The Word file, its table of contents with page numbers from the PDF's layout printing. Where
 * Chromium cannot be started, the file is still written, and Word fills the numbers in on opening.
 */
async function exportWord(
  io: CliIo,
  document: HandbokDocument,
  organisation: Organisation | null,
  resolveReference: (id: string) => HandbokDocument | undefined,
  changesAgainst: ChangesAgainst | undefined,
) {
  let tools: ChromiumPdfTools | null = null;
  if (wordNeedsPrinting(document)) {
    tools = await io.openPdfTools().catch((error: unknown) => {
      io.err(`Sidnumren i innehållsförteckningen fylls i när Word öppnar filen (${error instanceof Error ? error.message : String(error)}).`);
      return null;
    });
  }
  try {
    const { bytes, warnings } = await exportDocx(document, organisation, {
      resolveReference,
      ...(changesAgainst ? { changesAgainst } : {}),
      ...(tools ? { pdfTools: { printer: tools.printer, openPdf: tools.openPdf, fonts: tools.fonts } } : {}),
    });
    return { data: bytes, warnings };
  } finally {
    await tools?.close();
  }
}

async function exportDocument(io: CliIo, args: string[]): Promise<number> {
  const { positionals, values } = options(args, {
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    doc: { type: 'string' },
    kind: { type: 'string' },
    'with-attachments': { type: 'boolean' },
    'changes-against': { type: 'string' },
  });
  const format = values.format as string | undefined;
  if (!isExportFormat(format)) {
    throw new UsageError(format ? `formatet ”${format}” finns inte (${EXPORT_FORMATS.join(', ')})` : `ange --format ${EXPORT_FORMATS.join('|')}`);
  }
  if (!values.output) throw new UsageError('ange utfilen med -o FIL');
  const archive = await loadArchive(io, positionals[0]);
  const document = chooseDocument(archive, { doc: values.doc as string | undefined, kind: values.kind as string | undefined });
  const byId = new Map(archive.documents.map((candidate) => [candidate.id, candidate]));
  const resolveReference = (id: string) => byId.get(id);
  const withAttachments = values['with-attachments'] === true;
  if (withAttachments && (format !== 'pdf' || !hasMemo(document))) throw new UsageError('--with-attachments gäller en tjänsteskrivelse som PDF');
  const changesAgainst = changesAgainstOf(io, archive, document, values['changes-against'] as string | undefined);
  let written: { data: string | Uint8Array; warnings: RenderWarning[] };
  if (format === 'docx') {
    written = await exportWord(io, document, archive.organisation, resolveReference, changesAgainst);
  } else if (format === 'html') {
    // The fonts go inside the file, so that it looks as the PDF does in any browser, on any machine.
    const fontCss = await embeddedFontCss(exportHouseStyle(archive.organisation), nodeFontSource);
    const { html, warnings } = exportHtml(document, archive.organisation, { resolveReference, fontCss, ...(changesAgainst ? { changesAgainst } : {}) });
    written = { data: html, warnings };
  } else {
    const tools = await io.openPdfTools().catch((error: unknown) => {
      throw new CliError(error instanceof Error ? error.message : String(error));
    });
    try {
      const pdfOptions = {
        resolveReference,
        ...(changesAgainst ? { changesAgainst } : {}),
        printer: tools.printer,
        openPdf: tools.openPdf,
        fonts: tools.fonts,
        flate: tools.flate,
        onStage: (stage: PdfStage) => io.err(PDF_STAGES[stage]),
      };
      const { bytes, warnings } =
        withAttachments && hasMemo(document)
          ? await exportCaseFilePdf(document, await bilagorOf(document, byId, archive.organisation), archive.organisation, pdfOptions)
          : await exportPdf(document, archive.organisation, pdfOptions);
      written = { data: bytes, warnings };
    } finally {
      await tools.close();
    }
  }
  await writeOutput(io, String(values.output), written.data);
  for (const warning of written.warnings) io.err(`varning: ${describeRenderWarning(warning)}`);
  io.out(`Skrev ”${document.title}”${changesAgainst ? ` med ändringar mot ${changesAgainst.label}` : ''} till ${values.output}`);
  return EXIT.ok;
}

/**
 * `--changes-against VERSION`: the adopted version of the document the export shows its changes
 * against, found among the archive's versions by its number ("2.1"), as `diff --from` finds it. The
 * tracked changes carry the organisation's name and the time of the export.
 */
function changesAgainstOf(io: CliIo, archive: HandbokArchive, document: HandbokDocument, version: string | undefined): ChangesAgainst | undefined {
  if (version === undefined) return undefined;
  if (hasMemo(document)) throw new UsageError('--changes-against gäller styrdokument, och en tjänsteskrivelse har inga versioner');
  const side = diffSide(archive, document, version);
  if ('problem' in side) throw new CliError(side.problem);
  return { content: side.content, label: side.label, author: archive.organisation?.name.trim() || 'Handbok', date: io.now().toISOString() };
}

/**
 * `import IN -o OUT`: merges the archive IN into the archive OUT (made if it does not exist), with the
 * validation of every import. A refused file, or documents whose ids OUT has already without
 * --keep-both or --replace, leave OUT exactly as it was.
 */
async function importArchive(io: CliIo, args: string[]): Promise<number> {
  const { positionals, values } = options(args, {
    output: { type: 'string', short: 'o' },
    'keep-both': { type: 'boolean' },
    replace: { type: 'boolean' },
  });
  if (!values.output) throw new UsageError('ange arkivet att importera till med -o FIL');
  if (values['keep-both'] && values.replace) throw new UsageError('välj antingen --keep-both eller --replace');
  const incoming = await loadArchive(io, positionals[0]);
  const output = String(values.output);
  const target = (await io.exists(output)) ? await loadArchive(io, output) : null;
  const onConflict = values.replace ? 'replace' : values['keep-both'] ? 'keep-both' : null;
  const result = mergeArchives(target, incoming, { onConflict, newId: io.newId, now: io.now().toISOString() });
  if (!result.ok) {
    const listed = result.conflicts.map((conflict) => `”${conflict.title}” (${conflict.id})`).join(', ');
    throw new CliError(`${output} har redan ${result.conflicts.length} av dokumenten: ${listed}. Välj --keep-both (lägg till som kopior) eller --replace (ersätt). Inget har ändrats`);
  }
  await writeArchive(io, output, result.archive);
  const parts = [`${result.added} dokument lades till`];
  if (result.copies) parts.push(`${result.copies} som kopior`);
  if (result.replaced) parts.push(`${result.replaced} ersattes`);
  io.out(`Importerade ${positionals[0]} till ${output}: ${parts.join(', ')}.`);
  return EXIT.ok;
}

/** A Word file may be this large; larger ones are refused before they are read whole. */
const DOCX_MAX_TEXT = `${DOCX_LIMITS.maxFileBytes / (1024 * 1024)} MB`;

/**
 * `import-docx FILE.docx… -o ARCHIVE`: each Word file read into a document with every structure the
 * recognisers propose accepted (--no-blocks: none), added to ARCHIVE (made if missing, written whole
 * or not at all). What was recognised and every warning are printed; a file that cannot be read is
 * named with the reason and adds nothing.
 */
async function importDocx(io: CliIo, args: string[]): Promise<number> {
  const { positionals, values } = options(args, {
    output: { type: 'string', short: 'o' },
    kind: { type: 'string' },
    'no-blocks': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (!values.output) throw new UsageError('ange arkivet att importera till med -o FIL');
  if (!positionals.length) throw new UsageError('ange minst en Word-fil (.docx)');
  const kind = values.kind as string | undefined;
  if (kind !== undefined && !isDocumentKind(kind)) throw new UsageError(`okänd dokumenttyp ”${kind}” (${DOCUMENT_KINDS.join(', ')})`);
  const output = String(values.output);
  const target = (await io.exists(output)) ? await loadArchive(io, output) : null;
  const reports: DocxImportReport[] = [];
  const documents: HandbokDocument[] = [];
  const timestamp = io.now().toISOString();
  for (const path of positionals) {
    const bytes = await readInput(io, path, DOCX_LIMITS.maxFileBytes, DOCX_MAX_TEXT);
    const read = await readDocx(bytes);
    if (!read.ok) {
      reports.push({ file: path, ok: false, refusal: read.refusal.code, message: describeDocxRefusal(read.refusal, 'sv') });
      continue;
    }
    const proposal = proposeImport(read.reading, { fileName: basename(path), organisation: target?.organisation ?? null, blocks: values['no-blocks'] !== true, ...(kind ? { kind: kind as DocumentKind } : {}) });
    const seed = importedSeed(proposal);
    // Through the gate like every document that enters a library.
    const document = normalizeDocument(documentFromSeed(seed, timestamp, io.newId));
    if (!document.ok) {
      reports.push({ file: path, ok: false, refusal: 'invalid', message: document.problems.map(describeNormalizeProblem).join('; ') });
      continue;
    }
    documents.push(document.value);
    reports.push({
      file: path,
      ok: true,
      title: seed.title,
      kind: seed.kind,
      status: seed.status,
      metadata: seed.metadata,
      decisions: seed.decisions.length,
      blocks: countBy(proposal.blocks.map((block) => block.type)),
      warnings: proposal.warnings.map((warning) => ({ ...warning, message: describeImportWarning(warning, 'sv') })),
    });
  }
  if (documents.length) {
    const merged = mergeArchives(target, createArchive(null, documents, timestamp), { onConflict: null, newId: io.newId, now: timestamp });
    if (!merged.ok) throw new CliError('dokumenten gick inte att lägga till');
    await writeArchive(io, output, merged.archive);
  }
  if (values.json) printLines(io, JSON.stringify({ ok: reports.every((report) => report.ok), archive: output, files: reports }, null, 2));
  else for (const report of reports) printDocxReport(io, report);
  if (!values.json) io.out(documents.length ? `Skrev ${documents.length} dokument till ${output}.` : `Inget skrevs till ${output}.`);
  return reports.every((report) => report.ok) ? EXIT.ok : EXIT.problems;
}

type DocxImportReport =
  | { file: string; ok: false; refusal: string; message: string }
  | {
      file: string;
      ok: true;
      title: string;
      kind: DocumentKind;
      status: string;
      metadata: Record<string, unknown>;
      decisions: number;
      blocks: Record<string, number>;
      warnings: (ImportWarning & { message: string })[];
    };

const countBy = (values: readonly string[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
const basename = (path: string) => path.split(/[/\\]/).pop() ?? path;

function printDocxReport(io: CliIo, report: DocxImportReport): void {
  if (!report.ok) {
    io.err(`handbok: ${report.file}: ${report.message}. Inget lades till från den.`);
    return;
  }
  io.out(`${report.file}: ”${report.title}” (${report.kind}, ${report.status})`);
  const metadata = Object.entries(report.metadata).map(([key, value]) => `${metadataLabel(key as LabelledFieldKey, {})} ${String(value)}`);
  io.out(`  uppgifter: ${metadata.length ? metadata.join('; ') : 'inga hittades'}${report.decisions ? `; ${report.decisions} beslut i historiken` : ''}`);
  const blocks = Object.entries(report.blocks).map(([type, count]) => `${type} ${count}`);
  io.out(`  struktur: ${blocks.length ? blocks.join(', ') : 'inga block föreslogs'}`);
  for (const warning of report.warnings) io.out(`  varning: ${warning.message}`);
}

/**
 * Compares a document between two archives (the same id, or the same title), or between two of its
 * versions in one archive (--from, --to; without --to, its current content).
 */
async function diff(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = options(args, { doc: { type: 'string' }, kind: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } });
  const [first, second, ...extra] = positionals;
  if (!first || extra.length) throw new UsageError('ange ett arkiv med --from, eller två arkiv');
  if (second && (values.from !== undefined || values.to !== undefined)) throw new UsageError('--from och --to gäller versioner i ett arkiv, inte två arkiv');
  if (!second && values.from === undefined) throw new UsageError('ange --from VERSION, eller ett andra arkiv att jämföra med');
  const older = await loadArchive(io, first);
  const document = chooseDocument(older, { doc: values.doc as string | undefined, kind: values.kind as string | undefined });
  let sides: [DiffSide, DiffSide];
  if (second) {
    const newer = await loadArchive(io, second);
    const other = newer.documents.find((candidate) => candidate.id === document.id) ?? newer.documents.find((candidate) => candidate.title === document.title);
    if (!other) throw new CliError(`${second} har inget dokument med id eller titel som ”${document.title}”`);
    sides = [{ label: basename(first), content: document.content }, { label: basename(second), content: other.content }];
  } else {
    const from = diffSide(older, document, values.from as string);
    const to = diffSide(older, document, values.to as string | undefined);
    if ('problem' in from) throw new CliError(from.problem);
    if ('problem' in to) throw new CliError(to.problem);
    sides = [from, to];
  }
  printLines(io, describeDiff(document, sides[0], sides[1], values.json === true));
  return EXIT.ok;
}

/** Where else a document matched: a terminal has room for a few passages per document. */
const BLOCKS_SHOWN_PER_DOCUMENT = 3;

/**
 * Searches the text of an archive's documents with the engine the app uses: Swedish stems, compounds,
 * prefixes and one typo. Repealed documents and the trash only with --all. No hit is no failure: the
 * exit code is 0, as for a check that found nothing.
 */
async function search(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = options(args, {
    json: { type: 'boolean' },
    kind: { type: 'string', multiple: true },
    status: { type: 'string', multiple: true },
    all: { type: 'boolean' },
  });
  const [path, ...words] = positionals;
  const query = words.join(' ').trim();
  if (!path || !query) throw new UsageError('ange arkivet och vad du söker efter');
  const kinds = (values.kind as string[] | undefined) ?? [];
  const statuses = (values.status as string[] | undefined) ?? [];
  const badKind = kinds.find((kind) => !isKind(kind));
  if (badKind !== undefined) throw new UsageError(`okänd dokumenttyp ”${badKind}” (välj bland ${DOCUMENT_KINDS.join(', ')})`);
  const badStatus = statuses.find((status) => !isDocumentStatus(status));
  if (badStatus !== undefined) throw new UsageError(`okänd status ”${badStatus}” (välj bland ${DOCUMENT_STATUSES.join(', ')})`);
  const archive = await loadArchive(io, path);
  const filters = { kinds: kinds.filter(isKind), statuses: statuses.filter(isDocumentStatus), includeRepealedAndTrash: values.all === true };
  const hits = archiveSearchIndex(archive).search(query, filters, 50, BLOCKS_SHOWN_PER_DOCUMENT);
  printLines(io, describeSearch(query, hits, filters, values.json === true));
  return EXIT.ok;
}

const COMMANDS: Record<string, (io: CliIo, args: string[]) => Promise<number>> = { sample, list, check, export: exportDocument, import: importArchive, 'import-docx': importDocx, diff, search, serve };

/** Text of several lines, Handbok's own (usage, JSON), as one call per line. */
function printLines(io: CliIo, text: string): void {
  for (const line of text.split('\n')) io.out(line);
}

/**
 * Runs one command line; returns the exit code. Every failure becomes one line on stderr. Every line
 * printed passes `terminalLine`: titles, ids and messages come from files, and a control character
 * in them must never reach the terminal as one.
 */
export async function runCli(args: string[], terminal: CliIo): Promise<number> {
  const io: CliIo = { ...terminal, out: (line) => terminal.out(terminalLine(line)), err: (line) => terminal.err(terminalLine(line)) };
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    printLines(io, USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`okänt kommando ”${command}”`);
    return await run(io, rest);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`handbok: ${error.message}. Se handbok --help.`);
      return EXIT.usage;
    }
    io.err(`handbok: ${error instanceof CliError ? error.message : `oväntat fel: ${error instanceof Error ? error.message : String(error)}`}`);
    if (error instanceof CliError) for (const line of error.details) io.err(line);
    return EXIT.problems;
  }
}
