import { REFERENCE_TYPE } from './blocks';
import type { SerializedNode } from './content';
import type { DocumentHeader } from './document';

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
  const ids: string[] = [];
  const visit = (node: SerializedNode) => {
    if (node.type === REFERENCE_TYPE) ids.push(typeof node.documentId === 'string' ? node.documentId : '');
    if (Array.isArray(node.children)) (node.children as SerializedNode[]).forEach(visit);
  };
  children.forEach(visit);
  return ids;
}
