#!/usr/bin/env node
// `npm run bench`: performance figures of the browser build, each beside a reference measured in the
// same run (this 2-core machine is noisy; ratios are what compare across runs). Prints a table and
// writes bench-results/bench.json. Later issues add rows here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build as bundle } from 'esbuild';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LIBRARY_SIZE = 200;
const HANDBOOK_PAGES = Number(process.env.BENCH_PAGES ?? 300);
/** The long-document rows measure a realistic handbook and a very long one, or only BENCH_PAGES when it is set. */
const EDITOR_PAGES = process.env.BENCH_PAGES ? [HANDBOOK_PAGES] : [60, 300];
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const KEYSTROKES = 45;
/** `BENCH_ONLY=library|handbook|export|import|pdf|compare|search|search-start|shared` measures one part alone, for quick comparisons while working on it. */
const ONLY = process.env.BENCH_ONLY ?? null;
const CHROMIUM = process.env.HANDBOK_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Writes `count` documents straight into IndexedDB in the stored shape, as a long-used library would hold. */
function seedLibrary(page, count) {
  return page.evaluate(
    (count) =>
      new Promise((resolvePromise, reject) => {
        const request = indexedDB.open('handbok');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['documents', 'contents', 'settings'], 'readwrite');
          const kinds = ['handbok', 'policy', 'riktlinje', 'strategi', 'program', 'plan', 'anvisning', 'tjansteskrivelse'];
          const statuses = ['utkast', 'remiss', 'for-beslut', 'gallande', 'upphavd'];
          const text = (n) => ({ type: 'text', version: 1, text: `Stycke ${n} med löpande text om kvalitetsarbetet i kommunen.`, format: 0, detail: 0, mode: 'normal', style: '' });
          const paragraph = (n) => ({ type: 'paragraph', version: 1, children: [text(n)], direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '' });
          for (let i = 0; i < count; i += 1) {
            const id = `bench-${i}`;
            const time = new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString();
            tx.objectStore('documents').put({
              id, formatVersion: 1, kind: kinds[i % kinds.length], title: `Dokument ${String(i).padStart(3, '0')}`,
              status: statuses[i % statuses.length],
              metadata: { registryNumber: `KS 2025/${i}`, reviewBy: `${2026 + (i % 4)}`, owner: 'Kommundirektör', version: '1.0' },
              decisions: [{ id: `${id}-d`, body: 'Kommunfullmäktige', date: '2025-01-13', paragraph: `§ ${i}`, action: 'antagen', summary: '' }],
              createdAt: time, updatedAt: time, deletedAt: null, revision: 1,
            });
            tx.objectStore('contents').put({
              id,
              content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: Array.from({ length: 40 }, (_, n) => paragraph(n)) } },
            });
          }
          tx.objectStore('settings').put({ key: 'onboardingDone', value: true });
          tx.oncomplete = () => { db.close(); resolvePromise(); };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    count,
  );
}

/** Milliseconds from navigation start until the library shows `rows` rows (or the empty state for 0). */
async function coldStart(context, url, rows) {
  const page = await context.newPage();
  await page.goto(url);
  if (rows === 0) await page.getByRole('heading', { name: 'Biblioteket är tomt' }).waitFor();
  else await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length >= n, rows, { polling: 'raf' });
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

/**
 * A TypeScript module of the project, bundled for Node on the fly. The packages it imports stay
 * outside the bundle, which is written inside the project so that Node finds them.
 */
async function sharedModule(path) {
  const outfile = join(ROOT, 'node_modules/.cache/handbok-bench', `${path.replace(/\W+/g, '-')}-${process.pid}.mjs`);
  await bundle({ entryPoints: [resolve(ROOT, path)], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}

async function syntheticHandbook(pages) {
  return (await sharedModule('shared/model/synthetic-handbook.ts')).syntheticHandbook(pages);
}

/**
 * The handbook as Handbok has stored it once saved: every block with its id (withBlockIds). Without
 * them every opening would first make the ids, which no saved document needs. The ids are numbered,
 * so that runs compare.
 */
async function withStoredBlockIds(handbook) {
  const { withBlockIds } = await sharedModule('shared/model/block-ids.ts');
  let next = 0;
  return { ...handbook, content: withBlockIds(handbook.content, () => `bench-block-${(next += 1)}`) };
}

/**
 * The same content as Markdown, for pandoc, the reference of the Word export: headings, paragraphs,
 * lists and tables as Markdown has them, each block as its fields' paragraphs.
 */
function toMarkdown(content, { childrenOf, textOf }) {
  const text = (node) => textOf(node);
  const lines = [];
  const write = (node, depth = 0) => {
    if (node.type === 'heading') lines.push(`${'#'.repeat(Number(node.tag.slice(1)))} ${text(node)}`, '');
    else if (node.type === 'paragraph') lines.push(text(node), '');
    else if (node.type === 'list') {
      childrenOf(node).forEach((item, index) => {
        const nested = childrenOf(item).filter((child) => child.type === 'list');
        const own = childrenOf(item).filter((child) => child.type !== 'list');
        lines.push(`${'  '.repeat(depth)}${node.listType === 'number' ? `${index + 1}.` : '-'} ${own.map(text).join('')}`);
        nested.forEach((child) => write(child, depth + 1));
      });
      if (depth === 0) lines.push('');
    } else if (node.type === 'table') {
      const rows = childrenOf(node).map((row) => `| ${childrenOf(row).map((cell) => text(cell)).join(' | ')} |`);
      lines.push(rows[0], `|${' --- |'.repeat(childrenOf(childrenOf(node)[0]).length)}`, ...rows.slice(1), '');
    } else if (node.type === 'image') lines.push(`![${node.altText}](figur.png)`, '');
    else if (node.type === 'block-field' && !node.multiline) lines.push(text(node), '');
    else childrenOf(node).forEach((child) => write(child, depth));
  };
  content.root.children.forEach((node) => write(node));
  return lines.join('\n');
}

/** Word export of the large handbook in Node, beside pandoc making a .docx of the same content as Markdown. */
async function wordExportRows(rows) {
  const handbook = await syntheticHandbook(HANDBOOK_PAGES);
  const { renderDocx } = await sharedModule('shared/render/docx/index.ts');
  const document = { ...handbook, id: 'bench', formatVersion: 1, createdAt: '', updatedAt: '', deletedAt: null, revision: 0, decisions: [] };
  const times = [];
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const started = performance.now();
    await renderDocx(document, null);
    times.push(performance.now() - started);
  }
  const folder = mkdtempSync(join(tmpdir(), 'handbok-pandoc-'));
  const markdown = join(folder, 'handbok.md');
  writeFileSync(markdown, toMarkdown(handbook.content, await sharedModule('shared/model/tree.ts')));
  const pandocTimes = [];
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const started = performance.now();
    execFileSync('pandoc', [markdown, '-o', join(folder, 'handbok.docx')]);
    pandocTimes.push(performance.now() - started);
  }
  rows.push({
    name: `Word-export av ${HANDBOOK_PAGES}-sidig handbok i Node (mål < 1,5 s)`,
    value: median(times),
    unit: 'ms',
    reference: 'pandoc, samma innehåll som Markdown till .docx',
    referenceValue: median(pandocTimes),
  });
}

