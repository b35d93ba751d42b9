import { REFERENCE_TYPE } from './blocks';
import type { SerializedNode } from './content';
import type { DocumentHeader } from './document';
import { descendants, stringOf } from './tree';

/** What is wrong with the target of a reference, if anything: the editor and the quality panel both show it. */
export type ReferenceProblem = 'unchosen' | 'missing' | 'deleted' | 'repealed';

export function referenceProblem(
  documentId: string,
  target: Pick<DocumentHeader, 'status' | 'deletedAt'> | undefined,
): ReferenceProblem | null {
  if (!documentId) return 'unchosen';
  if (!target) return 'missing';
  if (target.deletedAt !== null) return 'deleted';
  if (target.status === 'upphavd') return 'repealed';
  return null;
}

/** The document ids that the references in the content point to, in document order ('' for an unchosen one). */
export function referencedIds(children: readonly SerializedNode[]): string[] {
  return [...descendants(children)].flatMap((node) => (node.type === REFERENCE_TYPE ? [stringOf(node, 'documentId')] : []));
}
