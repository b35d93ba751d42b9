import { z } from 'zod';
import { childrenOf, isNode, repairNode, tooDeep, unwrapUnsafeLinks, type BoundProblem, type ContentRepair, type Node } from './bound-content';
import type { SerializedContent, SerializedNode } from './content';
import { tooDeeplyNested } from './nesting';
import { isHandbokNodeType, NODE_TYPES } from './node-types';
import { problemsOf, type NormalizeProblem, type Normalized } from './problems';

/**
 * The gate every stored or imported content passes (the document's own gate is normalize-document.ts).
 * Before anything recurses, it refuses content that nests too deep, in its nodes or in any of their
 * fields. Then one walk, with a stack of its own, over a copy (the input is never modified) does for
 * every node: the envelope (a type, a version, children that are nodes); the repairs of
 * bound-content.ts; and for each of Handbok's own node types, the upgrades from an older version and
 * the check against its schema (node-types.ts), unknown fields kept. A node of a type this Handbok
 * does not know, or of a newer version, is kept as it is. Every problem is named with its path.
 */

/** What every node has; a node's own fields are its type's business. */
const envelopeSchema = z.looseObject({
  type: z.string().min(1),
  version: z.number().int().nonnegative(),
  children: z.array(z.unknown()).optional(),
});

/** The envelope checked by hand first: a handbook has a hundred thousand nodes, and the schema is only needed to word a problem. */
const hasEnvelope = (node: Node): boolean =>
  typeof node.type === 'string' &&
  node.type !== '' &&
  Number.isInteger(node.version) &&
  (node.version as number) >= 0 &&
  (node.children === undefined || Array.isArray(node.children));

const rootSchema = z.looseObject({
  type: z.literal('root'),
  version: z.number().int().nonnegative(),
  children: z.array(z.unknown()),
  direction: z.enum(['ltr', 'rtl']).nullable().catch(null),
  format: z.string().catch(''),
  indent: z.number().catch(0),
});

/**
 * A Handbok node of an older version brought to the current one, one version at a time, in place. A
 * version with no upgrade had the same shape as the next (Handbok never wrote version 0, but a
 * hand-made file may): it only takes the next number.
 */
function upgradeNode(node: Node, type: keyof typeof NODE_TYPES): void {
  const { version, upgrades = {} } = NODE_TYPES[type];
  for (let from = node.version as number; from < version; from += 1) {
    const step = upgrades[from];
    const upgraded: Node = step ? { ...step(node as SerializedNode) } : { ...node };
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, upgraded, { version: from + 1 });
  }
}

/**
 * The problems of one node: its envelope, then, for a node of Handbok's own, its type's schema. A value
 * the schema fills in when it is missing (an image's caption) is written into the node and reported.
 */
function checkNode(node: Node, path: string, repairs: ContentRepair[]): NormalizeProblem[] {
  if (!hasEnvelope(node)) return problemsOf(envelopeSchema.safeParse(node).error!, node, path);
  const type = node.type as string;
  if (!isHandbokNodeType(type)) return [];
  upgradeNode(node, type);
  // A newer version than this Handbok writes is carried as unknown: its shape is not ours to judge.
  if ((node.version as number) > NODE_TYPES[type].version) return [];
  const checked = NODE_TYPES[type].schema.safeParse(node);
  if (!checked.success) return problemsOf(checked.error, node, path);
  for (const [key, value] of Object.entries(checked.data as Node)) {
    if (key === 'children' || node[key] !== undefined) continue;
    node[key] = value;
    repairs.push({ path: `${path}.${key}`, code: 'value-filled' });
  }
  return [];
}

/** Validates, upgrades and repairs content; refuses it with the problems it has. */
export function normalizeContent(raw: unknown): Normalized<SerializedContent> {
  if (!isNode(raw)) return { ok: false, problems: [{ path: 'content', code: raw === undefined ? 'missing' : 'wrong-type' }] };
  if (!isNode(raw.root)) return { ok: false, problems: [{ path: 'content.root', code: raw.root === undefined ? 'missing' : 'wrong-type' }] };
  const deep = tooDeep(raw.root);
  if (deep) return { ok: false, problems: [deep] };
  // A node's other fields may nest too (a hand-made archive can put anything there).
  const deepField = tooDeeplyNested(raw, 'content');
  if (deepField) return { ok: false, problems: [{ path: deepField, code: 'too-nested' }] };

  // Within the depth bound, so the structured clone cannot overflow.
  const copy = structuredClone(raw) as { root: Node };
  const root = rootSchema.safeParse(copy.root);
  if (!root.success) return { ok: false, problems: problemsOf(root.error, copy.root, 'content.root') };
  const { children: _children, ...rootFields } = root.data;
  Object.assign(copy.root, rootFields);

  const repairs: ContentRepair[] = [];
  const problems: (NormalizeProblem | BoundProblem)[] = [];
  const stack: { node: Node; path: string }[] = [{ node: copy.root, path: 'content.root' }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node !== copy.root) {
      const found = checkNode(node, path, repairs);
      if (found.length) {
        problems.push(...found);
        continue;
      }
    }
    const problem = repairNode(node, path, repairs);
    if (problem) problems.push(problem);
    unwrapUnsafeLinks(node, path, repairs);
    const children = childrenOf(node);
    // Pushed last to first, so that the nodes (and their problems) come in document order.
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (isNode(child)) stack.push({ node: child, path: `${path}.children.${index}` });
      else problems.push({ path: `${path}.children.${index}`, code: child === undefined || child === null ? 'missing' : 'wrong-type' });
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: copy as unknown as SerializedContent, ...(repairs.length ? { repairs } : {}) };
}