/**
 * Word import of the large handbook's own .docx in Node (read, proposed, accepted, normalised, as the
 * command line imports), beside pandoc reading the same file to its JSON.
 */
async function wordImportRows(rows) {
  const handbook = await syntheticHandbook(HANDBOOK_PAGES);
  const { renderDocx } = await sharedModule('shared/render/docx/index.ts');
  const { readDocx } = await sharedModule('shared/import/docx/read-docx.ts');
  const { proposeImport, importedSeed } = await sharedModule('shared/import/propose.ts');
  const { documentFromSeed } = await sharedModule('shared/model/document.ts');
  const { normalizeDocument } = await sharedModule('shared/model/normalize-document.ts');
  const document = { ...handbook, id: 'bench', formatVersion: 1, createdAt: '', updatedAt: '', deletedAt: null, revision: 0, decisions: [] };
  const { bytes } = await renderDocx(document, null);
  const times = [];
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const started = performance.now();
    const read = await readDocx(bytes);
    if (!read.ok) throw new Error(`the handbook's own Word file was refused: ${read.refusal.code}`);
    const seed = importedSeed(proposeImport(read.reading, { fileName: 'handbok.docx' }));
    if (!normalizeDocument(documentFromSeed(seed, new Date().toISOString(), () => 'bench')).ok) throw new Error('the imported handbook does not normalise');
    times.push(performance.now() - started);
  }
  const folder = mkdtempSync(join(tmpdir(), 'handbok-import-'));
  const file = join(folder, 'handbok.docx');
  writeFileSync(file, bytes);
  const pandocTimes = [];
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const started = performance.now();
    execFileSync('pandoc', [file, '-t', 'json', '-o', join(folder, 'handbok.json')]);
    pandocTimes.push(performance.now() - started);
  }
  rows.push({
    name: `Word-import av ${HANDBOOK_PAGES}-sidig handboks egen .docx i Node (mål < 5 s, snabbare än pandoc)`,
    value: median(times),
    unit: 'ms',
    reference: 'pandoc, samma .docx till JSON',
    referenceValue: median(pandocTimes),
  });
}

/**
 * Compare of two versions of the large handbook that differ in 50 scattered places (words changed,
 * blocks added, removed and moved), in Node, beside jsdiff comparing the two plain texts line by line.
 * Each run compares fresh copies, so no fingerprint cached by an earlier run is reused.
 */
async function compareRows(rows) {
  const handbook = await syntheticHandbook(HANDBOOK_PAGES);
  const { withBlockIds } = await sharedModule('shared/model/block-ids.ts');
  const { compareContents } = await sharedModule('shared/text/compare.ts');
  const { contentPlainText } = await sharedModule('shared/model/tree.ts');
  const { diffLines } = await import('diff');
  const before = withBlockIds(structuredClone(handbook.content));
  const after = structuredClone(before);
  const blocks = after.root.children;
  const step = Math.floor(blocks.length / 50);
  const edits = Array.from({ length: 50 }, (_, n) => n * step);
  for (const [n, index] of edits.entries()) {
    if (n % 10 === 7) blocks.splice(index, 1);
    else if (n % 10 === 8) blocks.splice(index, 0, { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: `Nytt stycke ${n} om uppföljning.`, format: 0, detail: 0, mode: 'normal', style: '' }], direction: 'ltr', format: '', indent: 0 });
    else {
      const text = JSON.stringify(blocks[index]).match(/"text":"([^"]+)"/);
      if (text) blocks[index] = JSON.parse(JSON.stringify(blocks[index]).replace(`"text":"${text[1]}"`, `"text":"${text[1]} ändrad ${n}"`));
    }
  }
  const times = [];
  let changes = 0;
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const [a, b] = [structuredClone(before), structuredClone(after)];
    const started = performance.now();
    changes = compareContents(a, b).changes.length;
    times.push(performance.now() - started);
  }
  const [plainBefore, plainAfter] = [contentPlainText(before), contentPlainText(after)];
  const lineTimes = [];
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const started = performance.now();
    diffLines(plainBefore, plainAfter);
    lineTimes.push(performance.now() - started);
  }
  rows.push({
    name: `Jämförelse av två versioner av ${HANDBOOK_PAGES}-sidig handbok, 50 spridda ändringar (${changes} hittade) i Node (mål < 300 ms)`,
    value: median(times),
    unit: 'ms',
    reference: 'jsdiff, samma två texter rad för rad',
    referenceValue: median(lineTimes),
  });
}

const SEARCH_LIBRARY_SIZE = 1000;
/** As many documents as the search dialog asks for (renderer/src/search/search-client.ts), snippets included. */
const SEARCH_DIALOG_LIMIT = 30;
/** About 10 KB of text a document: 10 MB for the library, as a large municipality's library holds. */
const SEARCH_WORDS_PER_DOCUMENT = 1100;

/**
 * A library of generated documents with a vocabulary shaped like real Swedish text: the synthetic
 * handbook's domain words, compounds of them (with and without the linking -s-), inflected forms and
 * some thirty thousand rarer made-up words, drawn by Zipf's law with the function words on top, so
 * that common words match much and most words little. (The synthetic handbook alone has a hundred words: every query would match every
 * block, which no real library does.)
 */
