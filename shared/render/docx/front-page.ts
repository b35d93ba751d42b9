import { AlignmentType, BorderStyle, ImageRun, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { HandbokDocument } from '../../model/document';
import { formatDecisionReference } from '../../model/decision';
import { METADATA_FIELD_KEYS } from '../../model/metadata';
import type { Organisation } from '../../model/organisation';
import { DECISION_ACTION_NAMES, KIND_NAMES, metadataLabel, WORDS } from '../document-words';
import { decodeImage } from '../image-data';

const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DC' };
const borders = { top: thinBorder, bottom: thinBorder, left: thinBorder, right: thinBorder };

function labelledTable(rows: [string, string][], widths: [number, number]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ borders, children: [new Paragraph({ style: 'MetadataLabel', children: [new TextRun(label)] })] }),
            new TableCell({ borders, children: [new Paragraph({ style: 'MetadataValue', children: [new TextRun(value)] })] }),
          ],
        }),
    ),
  });
}

/**
 * The first page of a governing document: the organisation's logo and name, the document's kind and
 * title, the metadata table (only the fields that are filled, under the organisation's labels) and
 * the decision history. The table of contents follows on the next page.
 */
export function frontPage(document: HandbokDocument, organisation: Organisation | null): (Paragraph | Table)[] {
  const labels = organisation?.metadataLabels ?? {};
  const logo = organisation?.logo ? decodeImage(organisation.logo.dataUrl) : null;
  const logoHeight = 60;
  const children: (Paragraph | Table)[] = [];
  if (logo) {
    children.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: logo.type,
            data: logo.bytes,
            transformation: { width: Math.round((logo.width / logo.height) * logoHeight), height: logoHeight },
            altText: { name: 'Logotyp', title: organisation?.name ?? '', description: `Logotyp för ${organisation?.name ?? ''}` },
          }),
        ],
      }),
    );
  }
  if (organisation?.name) children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(organisation.name)] }));
  children.push(
    new Paragraph({ spacing: { before: 1200 }, style: 'Subtitle', children: [new TextRun(KIND_NAMES[document.kind])] }),
    new Paragraph({ style: 'Title', children: [new TextRun(document.title)] }),
  );
  const metadata: [string, string][] = [
    [metadataLabel('documentKind', labels), KIND_NAMES[document.kind]],
    ...METADATA_FIELD_KEYS.flatMap((key): [string, string][] => {
      const value = document.metadata[key]?.trim();
      return value ? [[metadataLabel(key, labels), value]] : [];
    }),
  ];
  children.push(labelledTable(metadata, [3000, 6000]));
  if (document.decisions.length) {
    children.push(new Paragraph({ style: 'BlockTitle', spacing: { before: 360 }, children: [new TextRun(WORDS.decisionHistory)] }));
    children.push(
      labelledTable(
        document.decisions.map((decision) => [
          formatDecisionReference(decision),
          [DECISION_ACTION_NAMES[decision.action], decision.summary].filter(Boolean).join(' – '),
        ]),
        [4000, 5000],
      ),
    );
  }
  children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new PageBreak()] }));
  return children;
}
