import { parseArgs, type ParseArgsConfig } from 'node:util';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A command line used wrongly: said in one line, followed by a pointer to `handbok --help`. */
export class UsageError extends Error {}

/** A failure the user can act on, said in one line (never a stack trace), with lines of detail below it when needed. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The flags and positionals of one command; an unknown or malformed flag is a UsageError. */
export function options<const Spec extends NonNullable<ParseArgsConfig['options']>>(args: string[], spec: Spec) {
  try {
    return parseArgs({ args, options: spec, allowPositionals: true, strict: true } as const);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
