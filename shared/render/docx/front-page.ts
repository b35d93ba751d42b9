import { AlignmentType, BorderStyle, ImageRun, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { HandbokDocument } from '../../model/document';
import type { Organisation } from '../../model/organisation';
import { WORDS } from '../document-words';
import { decodeImage, fitToPage } from '../image-data';
import { frontPageLayout, type LabelledRow } from '../layout/front-page';

const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DC' };
const borders = { top: thinBorder, bottom: thinBorder, left: thinBorder, right: thinBorder };

function labelledTable(rows: LabelledRow[], widths: [number, number]): Table {
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

const LOGO_HEIGHT = 60;

/** The first page (shared/render/layout/front-page), as the print page has it; what follows starts on a new page. */
export function frontPage(document: HandbokDocument, organisation: Organisation | null): (Paragraph | Table)[] {
  const page = frontPageLayout(document, organisation);
  const logo = page.logo ? decodeImage(page.logo.dataUrl) : null;
  const children: (Paragraph | Table)[] = [];
  if (page.registryNumberAtTop) children.push(new Paragraph({ style: 'RegistryTop', children: [new TextRun(page.registryNumberAtTop)] }));
  if (page.logo && logo) {
    children.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: logo.type,
            data: logo.bytes,
            transformation: fitToPage({ width: Math.round((logo.width / logo.height) * LOGO_HEIGHT), height: LOGO_HEIGHT }),
            altText: { name: 'Logotyp', title: page.organisation, description: page.logo.alt },
          }),
        ],
      }),
    );
  }
  if (page.organisation) children.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(page.organisation)] }));
  children.push(
    new Paragraph({ spacing: { before: 1200 }, style: 'Subtitle', children: [new TextRun(page.aboveTitle)] }),
    new Paragraph({ style: 'Title', children: [new TextRun(page.title)] }),
  );
  if (page.status) children.push(new Paragraph({ style: 'DocumentStatus', children: [new TextRun(page.status)] }));
  if (page.metadata.length) children.push(labelledTable(page.metadata, [3000, 6000]));
  if (page.history.length) {
    children.push(new Paragraph({ style: 'BlockTitle', spacing: { before: 360 }, children: [new TextRun(WORDS.decisionHistory)] }));
    children.push(labelledTable(page.history, [4000, 5000]));
  }
  children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new PageBreak()] }));
  return children;
}
