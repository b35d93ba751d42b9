import { describe, expect, it } from 'vitest';
import {
  recogniseBlocks,
  type BlockPlan,
  type FieldPlan,
  type SourceLine,
  type Span,
} from '../../../../renderer/src/editor/convert/recognise-blocks';
import { expectLinear } from '../../../support/linear-time';

/** A line written as people see it: `**bold**` marks bold runs. */
function runs(text: string) {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }));
}
const p = (text: string): SourceLine => ({ runs: runs(text), list: null, heading: false });
const h = (text: string): SourceLine => ({ runs: runs(text), list: null, heading: true });
const ol = (text: string, depth = 0): SourceLine => ({ runs: runs(text), list: { type: 'number', depth }, heading: false });
const ul = (text: string, depth = 0): SourceLine => ({ runs: runs(text), list: { type: 'bullet', depth }, heading: false });

/** What the planned blocks would show: each field's text, lists marked "•" or "1." and indented by depth. */
function shown(lines: SourceLine[], blocks: BlockPlan[]): unknown[] {
  const text = (span: Span) => lines[span.line]!.runs.map((run) => run.text).join('').slice(span.from, span.to);
  const field = (plan: FieldPlan): unknown => {
    if (plan.kind === 'line') return plan.span ? text(plan.span) : '';
    if (plan.kind === 'items') return shown(lines, plan.items);
    return plan.lines.map((line) => (line.list ? `${'  '.repeat(line.list.depth)}${line.list.type === 'number' ? '1.' : '•'} ` : '') + text(line.span));
  };
  return blocks.map((block) => ({ type: block.type, ...Object.fromEntries(Object.entries(block.fields).map(([name, plan]) => [name, field(plan)])) }));
}

function recognised(target: Parameters<typeof recogniseBlocks>[0], lines: SourceLine[]) {
  const conversion = recogniseBlocks(target, lines);
  return conversion && { kept: conversion.kept, blocks: shown(lines, conversion.blocks) };
}

describe('recogniseBlocks: principles', () => {
  it('reads a numbered list of bold titles followed by text as principles, the bold part the title', () => {
    const lines = [
      ol('**Medborgaren i fokus.** Vi utgår från dem vi finns till för.'),
      ol('**Beslut grundade på fakta** – vi mäter och följer upp.'),
      ol('**Vi förbättrar:** varje dag, tillsammans.'),
    ];
    expect(recognised('principle', lines)).toEqual({
      kept: 0,
      blocks: [
        { type: 'principle', title: 'Medborgaren i fokus', explanation: ['Vi utgår från dem vi finns till för.'] },
        { type: 'principle', title: 'Beslut grundade på fakta', explanation: ['vi mäter och följer upp.'] },
        { type: 'principle', title: 'Vi förbättrar', explanation: ['varje dag, tillsammans.'] },
      ],
    });
  });

  it('takes a bold line as a title and the paragraphs and nested items after it as its explanation', () => {
    const lines = [
      p('**Lärande organisation**'),
      p('Vi lär av avvikelser.'),
      ul('genom att analysera dem'),
      ul('och dela det vi lärt', 1),
      p('**Helhetssyn**'),
      p('Vi ser till hela kedjan.'),
    ];
    expect(recognised('principle', lines)?.blocks).toEqual([
      { type: 'principle', title: 'Lärande organisation', explanation: ['Vi lär av avvikelser.', '• genom att analysera dem', '  • och dela det vi lärt'] },
      { type: 'principle', title: 'Helhetssyn', explanation: ['Vi ser till hela kedjan.'] },
    ]);
  });

  it('keeps an introduction before the first title where it is', () => {
    const lines = [h('Våra principer'), p('Fem principer styr arbetet.'), ol('**Helhetssyn** Vi ser hela kedjan.')];
    expect(recognised('principle', lines)).toEqual({
      kept: 2,
      blocks: [{ type: 'principle', title: 'Helhetssyn', explanation: ['Vi ser hela kedjan.'] }],
    });
  });

  it('without bold, splits an item at a colon or a dash, or a long one after its first sentence', () => {
    const lines = [
      ol('Medborgaren i fokus: vi utgår från dem vi finns till för.'),
      ol('Tydligt ansvar – var och en vet vad som förväntas.'),
      ol('Vi leder genom tillit. Chefer ger förutsättningar och följer upp det som görs i verksamheten varje dag.'),
      ol('Öppenhet'),
    ];
    expect(recognised('principle', lines)?.blocks).toEqual([
      { type: 'principle', title: 'Medborgaren i fokus', explanation: ['vi utgår från dem vi finns till för.'] },
      { type: 'principle', title: 'Tydligt ansvar', explanation: ['var och en vet vad som förväntas.'] },
      { type: 'principle', title: 'Vi leder genom tillit', explanation: ['Chefer ger förutsättningar och följer upp det som görs i verksamheten varje dag.'] },
      { type: 'principle', title: 'Öppenhet', explanation: [] },
    ]);
  });

  it('finds nothing to convert in empty lines', () => {
    expect(recogniseBlocks('principle', [])).toBeNull();
    expect(recogniseBlocks('principle', [p('  ')])).toBeNull();
  });
});

