import { describe, expect, it } from 'vitest';
import {
  formatDecisionReference,
  sortDecisionsNewestFirst,
  validateDecision,
  type Decision,
} from '../../../../shared/model/decision';

const decision = (changes: Partial<Decision> = {}): Decision => ({
  id: 'd1',
  body: 'Kommunfullmäktige',
  date: '2016-04-27',
  paragraph: '§ 102',
  action: 'antagen',
  summary: '',
  ...changes,
});

describe('decisions', () => {
  it('cites body, date and paragraph', () => {
    expect(formatDecisionReference(decision())).toBe('Kommunfullmäktige 2016-04-27 § 102');
  });

  it('accepts a complete decision', () => expect(validateDecision(decision())).toEqual([]));

  it('says what is missing or malformed', () => {
    expect(validateDecision(decision({ body: ' ', date: '', paragraph: '102' }))).toEqual([
      { field: 'body', code: 'missing-body' },
      { field: 'date', code: 'missing-date' },
      { field: 'paragraph', code: 'invalid-paragraph' },
    ]);
    expect(validateDecision(decision({ date: '2016-02-30', paragraph: '' }))).toEqual([
      { field: 'date', code: 'invalid-date' },
      { field: 'paragraph', code: 'missing-paragraph' },
    ]);
  });

  it('sorts the history newest first, undated last', () => {
    const sorted = sortDecisionsNewestFirst([
      decision({ id: 'a', date: '2016-04-27' }),
      decision({ id: 'b', date: '' }),
      decision({ id: 'c', date: '2021-10-01' }),
    ]);
    expect(sorted.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
});
