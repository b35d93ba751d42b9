import type { Paragraph } from 'docx';
import type { SerializedNode } from '../../model/content';
import type { HandbokDocument } from '../../model/document';
import type { HouseStyle, Organisation } from '../../model/organisation';
import type { ReferenceTarget, RenderWarning } from '../warnings';

export type { ReferenceTarget };
/** Something in the document that the Word file cannot hold as it is; the user is told. */
export type DocxWarning = RenderWarning;

/**
 * What the mappers share while one document is written: the warnings, the footnotes collected along
 * the way, and a new numbering instance for each list, so that every list starts at 1.
 */
export class RenderContext {
  readonly warnings: DocxWarning[] = [];
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private nextFootnote = 1;
  private nextListInstance = 1;
  private images = 0;

  constructor(
    readonly document: HandbokDocument,
    readonly organisation: Organisation | null,
    readonly style: HouseStyle,
    readonly resolveReference: (id: string) => ReferenceTarget | undefined,
    /** Each principle's number (consecutive principles count 1, 2, 3 …). */
    private readonly principleNumbers: ReadonlyMap<SerializedNode, number>,
  ) {}

  warn(code: DocxWarning['code'], detail: string) {
    this.warnings.push({ code, detail });
  }

  addFootnote(children: Paragraph[]): number {
    const id = this.nextFootnote;
    this.nextFootnote += 1;
    this.footnotes[id] = { children };
    return id;
  }

  /** A fresh numbering instance: a list written with it starts again at 1. */
  newListInstance(): number {
    const instance = this.nextListInstance;
    this.nextListInstance += 1;
    return instance;
  }

  principleNumber(block: SerializedNode): number | undefined {
    return this.principleNumbers.get(block);
  }

  nextImageNumber(): number {
    this.images += 1;
    return this.images;
  }
}