function searchLibrary() {
  let state = 20251206;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nouns = ['kvalitet', 'arbete', 'förbättring', 'uppföljning', 'avvikelse', 'ansvar', 'ledning', 'plan', 'mål', 'rutin', 'process', 'analys', 'dialog', 'resultat', 'verksamhet', 'chef', 'nämnd', 'budget', 'kontroll', 'enkät', 'metod', 'utveckling', 'styrning', 'omsorg', 'skola', 'förskola', 'boende', 'service', 'insats', 'beslut'];
  const endings = ['', 'en', 'et', 'er', 'erna', 'ar', 'arna', 's', 'ens', 'ets'];
  const syllables = ['ka', 'lo', 'mi', 'ne', 'sa', 'ter', 'vin', 'bro', 'gål', 'dre', 'fäl', 'hus', 'ång', 'ört', 'pla', 'stö', 'rik', 'tun', 'mar', 'len'];
  const words = [];
  for (const noun of nouns) for (const ending of endings) words.push(noun + ending);
  for (const first of nouns) for (const second of nouns) if (first !== second) words.push(`${first}${first.endsWith('s') || next() < 0.5 ? '' : 's'}${second}`);
  while (words.length < 32_000) words.push(Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
  // Zipf: the word of rank r drawn with weight 1/r, through a cumulative table.
  const cumulative = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank += 1) cumulative.push((total += 1 / rank));
  // Function words hold the top ranks, as in any Swedish text (about a third of the words); the rest in random order.
  const functionWords = 'och att det i som en på är för med av till den har de inte om ett vi kan ska så var sig men från efter eller när alla'.split(' ');
  const order = [...functionWords, ...words.sort(() => next() - 0.5)];
  const pick = () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return order[low];
  };
  const sentence = (length) => `${Array.from({ length }, pick).join(' ')}.`.replace(/^./, (first) => first.toUpperCase());
  const text = (value) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
  const node = (type, value, extra = {}) => ({ type, version: 1, children: [text(value)], direction: 'ltr', format: '', indent: 0, $: { blockId: `b${(state = (state + 1) >>> 0)}` }, ...extra });
  const kinds = ['handbok', 'policy', 'riktlinje', 'strategi', 'program', 'plan', 'anvisning'];
  const statuses = ['utkast', 'remiss', 'for-beslut', 'gallande', 'upphavd'];
  return Array.from({ length: SEARCH_LIBRARY_SIZE }, (_, index) => {
    const children = [];
    for (let written = 0; written < SEARCH_WORDS_PER_DOCUMENT; ) {
      children.push(node('heading', sentence(4), { tag: 'h2' }));
      for (let paragraph = 0; paragraph < 4; paragraph += 1) {
        const sentences = Array.from({ length: 5 }, () => sentence(12));
        children.push(node('paragraph', sentences.join(' ')));
        written += 60;
      }
    }
    return {
      id: `doc-${index}`,
      title: sentence(5).slice(0, -1),
      kind: kinds[index % kinds.length],
      status: statuses[index % statuses.length],
      deletedAt: null,
      revision: 1,
      content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } },
    };
  });
}

/**
 * Search over a library of 1,000 documents (about 10 MB of text): building the index in a
 * worker_threads Worker, as the app builds it in a Web Worker; loading the stored index; and queries
 * (whole words, two words, prefixes as typed, typos) beside a plain case-insensitive substring scan of
 * the same block texts.
 */
