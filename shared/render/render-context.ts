import type { SerializedNode } from '../model/content';
import type { HandbokDocument } from '../model/document';
import type { HouseStyle, Organisation } from '../model/organisation';
import type { ReferenceTarget, RenderWarning } from './warnings';

/**
 * What every exporter's mappers share while one document is written: the document and its profile,
 * the house style, the other documents (for references), the warnings, each numbered block's number and
 * the figure count. Each exporter adds what its format needs.
 */
export class RenderContext {
  readonly warnings: RenderWarning[] = [];
  private images = 0;

  constructor(
    readonly document: HandbokDocument,
    readonly organisation: Organisation | null,
    readonly style: HouseStyle,
    readonly resolveReference: (id: string) => ReferenceTarget | undefined,
    /** The number of each consecutively numbered block (principles count 1, 2, 3 …). */
    private readonly blockNumbers: ReadonlyMap<SerializedNode, number>,
    /** In a comparison export: the number a block had in the older version, where it differs. */
    private readonly formerBlockNumbers: ReadonlyMap<SerializedNode, number> = new Map(),
  ) {}

  warn(code: RenderWarning['code'], detail: string) {
    this.warnings.push({ code, detail });
  }

  blockNumber(block: SerializedNode): number | undefined {
    return this.blockNumbers.get(block);
  }

  formerBlockNumber(block: SerializedNode): number | undefined {
    return this.formerBlockNumbers.get(block);
  }

  nextImageNumber(): number {
    this.images += 1;
    return this.images;
  }
}
