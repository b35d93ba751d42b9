import type { TopLevelBlockType } from '../../model/blocks';
import type { SerializedNode } from '../../model/content';

/**
 * A proposal of structure: the imported nodes from `from` up to `to` (not included) read as one block,
 * or as a heading that was typed as a bold line. Accepted, the block stands in their place; declined,
 * the nodes stay as they were read.
 */
export interface BlockMatch {
  from: number;
  to: number;
  type: TopLevelBlockType | 'heading';
  block: SerializedNode;
  /** 0 to 1: how sure the recogniser is. Handbok's own marks are 1; a guess from layout alone is lower. */
  confidence: number;
  /** A heading whose number was typed ("2.1 …"): the document numbers its headings when it is accepted. */
  numbered?: boolean;
}