async function searchRows(rows) {
  const indexModule = pathToFileURL(join(ROOT, 'node_modules/.cache/handbok-bench', `shared-search-library-index-ts-${process.pid}.mjs`)).href;
  const { LibrarySearchIndex } = await sharedModule('shared/search/library-index.ts');
  const { contentPlainText } = await sharedModule('shared/model/tree.ts');
  const library = searchLibrary();
  const megabytes = library.reduce((sum, document) => sum + contentPlainText(document.content).length + document.title.length, 0) / 1e6;

  const buildTimes = [];
  let stored = '';
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       import(workerData.module).then(({ LibrarySearchIndex }) => parentPort.on('message', (documents) => {
         const started = performance.now();
         const index = LibrarySearchIndex.build(documents);
         const ms = performance.now() - started;
         parentPort.postMessage({ ms, stored: JSON.stringify(index) });
       }));`,
      { eval: true, workerData: { module: indexModule } },
    );
    const answer = await new Promise((resolvePromise, reject) => {
      worker.once('message', resolvePromise);
      worker.once('error', reject);
      worker.postMessage(library);
    });
    await worker.terminate();
    buildTimes.push(answer.ms);
    stored = answer.stored;
  }

  const loadTimes = [];
  let index = null;
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const started = performance.now();
    index = LibrarySearchIndex.load(stored);
    loadTimes.push(performance.now() - started);
  }
  if (!index) throw new Error('the stored search index did not load');

  const queries = ['kvalitetsarbete', 'avvikelse', 'chefer', 'förbättringsarbetet', 'uppföljning nämnd', 'budget kontroll', 'karomi', 'tersa', 'kvali', 'förbät', 'uppfö', 'avvikelce', 'uppföljnig', 'styrnimg', 'verksamhetsplan', 'dialog resultat'];
  const texts = library.flatMap((document) => [document.title, ...document.content.root.children.map((block) => block.children[0].text)].map((text) => text.toLocaleLowerCase('sv')));
  const queryTimes = [];
  const scanTimes = [];
  let totalHits = 0;
  // One pass untimed, as in the app: the Worker lives as long as the window, and the first keystrokes of
  // the first search already make its code hot. Both sides get it.
  for (const query of queries) {
    index.search(query, { includeRepealedAndTrash: true }, SEARCH_DIALOG_LIMIT);
    texts.filter((text) => text.includes(query));
  }
  for (let run = 0; run < RUNS; run += 1) {
    for (const query of queries) {
      let started = performance.now();
      totalHits += index.search(query, { includeRepealedAndTrash: true }, SEARCH_DIALOG_LIMIT).length;
      queryTimes.push(performance.now() - started);
      const needles = query.toLocaleLowerCase('sv').split(' ');
      started = performance.now();
      texts.filter((text) => needles.every((needle) => text.includes(needle)));
      scanTimes.push(performance.now() - started);
    }
  }
  if (process.env.BENCH_SEARCH_DETAIL === '1') {
    for (const query of queries) {
      const started = performance.now();
      for (let n = 0; n < 5; n += 1) index.search(query, { includeRepealedAndTrash: true }, SEARCH_DIALOG_LIMIT);
      console.log(query, ((performance.now() - started) / 5).toFixed(1), 'ms');
    }
  }
  if (totalHits === 0) throw new Error('the search benchmark found nothing: its queries do not fit its library');
  rows.push(
    {
      name: `Sökning i ${SEARCH_LIBRARY_SIZE} dokument (${megabytes.toFixed(1)} MB text), p95 av ${queryTimes.length} frågor: ord, två ord, prefix, stavfel (mål < 10 ms)`,
      value: percentile(queryTimes, 0.95),
      unit: 'ms',
      reference: 'delsträngssökning i samma texter, p95',
      referenceValue: percentile(scanTimes, 0.95),
    },
    { name: `Bygga sökindexet för ${SEARCH_LIBRARY_SIZE} dokument från början i en Worker (mål < 5 s)`, value: median(buildTimes), unit: 'ms', reference: null, referenceValue: null },
    {
      name: `Läsa in det lagrade sökindexet (${(stored.length / 1e6).toFixed(0)} MB JSON) för ${SEARCH_LIBRARY_SIZE} dokument`,
      value: median(loadTimes),
      unit: 'ms',
      reference: null,
      referenceValue: null,
    },
  );
}

/** Puts rows into the app's IndexedDB in the stored shape, one transaction: `{ store: [row, …] }`. */
function putInDatabase(page, rowsByStore) {
  return page.evaluate(
    (rowsByStore) =>
      new Promise((resolvePromise, reject) => {
        const request = indexedDB.open('handbok');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(rowsByStore), 'readwrite');
          for (const [store, rows] of Object.entries(rowsByStore)) for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => { db.close(); resolvePromise(); };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    rowsByStore,
  );
}

/** Writes the search benchmark's documents into the app's IndexedDB in the stored shape, a hundred at a time. */
async function seedSearchLibrary(page, library) {
  const time = '2025-01-01T00:00:00.000Z';
  for (let start = 0; start < library.length; start += 100) {
    const documents = library.slice(start, start + 100);
    await putInDatabase(page, {
      documents: documents.map(({ content: _content, ...header }) => ({ ...header, formatVersion: 1, metadata: {}, decisions: [], createdAt: time, updatedAt: time })),
      contents: documents.map(({ id, content }) => ({ id, content })),
      settings: [{ key: 'onboardingDone', value: true }],
    });
  }
}

/** Whether the search Worker has stored its index (renderer/src/search/index-store.ts). */
function searchIndexStored(page) {
  return page.evaluate(
    () =>
      new Promise((resolvePromise) => {
        const request = indexedDB.open('handbok-search-index');
        request.onupgradeneeded = () => request.result.createObjectStore('index');
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('index').objectStore('index').get('library');
          get.onsuccess = () => { db.close(); resolvePromise(typeof get.result === 'string'); };
          get.onerror = () => { db.close(); resolvePromise(false); };
        };
        request.onerror = () => resolvePromise(false);
      }),
  );
}

/**
 * Cold start of the search benchmark's library (1,000 documents, about 10 MB of text) with its search
 * index stored, beside the same start with the search Worker's script refused, so that the difference
 * is what the index costs a start. Service workers are off: they would serve the Worker's script from
 * their cache, past the refusal.
 */
async function searchColdStartRows(browser, url, rows) {
  const library = searchLibrary();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'Välkommen till Handbok' }).waitFor();
    await seedSearchLibrary(page, library);
    await page.reload();
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length >= n, library.length, { polling: 500, timeout: 60_000 });
    const deadline = Date.now() + 120_000;
    while (!(await searchIndexStored(page))) {
      if (Date.now() > deadline) throw new Error('the search index was not stored within two minutes');
      await page.waitForTimeout(500);
    }
    await page.close();
    const withIndex = [];
    for (let i = 0; i < RUNS; i += 1) withIndex.push(await coldStart(context, url, library.length));
    let refused = 0;
    await context.route('**/search.worker-*.js', (route) => {
      refused += 1;
      return route.abort();
    });
    const withoutSearch = [];
    for (let i = 0; i < RUNS; i += 1) withoutSearch.push(await coldStart(context, url, library.length));
    if (refused < RUNS) throw new Error(`the search Worker's script was refused ${refused} times in ${RUNS} starts: the pattern no longer fits the build`);
    rows.push({
      name: `Kallstart till interaktivt bibliotek med lagrat sökindex (${library.length} dokument, mål < 100 ms mer än utan)`,
      value: median(withIndex),
      unit: 'ms',
      reference: 'samma bibliotek, sökningen avstängd',
      referenceValue: median(withoutSearch),
    });
  } finally {
    await context.close();
  }
}

/**
 * PDF export of the large handbook with the system Chromium (both printings and the page lookup), beside
 * LibreOffice converting Handbok's own Word file of the same handbook to PDF.
 */