describe('recogniseBlocks: roles', () => {
  it('reads a bold role name, a line with "ansvarar för att" and a list as a role', () => {
    const lines = [p('**Medarbetare**'), p('ansvarar för att:'), ul('följa rutinerna'), ul('rapportera avvikelser')];
    expect(recognised('role', lines)).toEqual({
      kept: 0,
      blocks: [{ type: 'role', role: 'Medarbetare', lead: 'ansvarar för att', responsibilities: ['• följa rutinerna', '• rapportera avvikelser'] }],
    });
  });

  it('reads the role and its lead-in from one line, and several roles one after the other', () => {
    const lines = [
      p('**Chefer** ansvarar för att verksamheten håller god kvalitet genom att:'),
      ul('planera och följa upp'),
      p('Nämnder ansvarar för att'),
      ol('fastställa mål'),
      ol('följa upp resultat'),
    ];
    expect(recognised('role', lines)?.blocks).toEqual([
      { type: 'role', role: 'Chefer', lead: 'ansvarar för att verksamheten håller god kvalitet genom att', responsibilities: ['• planera och följa upp'] },
      { type: 'role', role: 'Nämnder', lead: 'ansvarar för att', responsibilities: ['1. fastställa mål', '1. följa upp resultat'] },
    ]);
  });

  it('is not a role when there is only a list', () => {
    expect(recogniseBlocks('role', [ol('Planera'), ol('Utföra')])).toBeNull();
  });
});

describe('recogniseBlocks: method steps', () => {
  it('reads a numbered list as the steps of one method guide, bold titles with their guidance', () => {
    const lines = [ol('**Planera** Ta reda på nuläget.'), ol('**Utföra**'), ul('Gör det som planerats.', 1), ol('Följa upp'), ol('Förbättra')];
    expect(recognised('method-guide', lines)?.blocks).toEqual([
      {
        type: 'method-guide',
        steps: [
          { type: 'method-step', title: 'Planera', guidance: ['Ta reda på nuläget.'] },
          { type: 'method-step', title: 'Utföra', guidance: ['• Gör det som planerats.'] },
          { type: 'method-step', title: 'Följa upp', guidance: [] },
          { type: 'method-step', title: 'Förbättra', guidance: [] },
        ],
      },
    ]);
  });

  it('takes plain lines, one step each, when nothing else marks the steps', () => {
    const lines = [p('Planera'), p('Utföra'), p('Följa upp'), p('Förbättra')];
    const guide = recognised('method-guide', lines)?.blocks[0] as { steps: { title: string }[] };
    expect(guide.steps.map((step) => step.title)).toEqual(['Planera', 'Utföra', 'Följa upp', 'Förbättra']);
  });
});

describe('recogniseBlocks: definitions', () => {
  it('reads "Term – definition" lines and bold terms as definitions, a "Källa:" line as the source', () => {
    const lines = [
      p('Kvalitet – hur väl verksamheten möter behoven.'),
      p('**Ständiga förbättringar** Ett arbetssätt där vi lär och förbättrar.'),
      p('Källa: SOU 2009:32'),
      p('Process: en kedja av aktiviteter som skapar värde.'),
    ];
    expect(recognised('definition', lines)).toEqual({
      kept: 0,
      blocks: [
        { type: 'definition', term: 'Kvalitet', definition: ['hur väl verksamheten möter behoven.'], source: '' },
        { type: 'definition', term: 'Ständiga förbättringar', definition: ['Ett arbetssätt där vi lär och förbättrar.'], source: 'SOU 2009:32' },
        { type: 'definition', term: 'Process', definition: ['en kedja av aktiviteter som skapar värde.'], source: '' },
      ],
    });
  });
});

describe('recogniseBlocks on pathological lines', () => {
  it('reads a long line of spaces as a definition in linear time', () =>
    expectLinear(
      (size) => [p('Kvalitet – hur väl verksamheten möter behoven.'), p(`${' '.repeat(size)}x`), p(`(${' '.repeat(size)}källa${' '.repeat(size)}: SOU 2009:32)`)],
      (lines) => recogniseBlocks('definition', lines),
    ));
});
