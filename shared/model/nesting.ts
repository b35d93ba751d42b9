import { MAX_NESTING } from './content-limits';

/** An object or array met on the walk, with the way back to the top, for the path of a find. */
interface Level {
  value: object;
  depth: number;
  key: string;
  parent: Level | null;
}

/**
 * Where a value nests deeper than MAX_NESTING (objects and arrays counted as levels), as a path such
 * as `metadata.extra.0.0…`; null when it does not. Walked with an explicit stack, since the value may
 * be thousands deep, and it stops at the bound, so a value thousands deep costs no more than one at
 * the bound. Arrays are walked by index and no entry lists are built: a column list of 100,000 numbers
 * must not cost the gate a frame.
 */
export function tooDeeplyNested(value: unknown, prefix = ''): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const stack: Level[] = [{ value, depth: 0, key: prefix, parent: null }];
  const visit = (child: unknown, key: string, level: Level) => {
    if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: level.depth + 1, key, parent: level });
  };
  while (stack.length) {
    const level = stack.pop()!;
    if (level.depth >= MAX_NESTING) return pathOf(level);
    const current = level.value;
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index += 1) visit(current[index], String(index), level);
    } else {
      for (const key in current) visit((current as Record<string, unknown>)[key], key, level);
    }
  }
  return null;
}

/** The first five keys from the top down to the level, enough to find the place in the file. */
function pathOf(level: Level): string {
  const keys: string[] = [];
  for (let at: Level | null = level; at; at = at.parent) if (at.key) keys.unshift(at.key);
  return `${keys.slice(0, 5).join('.')}…`;
}