async function pdfExportRows(rows) {
  const handbook = await syntheticHandbook(HANDBOOK_PAGES);
  const { renderPdf, finishPrintedPage } = await sharedModule('shared/render/pdf/index.ts');
  const { renderDocx } = await sharedModule('shared/render/docx/index.ts');
  const { openPdfTools } = await sharedModule('electron/cli/pdf-tools.ts');
  const document = { ...handbook, id: 'bench', formatVersion: 1, createdAt: '', updatedAt: '', deletedAt: null, revision: 0, decisions: [] };
  const folder = mkdtempSync(join(tmpdir(), 'handbok-pdf-bench-'));
  const tools = await openPdfTools();
  const times = [];
  const finishingTimes = [];
  let pages = 0;
  let megabytes = 0;
  // The last tagged printing as Chromium made it, to time the PDF/UA finishing on its own.
  let printed = null;
  const printer = {
    async print(job) {
      const bytes = await tools.printer.print(job);
      if (job.mode === 'final') printed = { bytes, html: job.html };
      return bytes;
    },
  };
  try {
    for (let run = 0; run < LARGE_RUNS; run += 1) {
      const started = performance.now();
      const { bytes } = await renderPdf(document, null, { printer, openPdf: tools.openPdf, fonts: tools.fonts, flate: tools.flate });
      times.push(performance.now() - started);
      writeFileSync(join(folder, 'handbok.pdf'), bytes);
      megabytes = bytes.length / 1e6;
      const finishing = performance.now();
      await finishPrintedPage(printed.bytes, printed.html, tools.flate);
      finishingTimes.push(performance.now() - finishing);
    }
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(folder, 'handbok.pdf')], { encoding: 'utf8' }))?.[1]);
  } finally {
    await tools.close();
  }
  const docx = join(folder, 'handbok.docx');
  writeFileSync(docx, (await renderDocx(document, null)).bytes);
  const convert = () =>
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/lo-profile`, '--convert-to', 'pdf', '--outdir', join(folder, 'lo'), docx], { stdio: 'ignore' });
  convert(); // The first start creates LibreOffice's profile; it is not counted.
  const libreOfficeTimes = [];
  for (let run = 0; run < LARGE_RUNS; run += 1) {
    const started = performance.now();
    convert();
    libreOfficeTimes.push(performance.now() - started);
  }
  rows.push({
    name: `PDF-export av ${HANDBOOK_PAGES}-sidig handbok (${pages} sidor, ${megabytes.toFixed(1)} MB, två sättningar, PDF/UA-1; mål < 6 s)`,
    value: median(times),
    unit: 'ms',
    reference: 'LibreOffice, Handboks .docx av samma handbok till PDF',
    referenceValue: median(libreOfficeTimes),
  });
  rows.push({
    name: 'Färdigställande till PDF/UA-1, en del av PDF-exporten ovan (mål: kvot < 0,10)',
    value: median(finishingTimes),
    unit: 'ms',
    reference: 'hela PDF-exporten',
    referenceValue: median(times),
  });
}

/**
 * The same text without Handbok's nodes, for bare Lexical: each block becomes its fields' paragraphs,
 * a table its cells' paragraphs, a figure its caption; footnote marks and page breaks are left out.
 */
function flattenBlocks(content) {
  const paragraphOf = (children) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' });
  const text = (value) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
  const withoutFootnotes = (node) =>
    node.children ? { ...node, children: node.children.filter((child) => child.type !== 'footnote').map(withoutFootnotes) } : node;
  const flat = (node) => {
    if (['paragraph', 'heading', 'list', 'quote'].includes(node.type)) return [withoutFootnotes(node)];
    if (node.type === 'block-field' && !node.multiline) return [paragraphOf(node.children.map(withoutFootnotes))];
    if (node.type === 'image') return node.caption ? [paragraphOf([text(node.caption)])] : [];
    return (node.children ?? []).flatMap(flat);
  };
  return { root: { ...content.root, children: content.root.children.flatMap(flat) } };
}

/** Where each editor keeps its blocks: Handbok groups a long document in chapters (renderer/src/editor/chapters.ts). */
const HANDBOK_EDITOR = { root: '.editor__content', blocks: '.editor__content > :not(.editor__chapter), .editor__content > .editor__chapter > *', paragraphs: '.editor__content > p, .editor__content > .editor__chapter > p' };
const BARE_EDITOR = { root: '#editor', blocks: '#editor > *', paragraphs: '#editor > p' };

/** Opens a page and waits until its editor is editable and holds `blocks` top-level blocks. */
async function openEditor(context, url, editor, blocks) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    ({ editor, blocks }) => document.querySelector(editor.root)?.isContentEditable && document.querySelectorAll(editor.blocks).length >= blocks,
    { editor, blocks },
    { polling: 'raf', timeout: 120_000 },
  );
  return { page, ms: await page.evaluate(() => performance.now()) };
}

/**
 * Opening a document in the app already running: from the library (`#/`) to the document's route, as a
 * click on it does, until its editor is editable and holds `blocks` blocks. The desktop app is one
 * window, so this is how a user opens a document once Handbok has started. The reference is bare
 * Lexical given the same text in its page, already loaded (openContent in tests/bench/bare-lexical.ts).
 */
async function openInRunningApp(context, appUrl, id, blocks) {
  const page = await context.newPage();
  await page.goto(`${appUrl}#/`);
  await page.getByRole('heading', { name: 'Bibliotek' }).waitFor();
  return openInLoadedPage(page, HANDBOK_EDITOR, blocks, (id) => (location.hash = `#/dokument/${id}`), id);
}

async function openInLoadedBareLexical(context, bareUrl, file, blocks) {
  const page = await context.newPage();
  await page.goto(bareUrl);
  await page.waitForFunction(() => typeof window.openContent === 'function');
  return openInLoadedPage(page, BARE_EDITOR, blocks, (file) => void window.openContent(file), file);
}

/** The time from `open(argument)` in the page, once it has settled, until its editor is editable and holds `blocks` blocks. */
async function openInLoadedPage(page, editor, blocks, open, argument) {
  // As a user looks at the library before choosing: the page's own start has settled.
  await page.waitForTimeout(1000);
  const start = await page.evaluate(`(() => { const start = performance.now(); (${open})(${JSON.stringify(argument)}); return start; })()`);
  await page.waitForFunction(
    ({ editor, blocks }) => document.querySelector(editor.root)?.isContentEditable && document.querySelectorAll(editor.blocks).length >= blocks,
    { editor, blocks },
    { polling: 'raf', timeout: 120_000 },
  );
  const ms = (await page.evaluate(() => performance.now())) - start;
  await page.close();
  return ms;
}

