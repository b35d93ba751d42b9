import type { SerializedNode } from '../../model/content';
import { readMammothTree } from './mammoth-tree';
import { DOCX_LIMITS, packStored, partText, readDocxParts, type DocxLimits, type DocxRefusal } from './package';
import { BodyReader, type ImportedNode } from './read-body';
import type { ImportWarning } from './warnings';
import { countRevisions, headerFooterTexts, markNumberedParagraphs, readCoreProperties, readCustomProperties, readNumbering, type CoreProperties } from './word-parts';

/**
 * A Word file read into Handbok's content, before any structure is proposed: the body as annotated
 * nodes, what the file's headers, footers and properties say (the registry number often stands in the
 * header), and every warning. Pure: runs in the renderer's Worker, in the command line and in tests.
 */
export interface DocxReading {
  nodes: ImportedNode[];
  /** The Word character style of text that had one (a role's name in Handbok's own files). */
  runStyles: WeakMap<SerializedNode, string>;
  warnings: ImportWarning[];
  headers: string[];
  footers: string[];
  properties: CoreProperties;
  /** The file's custom properties by name: Handbok's own say which document the file came from (model/file-origin.ts). */
  customProperties: Map<string, string>;
}

export type DocxReadResult = { ok: true; reading: DocxReading } | { ok: false; refusal: DocxRefusal };

const DOCUMENT_PART = 'word/document.xml';

/** mammoth's messages about styles it has no HTML for do not concern Handbok, which reads the styles itself. */
const STYLE_MESSAGE = /^Unrecognised (?:paragraph|run|table|numbering) style/;

export async function readDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<DocxReadResult> {
  const opened = readDocxParts(bytes, limits);
  if (!opened.ok) return opened;
  const { parts } = opened;
  const documentXml = partText(parts, DOCUMENT_PART) ?? '';
  // mammoth forgets which Word list a paragraph is in; a bookmark carries it through (word-parts.ts).
  parts.set(DOCUMENT_PART, new TextEncoder().encode(markNumberedParagraphs(documentXml)));
  let tree;
  try {
    tree = await readMammothTree(packStored(parts));
  } catch (error) {
    return { ok: false, refusal: { code: 'truncated', detail: error instanceof Error ? error.message : String(error) } };
  }
  const reader = new BodyReader(tree.document, readNumbering(partText(parts, 'word/numbering.xml')));
  const body = await reader.read();
  const { headers, footers } = headerFooterTexts(parts);
  return {
    ok: true,
    reading: {
      nodes: body.nodes,
      runStyles: body.runStyles,
      warnings: [...fileWarnings(documentXml), ...body.warnings, ...readerMessages(tree.messages)],
      headers,
      footers,
      properties: readCoreProperties(partText(parts, 'docProps/core.xml')),
      customProperties: readCustomProperties(partText(parts, 'docProps/custom.xml')),
    },
  };
}

/** What the whole file had that Handbok does not take in: tracked changes (accepted), comments, equations and objects. */
function fileWarnings(documentXml: string): ImportWarning[] {
  const revisions = countRevisions(documentXml);
  const warnings: ImportWarning[] = [];
  const changes = revisions.insertions + revisions.deletions + revisions.moves;
  if (changes) warnings.push({ code: 'tracked-changes', count: changes });
  if (revisions.comments) warnings.push({ code: 'comments-left-out', count: revisions.comments });
  const objects = countOf(documentXml, '<m:oMath>') + countOf(documentXml, '<m:oMath ') + countOf(documentXml, '<o:OLEObject ');
  if (objects) warnings.push({ code: 'object-left-out', count: objects });
  return warnings;
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

function readerMessages(messages: readonly string[]): ImportWarning[] {
  const unique = [...new Set(messages.filter((message) => !STYLE_MESSAGE.test(message)))];
  return unique.map((detail) => ({ code: 'reader-message', detail }));
}
