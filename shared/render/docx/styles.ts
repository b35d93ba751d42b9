import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { HouseStyle } from '../../model/organisation';
import { OWN_STYLE_NAMES } from './own-names';
import { STATUS_COLOUR } from '../layout/front-page';

const statusLine = { style: BorderStyle.SINGLE, size: 8, color: STATUS_COLOUR, space: 4 };
const statusBorder = { top: statusLine, bottom: statusLine, left: statusLine, right: statusLine };

const points = (size: number) => Math.round(size * 2); // docx sizes are in half-points
const LANGUAGE = { value: 'sv-SE' } as const;

/**
 * Word's built-in styles (Heading 1–3, Quote, Caption, Hyperlink, Footnote Text …) set in the house
 * style, so that the navigation pane, the table of contents and the user's own template all work,
 * plus a few named styles of Handbok's own for the blocks. The document language is Swedish.
 */
export function documentStyles(style: HouseStyle): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: style.headingFont, size: points(size), bold: true, color: style.headingColor },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  const own = (id: string, name: string, run: Record<string, unknown>, paragraph: Record<string, unknown> = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run,
    paragraph,
  });
  return {
    default: {
      document: {
        run: { font: style.bodyFont, size: points(style.bodySize), language: LANGUAGE },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: {
        run: { font: style.headingFont, size: points(26), bold: true, color: style.headingColor },
        paragraph: { spacing: { before: 0, after: 480, line: 300, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(16, 360),
      heading2: heading(13, 240),
      heading3: heading(11.5, 200),
      caption: { run: { italics: true, size: points(style.bodySize - 1), color: '555555' } },
      hyperlink: { run: { color: '1F5FA8', underline: {} } },
    },
    paragraphStyles: [
      own('Subtitle', 'Subtitle', { font: style.headingFont, size: points(14), color: '555555' }, { spacing: { after: 120, line: 280, lineRule: LineRuleType.AUTO } }),
      own('ContentsHeading', OWN_STYLE_NAMES.ContentsHeading, { font: style.headingFont, size: points(16), bold: true, color: style.headingColor }, { spacing: { after: 240 } }),
      own('Quote', 'Quote', { italics: true, color: '444444' }, { indent: { left: 567, right: 567 } }),
      own('BlockTitle', OWN_STYLE_NAMES.BlockTitle, { font: style.headingFont, bold: true, color: style.headingColor }, { keepNext: true, spacing: { before: 200, after: 60 } }),
      own('StepTitle', OWN_STYLE_NAMES.StepTitle, { bold: true }, { keepNext: true, spacing: { before: 120, after: 40 } }),
      own('FieldLabel', OWN_STYLE_NAMES.FieldLabel, { font: style.headingFont, size: points(8.5), bold: true, allCaps: true, color: '555555' }, { keepNext: true, spacing: { before: 120, after: 20 } }),
      own('Lead', OWN_STYLE_NAMES.Lead, { italics: true }, { keepNext: true }),
      own('RoleLead', OWN_STYLE_NAMES.RoleLead, {}, { keepNext: true, spacing: { before: 200, after: 60 } }),
      own('GoalDetail', OWN_STYLE_NAMES.GoalDetail, { size: points(style.bodySize - 1), color: '444444' }, { indent: { left: 357 }, spacing: { after: 40 } }),
      own('Source', OWN_STYLE_NAMES.Source, { size: points(style.bodySize - 1), italics: true, color: '555555' }),
      own('TableHeading', OWN_STYLE_NAMES.TableHeading, { font: style.headingFont, bold: true, size: points(style.bodySize - 1) }, { spacing: { after: 0 } }),
      own('DocumentStatus', OWN_STYLE_NAMES.DocumentStatus, { font: style.headingFont, bold: true, size: points(12), color: STATUS_COLOUR }, {
        border: statusBorder,
        spacing: { before: 0, after: 360 },
      }),
      own('StatusMark', OWN_STYLE_NAMES.StatusMark, { font: style.headingFont, size: points(10), color: STATUS_COLOUR, characterSpacing: 16 }, { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
      own('RegistryTop', OWN_STYLE_NAMES.RegistryTop, { font: style.headingFont, size: points(10) }, { alignment: AlignmentType.RIGHT, spacing: { after: 240 } }),
      own('MetadataLabel', OWN_STYLE_NAMES.MetadataLabel, { font: style.headingFont, bold: true, size: points(9) }, { spacing: { after: 0 } }),
      own('MetadataValue', OWN_STYLE_NAMES.MetadataValue, { size: points(9.5) }, { spacing: { after: 0 } }),
    ],
    characterStyles: [
      { id: 'RoleName', name: OWN_STYLE_NAMES.RoleName, basedOn: 'DefaultParagraphFont', quickFormat: true, run: { font: style.headingFont, bold: true, color: style.headingColor } },
    ],
  };
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 357 * (level + 1), hanging: 357 } } },
  }));

const BULLETS = ['•', '–', '▪'];

/** Real Word lists: bullets, numbers (each list its own instance, so each starts at 1) and outline numbers for headings. */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      { reference: 'bullets', levels: levels(LevelFormat.BULLET, (level) => BULLETS[level % BULLETS.length]!) },
      { reference: 'numbers', levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
      {
        reference: 'headings',
        levels: Array.from({ length: 3 }, (_, level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: Array.from({ length: level + 1 }, (__, index) => `%${index + 1}`).join('.'),
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 0, hanging: 0 } } },
        })),
      },
    ],
  };
}