/** Keystroke to the next frame, KEYSTROKES keys in all, typed at the start, in the middle and at the end of the document. */
async function keystrokeLatencies(page, editor) {
  await page.evaluate((editor) => {
    window.__latencies = [];
    document.querySelector(editor.root).addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.__latencies.push(performance.now() - start), 0));
      },
      true,
    );
  }, editor);
  const count = await page.locator(editor.paragraphs).count();
  const profiler = PROFILE ? await startProfile(page) : null;
  if (PROFILE) await page.context().browser().startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const places = [1, Math.floor(count / 2), count - 2];
  let typed = 0;
  for (const [place, index] of places.entries()) {
    const paragraph = page.locator(editor.paragraphs).nth(index);
    await paragraph.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await paragraph.click();
    // As a hand goes from the mouse to the keys: what the click itself set off (laying out the
    // chapter it lands in) is not counted as the first keystroke's.
    await page.waitForTimeout(300);
    // Each key waits until the one before it has been painted, so that no keystroke queues behind a
    // slow one: the figure is the latency of one keystroke, the same way in both editors.
    const keys = Math.round((KEYSTROKES * (place + 1)) / places.length) - typed;
    for (let i = 0; i < keys; i += 1) {
      typed += 1;
      await page.keyboard.type('a');
      await page.waitForFunction((count) => window.__latencies.length >= count, typed, { polling: 'raf' });
      await page.waitForTimeout(30);
    }
  }
  await page.waitForTimeout(200);
  if (process.env.BENCH_RAW) console.log('RAW', (await page.evaluate(() => window.__latencies)).map((ms) => ms.toFixed(0)).join(' '));
  if (profiler) await printProfile(profiler);
  if (PROFILE) {
    const trace = JSON.parse((await page.context().browser().stopTracing()).toString());
    const totals = new Map();
    for (const event of trace.traceEvents) {
      if (event.ph !== 'X' || !event.dur) continue;
      const name = event.name === 'EventDispatch' ? `EventDispatch ${event.args?.data?.type}` : event.name;
      totals.set(name, (totals.get(name) ?? 0) + event.dur / 1000);
    }
    for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`TRACE ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  }
  return page.evaluate(() => window.__latencies);
}

/** `BENCH_PROFILE=1`: a CPU profile of the typing, printed as the functions that took the most time themselves. */
const PROFILE = process.env.BENCH_PROFILE === '1';

async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await cdp.send('Performance.enable');
  cdp.metricsBefore = (await cdp.send('Performance.getMetrics')).metrics;
  return cdp;
}

async function printProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  const after = (await cdp.send('Performance.getMetrics')).metrics;
  for (const name of ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'LayoutCount', 'RecalcStyleCount']) {
    const delta = after.find((metric) => metric.name === name).value - cdp.metricsBefore.find((metric) => metric.name === name).value;
    console.log(`${name}: ${name.endsWith('Count') ? delta : `${(delta * 1000).toFixed(0)} ms`}`);
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id).callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [name, ms] of top) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

async function heapMegabytes(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value / (1024 * 1024);
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** Writes a handbook under `id` straight into IndexedDB, in the stored shape. */
async function seedHandbook(context, appUrl, id, handbook) {
  const seeding = await context.newPage();
  await seeding.goto(appUrl);
  // The first start of a profile asks about the sample library; a profile seeded before has answered.
  const later = seeding.getByRole('button', { name: 'Gör det senare' });
  await later.or(seeding.getByRole('heading', { name: 'Bibliotek' })).first().waitFor();
  if (await later.isVisible()) await later.click();
  const time = new Date().toISOString();
  await putInDatabase(seeding, {
    documents: [{ id, formatVersion: 1, kind: handbook.kind, title: handbook.title, status: handbook.status, metadata: handbook.metadata, decisions: [], createdAt: time, updatedAt: time, deletedAt: null, revision: 0 }],
    contents: [{ id, content: handbook.content }],
  });
  await seeding.close();
}

/**
 * Saving one edit in the open handbook: a keystroke in its middle until the app reports it stored,
 * less the deliberate 0.4 s pause after the last keystroke.
 */
async function saveLatencies(context, url, blocks) {
  const { page } = await openEditor(context, url, HANDBOK_EDITOR, blocks);
  const paragraphs = page.locator(HANDBOK_EDITOR.paragraphs);
  const paragraph = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await paragraph.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await paragraph.click();
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    await page.locator('[data-save-state="saved"]').waitFor();
    const start = await page.evaluate(() => performance.now());
    await page.keyboard.type('x');
    await page.waitForFunction(() => document.querySelector('[data-save-state="saving"]') !== null, null, { polling: 'raf' }).catch(() => undefined);
    await page.waitForFunction(() => document.querySelector('[data-save-state="saved"]') !== null, null, { polling: 'raf' });
    times.push((await page.evaluate(() => performance.now())) - start - 400);
  }
  await page.close();
  return median(times);
}

/**
 * Open time, keystroke latency and memory for the synthetic handbook, in Handbok and in bare Lexical,
 * and saving one edit in it, with chapters and without (the editor as it was before chapters).
 *
 * Keystrokes are measured in a browser that draws frames as soon as it can instead of at 60 Hz
 * (--disable-gpu-vsync, --disable-frame-rate-limit): a keystroke is measured to the frame that shows
 * it, and at 60 Hz that frame waits for the display's next tick, up to 16.7 ms whatever the key cost.
 * A 5-page document then measures p95 ≈ 21 ms at 60 Hz and ≈ 11 ms unthrottled; the goal (a keystroke
 * within one frame) is about the work a keystroke makes, which the unthrottled figure shows. Opening
 * is measured in the ordinary browser: there, frames drawn without pause would take time from the
 * opening itself.
 */
async function largeHandbookRows(browser, appUrl, rows) {
  const unthrottled = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
  const bareDir = resolve(ROOT, 'out/bench');
  await build({
    configFile: false,
    root: resolve(ROOT, 'tests/bench'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bareDir, emptyOutDir: true, rollupOptions: { input: resolve(ROOT, 'tests/bench/bare-lexical.html') } },
  });
  const bareServer = await preview({ configFile: false, root: resolve(ROOT, 'tests/bench'), logLevel: 'warn', build: { outDir: bareDir }, preview: { port: 5286, strictPort: false, host: '127.0.0.1' } });
  const bareUrl = `${bareServer.resolvedUrls.local[0]}bare-lexical.html`;
  const context = (inBrowser) => inBrowser.newContext({ viewport: { width: 1400, height: 900 } });
  const [app, bare, flat, appTyping, bareTyping] = await Promise.all([context(browser), context(browser), context(browser), context(unthrottled), context(unthrottled)]);
  await flat.addInitScript(() => localStorage.setItem('handbok.chapters', 'never'));

  const measure = async (opening, typing, url, editor, blocks, openRunning) => {
    const opens = [];
    const runningOpens = [];
    const latencies = [];
    let heap = 0;
    for (let run = 0; run < LARGE_RUNS; run += 1) {
      runningOpens.push(await openRunning());
      const { page, ms } = await openEditor(opening, url, editor, blocks);
      opens.push(ms);
      if (run === 0) heap = await heapMegabytes(opening, page);
      await page.close();
      const { page: typed } = await openEditor(typing, url, editor, blocks);
      latencies.push(...(await keystrokeLatencies(typed, editor)));
      await typed.close();
    }
    return { open: median(opens), runningOpen: median(runningOpens), p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), heap };
  };
  try {
    for (const pages of EDITOR_PAGES) {
      const handbook = await syntheticHandbook(pages);
      const blocks = handbook.content.root.children.length;
      const id = `large-${pages}`;
      const stored = await withStoredBlockIds(handbook);
      for (const seeded of [app, appTyping, flat]) await seedHandbook(seeded, appUrl, id, stored);
      writeFileSync(join(bareDir, `content-${pages}.json`), JSON.stringify(flattenBlocks(handbook.content)));
      const handbok = await measure(app, appTyping, `${appUrl}#/dokument/${id}`, HANDBOK_EDITOR, blocks, () => openInRunningApp(app, appUrl, id, blocks));
      // Measured the same way in bare Lexical, which lays out the whole document on every keystroke.
      // (Its paragraphs outnumber Handbok's blocks; Lexical holds a few less than the flattened JSON, so it is waited for as before.)
      const reference = await measure(bare, bareTyping, `${bareUrl}?content=content-${pages}.json`, BARE_EDITOR, blocks, () =>
        openInLoadedBareLexical(bare, bareUrl, `content-${pages}.json`, blocks),
      );
      const label = `${pages}-sidig handbok (${blocks} block)`;
      const versus = 'ren Lexical med samma text';
      rows.push({ name: `Öppna ${label} till redigerbart läge`, value: handbok.open, unit: 'ms', reference: versus, referenceValue: reference.open });
      rows.push({ name: `Öppna ${label} från biblioteket i appen som redan körs`, value: handbok.runningOpen, unit: 'ms', reference: `${versus}, i sidan redan laddad`, referenceValue: reference.runningOpen });
      rows.push({ name: `${label}: tangenttryck till nästa bildruta, p50`, value: handbok.p50, unit: 'ms', reference: versus, referenceValue: reference.p50 });
      rows.push({ name: `${label}: tangenttryck till nästa bildruta, p95 (mål < 16 ms)`, value: handbok.p95, unit: 'ms', reference: versus, referenceValue: reference.p95 });
      rows.push({ name: `${label}: JS-minne efter öppning`, value: handbok.heap, unit: 'MB', reference: versus, referenceValue: reference.heap });
      if (pages === Math.max(...EDITOR_PAGES)) {
        const chaptered = await saveLatencies(app, `${appUrl}#/dokument/${id}`, blocks);
        const unchaptered = await saveLatencies(flat, `${appUrl}#/dokument/${id}`, blocks);
        rows.push({ name: `${label}: spara en ändring (efter 400 ms paus)`, value: chaptered, unit: 'ms', reference: 'samma redigerare utan kapitel', referenceValue: unchaptered });
      }
    }
  } finally {
    await unthrottled.close();
    await bareServer.close();
  }
}

