import type { z } from 'zod';
import type { ContentRepair } from './bound-content';

/** Why stored data could not be read; the interface turns the code into a sentence in the user's language. */
export interface NormalizeProblem {
  /** Where in the data, e.g. `metadata.validFrom` or `decisions.0.body`; empty for the whole value. */
  path: string;
  code: 'not-an-object' | 'missing' | 'wrong-type' | 'invalid-value' | 'newer-format' | 'too-deep' | 'too-nested' | 'too-wide';
}

/** Read data, with what the gate repaired on the way (content only; absent when nothing was). */
export type Normalized<T> = { ok: true; value: T; repairs?: ContentRepair[] } | { ok: false; problems: NormalizeProblem[] };

const isContainer = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (!isContainer(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A schema's complaints about the input as problems, each with its path under `prefix`. */
export function problemsOf(error: z.ZodError, input: unknown, prefix = ''): NormalizeProblem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    // zod reports a missing enum or literal as a wrong value: look at the data to tell them apart.
    const missing = valueAt(input, issue.path) === undefined && issue.code !== 'custom';
    const code = missing ? 'missing' : issue.code === 'invalid_type' ? 'wrong-type' : 'invalid-value';
    return { path, code };
  });
}
