import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

/*
 * No import cycle anywhere in the project (architecture.md, "Layers inside the renderer"): a cycle
 * makes two modules one, whatever their folders say, and leaves the order they load in to chance.
 * dependency-cruiser follows every import, the tsconfig path aliases (@shared/*, @resources/*)
 * resolved. Type-only imports count too: they bind two modules' designs as tightly, and a cycle
 * of types is a value cycle as soon as one side needs a value.
 */

const PROJECT = ['shared', 'renderer/src', 'electron', 'scripts', 'resources', 'tests'];
const DELIBERATE_CYCLE = 'tests/fixtures/import-cycle';

async function cruiseProject(roots: string[], exclude: string[] = []): Promise<ICruiseResult> {
  const tsConfig = extractTSConfig('tsconfig.node.json');
  const reported = await cruise(
    roots,
    {
      tsConfig: { fileName: 'tsconfig.node.json' },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: ['node_modules', ...exclude] },
      validate: true,
      ruleSet: { forbidden: [{ name: 'no-import-cycle', severity: 'error', from: {}, to: { circular: true } }] },
    },
    undefined,
    { tsConfig },
  );
  if (typeof reported.output === 'string') throw new Error('dependency-cruiser gave text, not a result');
  return reported.output;
}

/** Each cycle once, as its modules in order from the first by name: `a ⇄ b`, `a → b → c`. */
function cyclesOf(result: ICruiseResult): string[] {
  const cycles = new Set<string>();
  for (const violation of result.summary.violations) {
    const path = [violation.from, ...(violation.cycle ?? []).map((step) => step.name)];
    const ring = path.at(-1) === path[0] ? path.slice(0, -1) : path;
    const start = ring.indexOf([...ring].sort()[0]!);
    const ordered = [...ring.slice(start), ...ring.slice(0, start)];
    cycles.add(ordered.length === 2 ? ordered.join(' ⇄ ') : ordered.join(' → '));
  }
  return [...cycles].sort();
}

describe('import cycles', () => {
  it('finds none in shared/, renderer/, electron/, scripts/, resources/ and tests/', { timeout: 60_000 }, async () => {
    const result = await cruiseProject(PROJECT, [DELIBERATE_CYCLE]);
    // An import that stopped resolving (a path alias, say) would hide every cycle through it.
    const ownImports = result.modules.flatMap((module) =>
      module.dependencies.filter((dependency) => /^(\.|@shared\/|@resources\/)/.test(dependency.module)).map((dependency) => ({ from: module.source, ...dependency })),
    );
    expect(ownImports.filter((dependency) => dependency.couldNotResolve).map(({ from, module }) => `${from} → ${module}`)).toEqual([]);
    const aliased = ownImports.filter((dependency) => dependency.module.startsWith('@'));
    expect(aliased.length).toBeGreaterThan(100);
    expect(aliased.filter((dependency) => !/^(shared|resources)\//.test(dependency.resolved)).map(({ from, module }) => `${from} → ${module}`)).toEqual([]);

    const cycles = cyclesOf(result);
    expect(cycles).toEqual([]);
  });

  it('finds a cycle that is there, also where one way is a type-only import', { timeout: 60_000 }, async () => {
    expect(cyclesOf(await cruiseProject([DELIBERATE_CYCLE]))).toEqual([`${DELIBERATE_CYCLE}/chicken.ts ⇄ ${DELIBERATE_CYCLE}/egg.ts`]);
  });
});