async function main() {
  execFileSync('bash', [resolve(ROOT, 'scripts/ensure-system-deps.sh'), 'bench'], { stdio: 'inherit' });
  process.chdir(ROOT);
  // Search runs in Node alone: no need to build the browser app for it.
  if (ONLY === 'search') {
    const rows = [];
    await searchRows(rows);
    return report(rows);
  }
  const configFile = resolve(ROOT, 'vite.web.config.ts');
  await build({ configFile, logLevel: 'warn' });
  const server = await preview({ configFile, logLevel: 'warn', preview: { port: 5284, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls.local[0];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const rows = [];
  try {
    if (ONLY === null || ONLY === 'library') await libraryRows(browser, url, rows);
    if (ONLY === null || ONLY === 'handbook') await largeHandbookRows(browser, url, rows);
    if (ONLY === null || ONLY === 'export') await wordExportRows(rows);
    if (ONLY === null || ONLY === 'import') await wordImportRows(rows);
    if (ONLY === null || ONLY === 'pdf') await pdfExportRows(rows);
    if (ONLY === null || ONLY === 'compare') await compareRows(rows);
    if (ONLY === null) await searchRows(rows);
    if (ONLY === null || ONLY === 'search-start') await searchColdStartRows(browser, url, rows);
    if (ONLY === null || ONLY === 'shared') await sharedLibraryRows(rows);
    if (ONLY === null || ONLY === 'shared') await sharedAppRows(browser, url, rows);
  } finally {
    await browser.close();
    await server.close();
  }
  report(rows);
}

/**
 * The shared library (tests/bench/shared-library.ts): a real server on 127.0.0.1 and clients with headless
 * editors, so these are the sync path and the editor's state without drawing. A keystroke until it is in the
 * other client's editor (goal < 100 ms at p95); opening a shared 60-page handbook from the server beside
 * the same document's stored JSON read into an editor, as the local library opens it (goal < 1.5×).
 */
async function sharedLibraryRows(rows) {
  const { measureSharedLibrary } = await sharedModule('tests/bench/shared-library.ts');
  const figures = await measureSharedLibrary(60, 200, LARGE_RUNS * 2);
  rows.push({
    name: 'Delat bibliotek: en tangent till den andras redigerare, p95 (mål < 100 ms; utan ritning)',
    value: figures.keyP95,
    unit: 'ms',
    reference: 'p50',
    referenceValue: figures.keyP50,
  });
  rows.push({
    name: 'Delat bibliotek: öppna 60-sidig handbok från servern (mål < 1,5× lokalt; utan ritning)',
    value: figures.openShared,
    unit: 'ms',
    reference: 'samma dokuments sparade JSON in i en redigerare, som det lokala biblioteket öppnar',
    referenceValue: figures.openLocal,
  });
}

/**
 * A shared document in the app itself (two profiles of the browser build and a server on 127.0.0.1): a
 * keystroke in one person's window until the frame in the other's window that shows it (goal < 100 ms at
 * p95), and opening the shared 60-page handbook in a running app (a profile with no copy of it yet)
 * beside opening the same handbook from the local library (goal < 1.5×).
 */
async function sharedAppRows(browser, appUrl, rows) {
  const { startSharedHandbook } = await sharedModule('tests/bench/shared-library.ts');
  const shared = await startSharedHandbook(60);
  const address = `http://127.0.0.1:${shared.port}`;
  const sharedEditor = { root: '.editor__content', blocks: '.editor__content > *', paragraphs: '.editor__content > p' };
  try {
    /** A profile connected to the server, as Inställningar → Delat bibliotek leaves it. */
    const connectedContext = async (name) => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(appUrl);
      await page.getByRole('button', { name: 'Gör det senare' }).click();
      await page.evaluate((name) => localStorage.setItem('handbok.userName', name), name);
      await putInDatabase(page, { settings: [{ key: 'sharedLibrary', value: { address, token: shared.token } }] });
      await page.close();
      return context;
    };
    const openShared = async (context) => {
      const page = await context.newPage();
      await page.goto(`${appUrl}#/`);
      await page.getByRole('heading', { name: 'Delat bibliotek' }).waitFor();
      return openInLoadedPage(page, sharedEditor, shared.blocks, (id) => (location.hash = `#/delat/${id}`), shared.handbook.id);
    };

    const opened = { shared: [], local: [] };
    const local = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await seedHandbook(local, appUrl, 'lokal-handbok', await withStoredBlockIds(shared.handbook));
    for (let run = 0; run < LARGE_RUNS; run += 1) {
      const fresh = await connectedContext('Bänk');
      opened.shared.push(await openShared(fresh));
      await fresh.close();
      opened.local.push(await openInRunningApp(local, appUrl, 'lokal-handbok', shared.blocks));
    }
    await local.close();
    rows.push({
      name: 'Delat bibliotek i appen: öppna 60-sidig handbok från servern (mål < 1,5× lokalt)',
      value: median(opened.shared),
      unit: 'ms',
      reference: 'samma handbok ur det lokala biblioteket',
      referenceValue: median(opened.local),
    });

    // A keystroke in Anna's window until the frame in Bertil's that shows it. The two pages' clocks are
    // compared through their time origins (one machine, one clock).
    const [annaContext, bertilContext] = [await connectedContext('Anna'), await connectedContext('Bertil')];
    const [anna, bertil] = [await annaContext.newPage(), await bertilContext.newPage()];
    for (const page of [anna, bertil]) {
      await page.goto(`${appUrl}#/delat/${shared.handbook.id}`);
      await page.waitForFunction(
        ({ editor, blocks }) => document.querySelector(editor.root)?.isContentEditable && document.querySelectorAll(editor.blocks).length >= blocks,
        { editor: sharedEditor, blocks: shared.blocks },
        { polling: 'raf', timeout: 120_000 },
      );
    }
    const index = Math.floor((await anna.locator(sharedEditor.paragraphs).count()) / 2);
    await anna.evaluate((root) => {
      window.__typed = [];
      document.querySelector(root).addEventListener('keydown', (event) => window.__typed.push(performance.timeOrigin + event.timeStamp), true);
    }, sharedEditor.root);
    const paragraph = anna.locator(sharedEditor.paragraphs).nth(index);
    await paragraph.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await bertil.locator(sharedEditor.paragraphs).nth(index).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await paragraph.click();
    await anna.waitForTimeout(300);
    const latencies = [];
    for (let key = 0; key < KEYSTROKES; key += 1) {
      // Bertil's window looks at each frame whether the paragraph has grown, and notes the frame that shows it.
      const shown = bertil.evaluate(
        ({ selector, index, length }) =>
          new Promise((resolvePromise) => {
            const paragraph = document.querySelectorAll(selector)[index];
            const look = () => (paragraph.textContent.length > length ? resolvePromise(performance.timeOrigin + performance.now()) : requestAnimationFrame(look));
            requestAnimationFrame(look);
          }),
        { selector: sharedEditor.paragraphs, index, length: await bertil.locator(sharedEditor.paragraphs).nth(index).evaluate((element) => element.textContent.length) },
      );
      await anna.keyboard.type('a');
      latencies.push((await shown) - (await anna.evaluate((key) => window.__typed[key], key)));
      await anna.waitForTimeout(30);
    }
    await annaContext.close();
    await bertilContext.close();
    rows.push({
      name: 'Delat bibliotek i appen: en tangent till den andras skärm, p95 (mål < 100 ms)',
      value: percentile(latencies, 0.95),
      unit: 'ms',
      reference: 'p50',
      referenceValue: median(latencies),
    });
  } finally {
    await shared.stop();
  }
}

/** Cold start of a library of LIBRARY_SIZE documents, and saving one edit, each beside its reference. */
async function libraryRows(browser, url, rows) {
  // Reference: the same build starting on an empty library, in its own fresh profile.
  const empty = await browser.newContext();
  const seeding = await empty.newPage();
  await seeding.goto(url);
  await seeding.getByRole('button', { name: 'Gör det senare' }).click();
  await seeding.close();
  const emptyTimes = [];
  for (let i = 0; i < RUNS; i += 1) emptyTimes.push(await coldStart(empty, url, 0));

  const full = await browser.newContext();
  const page = await full.newPage();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Välkommen till Handbok' }).waitFor();
  await seedLibrary(page, LIBRARY_SIZE);
  await page.close();
  const fullTimes = [];
  for (let i = 0; i < RUNS; i += 1) fullTimes.push(await coldStart(full, url, LIBRARY_SIZE));
  rows.push({
    name: `Kallstart till interaktivt bibliotek (${LIBRARY_SIZE} dokument)`,
    value: median(fullTimes),
    unit: 'ms',
    reference: 'samma bygge, tomt bibliotek',
    referenceValue: median(emptyTimes),
  });

  // Saving one edit: keystroke in the title until the app reports it stored, beside a raw
  // IndexedDB write of the same row (the floor). The app waits AUTOSAVE_DELAY_MS (400 ms) after the
  // last keystroke on purpose, so that delay is subtracted and shown separately.
  const editor = await full.newPage();
  await editor.goto(url);
  await editor.getByRole('link', { name: 'Dokument 000' }).click();
  const title = editor.getByRole('textbox', { name: 'Dokumentnamn' });
  await title.waitFor();
  const saveTimes = [];
  for (let i = 0; i < RUNS; i += 1) {
    await editor.locator('[data-save-state="saved"]').waitFor();
    await title.focus();
    const start = await editor.evaluate(() => performance.now());
    await editor.keyboard.type('x');
    await editor.waitForFunction(() => document.querySelector('[data-save-state="saving"]') !== null, null, { polling: 'raf' }).catch(() => undefined);
    await editor.waitForFunction(() => document.querySelector('[data-save-state="saved"]') !== null, null, { polling: 'raf' });
    saveTimes.push((await editor.evaluate(() => performance.now())) - start - 400);
  }
  const rawTimes = [];
  for (let i = 0; i < RUNS; i += 1) {
    rawTimes.push(
      await editor.evaluate(
        () =>
          new Promise((resolvePromise, reject) => {
            const request = indexedDB.open('handbok');
            request.onsuccess = () => {
              const db = request.result;
              const started = performance.now();
              const tx = db.transaction('documents', 'readwrite');
              const store = tx.objectStore('documents');
              const get = store.get('bench-1');
              get.onsuccess = () => store.put({ ...get.result, revision: get.result.revision + 1 });
              tx.oncomplete = () => { db.close(); resolvePromise(performance.now() - started); };
              tx.onerror = () => reject(tx.error);
            };
          }),
      ),
    );
  }
  rows.push({
    name: 'Spara en ändring (efter 400 ms paus)',
    value: median(saveTimes),
    unit: 'ms',
    reference: 'rå IndexedDB-skrivning av samma rad',
    referenceValue: median(rawTimes),
  });
}

function report(rows) {
  console.log(`\nHandbok benchmarks (median of ${RUNS} runs, browser build in Debian Chromium)\n`);
  const table = rows.map((row) => ({
    Mätning: row.name,
    Värde: `${row.value.toFixed(1)} ${row.unit}`,
    Referens: row.referenceValue === null ? '–' : `${row.referenceValue.toFixed(1)} ${row.unit} (${row.reference})`,
    Kvot: row.referenceValue === null ? '–' : (row.value / row.referenceValue).toFixed(2),
  }));
  console.table(table);
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(resolve(ROOT, 'bench-results/bench.json'), `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows }, null, 2)}\n`);
  console.log('Written to bench-results/bench.json');
}

await main();
