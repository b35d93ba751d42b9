import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../shared/model/decision';
import type { DocumentHeader } from '../../../../shared/model/document';
import { organisationSchema } from '../../../../shared/model/organisation';
import {
  DEFAULT_REVIEW_INTERVALS,
  dueAfter,
  newlyDue,
  noticeKey,
  reviewInterval,
  reviewOf,
  reviewOverview,
  type ReviewIntervals,
} from '../../../../shared/model/review';

let next = 0;
const decision = (action: Decision['action'], date: string, changes: Partial<Decision> = {}): Decision => ({
  id: `d${(next += 1)}`,
  body: 'Kommunfullmäktige',
  date,
  paragraph: '§ 12',
  action,
  summary: '',
  ...changes,
});

const header = (changes: Partial<DocumentHeader> = {}): DocumentHeader => ({
  id: `doc${(next += 1)}`,
  formatVersion: 1,
  kind: 'handbok',
  title: 'Kvalitetshandbok',
  status: 'gallande',
  metadata: {},
  decisions: [],
  createdAt: '2020-01-01T00:00:00.000Z',
  updatedAt: '2020-01-01T00:00:00.000Z',
  deletedAt: null,
  revision: 3,
  ...changes,
});

const TODAY = '2026-12-06';

describe('the review interval', () => {
  it('has a default for every governing kind, none for the memo', () => {
    expect(DEFAULT_REVIEW_INTERVALS).toEqual({ handbok: 12, policy: 'term', riktlinje: 24, strategi: 'term', program: 'term', plan: 'term', anvisning: 12 });
    expect('tjansteskrivelse' in DEFAULT_REVIEW_INTERVALS).toBe(false);
  });

  it('is the organisation’s where it sets one, per kind', () => {
    const intervals: ReviewIntervals = { policy: 36, handbok: 'term' };
    expect(reviewInterval('policy', intervals)).toBe(36);
    expect(reviewInterval('handbok', intervals)).toBe('term');
    expect(reviewInterval('riktlinje', intervals)).toBe(24);
    expect(reviewInterval('riktlinje', undefined)).toBe(24);
  });

  it('runs N months, to the same day or the month’s last', () => {
    expect(dueAfter('2025-06-12', 12)).toBe('2026-06-12');
    expect(dueAfter('2024-02-29', 12)).toBe('2025-02-28');
    expect(dueAfter('2024-02-29', 48)).toBe('2028-02-29');
    expect(dueAfter('2025-08-31', 6)).toBe('2026-02-28');
    expect(dueAfter('2025-10-31', 1)).toBe('2025-11-30');
  });

  it('each term of office: every council reviews it once, so a decision of one term is due by the end of the next', () => {
    expect(dueAfter('2023-11-23', 'term')).toBe('2030-10-14');
    // The boundary: the last day of the term 2022–2026, and the first day of the term 2026–2030.
    expect(dueAfter('2026-10-14', 'term')).toBe('2030-10-14');
    expect(dueAfter('2026-10-15', 'term')).toBe('2034-10-14');
    expect(dueAfter('2028-02-29', 'term')).toBe('2034-10-14');
  });
});

describe('the due date of a document', () => {
  it('counts from the latest decision that adopted or reviewed it', () => {
    const review = reviewOf(
      header({ decisions: [decision('antagen', '2019-03-21'), decision('reviderad', '2025-06-12'), decision('ovrigt', '2026-01-10'), decision('reviderad', '2024-04-18')] }),
      undefined,
      TODAY,
    );
    expect(review).toMatchObject({ interval: 12, due: '2026-06-12', source: 'interval', bucket: 'overdue', daysLeft: -177 });
    expect(review?.basis?.date).toBe('2025-06-12');
  });

  it('restarts with "aktualitetsprövad utan ändring", but not with an editorial change under delegation', () => {
    expect(reviewOf(header({ decisions: [decision('antagen', '2020-01-15'), decision('aktualitetsprovad', '2026-12-06')] }), undefined, TODAY)).toMatchObject({
      due: '2027-12-06',
      bucket: 'later',
    });
    expect(reviewOf(header({ decisions: [decision('antagen', '2025-01-15'), decision('redaktionell', '2026-02-01', { body: 'Kommundirektör (delegation)', paragraph: '' })] }), undefined, TODAY)).toMatchObject({
      due: '2026-01-15',
      bucket: 'overdue',
    });
  });

  it('counts a review as meeting the document’s "revideras senast", which the review then no longer keeps', () => {
    const policy = header({ kind: 'riktlinje', metadata: { reviewBy: '2026-12-31' }, decisions: [decision('antagen', '2024-01-10')] });
    expect(reviewOf(policy, undefined, TODAY)).toMatchObject({ due: '2026-12-31', source: 'reviewBy', bucket: 'within30' });
    const reviewed = { ...policy, decisions: [...policy.decisions, decision('aktualitetsprovad', '2026-11-01')] };
    expect(reviewOf(reviewed, undefined, TODAY)).toMatchObject({ due: '2028-11-01', source: 'interval', bucket: 'later' });
  });

  it('ignores decisions without a valid date, and takes the one recorded later of two on one day', () => {
    const first = decision('antagen', '2025-03-01');
    const second = decision('aktualitetsprovad', '2025-03-01');
    const review = reviewOf(header({ decisions: [first, second, decision('reviderad', '2026-13-01'), decision('reviderad', ''), decision('reviderad', 'snart')] }), undefined, TODAY);
    expect(review?.basis?.id).toBe(second.id);
    expect(review?.due).toBe('2026-03-01');
  });

  it('has no due date, and the bucket none, before any decision', () => {
    expect(reviewOf(header({ status: 'utkast', decisions: [] }), undefined, TODAY)).toEqual({ interval: 12, basis: null, due: null, source: null, bucket: 'none', daysLeft: null });
    expect(reviewOf(header({ decisions: [decision('ovrigt', '2024-01-01')] }), undefined, TODAY)?.bucket).toBe('none');
  });

  it('is never due for a memo or a repealed document', () => {
    expect(reviewOf(header({ kind: 'tjansteskrivelse', decisions: [decision('antagen', '2020-01-01')] }), undefined, TODAY)).toBeNull();
    expect(reviewOf(header({ status: 'upphavd', decisions: [decision('antagen', '2020-01-01')] }), undefined, TODAY)).toBeNull();
    // A repeal in the history counts even where the status was not changed; a later adoption undoes it.
    expect(reviewOf(header({ decisions: [decision('antagen', '2020-01-01'), decision('upphavd', '2024-05-01')] }), undefined, TODAY)).toBeNull();
    expect(reviewOf(header({ decisions: [decision('upphavd', '2020-01-01'), decision('antagen', '2024-05-01')] }), undefined, TODAY)?.due).toBe('2025-05-01');
  });

  it('takes the document’s own "revideras senast" when it lies after the latest decision', () => {
    const policy = (reviewBy: string, decisions: Decision[]) => header({ kind: 'policy', metadata: { reviewBy }, decisions });
    expect(reviewOf(policy('2027, före ny mandatperiod', [decision('antagen', '2023-11-23')]), undefined, TODAY)).toMatchObject({ due: '2027-12-31', source: 'reviewBy', bucket: 'later' });
    expect(reviewOf(policy('2027-03-31', [decision('antagen', '2023-11-23')]), undefined, TODAY)).toMatchObject({ due: '2027-03-31', source: 'reviewBy' });
    // Met by a later decision: the interval counts again.
    expect(reviewOf(policy('2024', [decision('antagen', '2023-11-23'), decision('aktualitetsprovad', '2025-01-10')]), undefined, TODAY)).toMatchObject({
      due: '2030-10-14',
      source: 'interval',
      bucket: 'later',
    });
    // Not a date: the interval counts.
    expect(reviewOf(policy('inför nästa val', [decision('antagen', '2023-11-23')]), undefined, TODAY)).toMatchObject({ due: '2030-10-14', source: 'interval' });
  });

  it('follows the organisation’s interval for the kind', () => {
    const handbook = header({ decisions: [decision('reviderad', '2025-06-12')] });
    expect(reviewOf(handbook, { handbok: 24 }, TODAY)?.due).toBe('2027-06-12');
    expect(reviewOf(handbook, { handbok: 'term' }, TODAY)?.due).toBe('2030-10-14');
  });

  it('puts the due date in a bucket counted from today, today itself within 30 days', () => {
    const due = (date: string) => header({ kind: 'anvisning', decisions: [decision('antagen', date)] });
    const bucket = (date: string) => reviewOf(due(date), { anvisning: 1 }, '2026-12-06')?.bucket;
    expect(bucket('2026-11-05')).toBe('overdue'); // due 2026-12-05
    expect(bucket('2026-11-06')).toBe('within30'); // due today
    expect(bucket('2026-12-05')).toBe('within30'); // due 2027-01-05, 30 days
    expect(bucket('2026-12-06')).toBe('within60'); // due 2027-01-06, 31 days
    expect(reviewOf(due('2026-12-04'), { anvisning: 2 }, '2026-12-06')?.bucket).toBe('within60'); // 2027-02-04, 60 days
    expect(reviewOf(due('2026-12-05'), { anvisning: 2 }, '2026-12-06')?.bucket).toBe('within90'); // 2027-02-05, 61 days
    expect(reviewOf(due('2026-12-06'), { anvisning: 3 }, '2026-12-06')?.bucket).toBe('within90'); // 2027-03-06, 90 days
    expect(reviewOf(due('2026-12-07'), { anvisning: 3 }, '2026-12-06')?.bucket).toBe('later'); // 2027-03-07, 91 days
  });
});

describe('the overview of the library', () => {
  it('groups what is due within 90 days by owner role, soonest first, and counts every bucket', () => {
    const headers = [
      header({ title: 'Handbok A', metadata: { owner: 'Kvalitetsstrateg' }, decisions: [decision('reviderad', '2025-06-12')] }), // overdue
      header({ title: 'Policy B', kind: 'policy', metadata: { owner: 'kommundirektör ' }, decisions: [decision('antagen', '2026-10-20')] }), // later (2030)
      header({ title: 'Anvisning C', kind: 'anvisning', metadata: { owner: 'Kommundirektör' }, decisions: [decision('antagen', '2025-12-20')] }), // 14 days
      header({ title: 'Riktlinje D', kind: 'riktlinje', decisions: [decision('antagen', '2024-12-01')] }), // overdue, no owner
      header({ title: 'Anvisning E', kind: 'anvisning', metadata: { owner: 'Kommundirektör' }, decisions: [decision('antagen', '2025-11-01')] }), // overdue
      header({ title: 'Utkast F', status: 'utkast' }), // none
      header({ title: 'Tjänsteskrivelse G', kind: 'tjansteskrivelse', decisions: [decision('antagen', '2020-01-01')] }),
      header({ title: 'Papperskorg H', deletedAt: '2026-01-01T00:00:00.000Z', decisions: [decision('antagen', '2020-01-01')] }),
      header({ title: 'Anvisning I', kind: 'anvisning', metadata: { owner: 'Ekonomidirektör' }, decisions: [decision('antagen', '2026-02-20')] }), // 2027-02-20: 76 days
    ];
    const overview = reviewOverview(headers, undefined, TODAY);
    expect(overview.groups.map((group) => [group.owner, group.entries.map((entry) => entry.header.title)])).toEqual([
      ['Ekonomidirektör', ['Anvisning I']],
      ['Kommundirektör', ['Anvisning E', 'Anvisning C']],
      ['Kvalitetsstrateg', ['Handbok A']],
      ['', ['Riktlinje D']],
    ]);
    expect(overview.counts).toEqual({ overdue: 3, within30: 1, within60: 0, within90: 1, later: 1, none: 1 });
    expect(overview.urgent).toBe(4);
    expect(overview.entries.map((entry) => entry.header.title)).toEqual(['Handbok A', 'Anvisning E', 'Riktlinje D', 'Anvisning C', 'Anvisning I', 'Policy B', 'Utkast F']);
  });

  it('is empty for an empty library', () => {
    expect(reviewOverview([], undefined, TODAY)).toMatchObject({ entries: [], groups: [], urgent: 0 });
  });
});

describe('notices of documents that fell due', () => {
  it('names each urgent document once per due date, and forgets what is no longer urgent', () => {
    const overdue = header({ decisions: [decision('reviderad', '2025-06-12')] });
    const soon = header({ kind: 'anvisning', decisions: [decision('antagen', '2025-12-20')] });
    const later = header({ decisions: [decision('reviderad', '2026-06-12')] });
    const entries = reviewOverview([overdue, soon, later], undefined, TODAY).entries;

    const first = newlyDue(entries, new Set());
    expect(first.fresh.map((entry) => entry.header.id)).toEqual([overdue.id, soon.id]);
    expect(first.remember).toEqual([`${overdue.id}@2026-06-12`, `${soon.id}@2026-12-20`]);

    const again = newlyDue(entries, new Set(first.remember));
    expect(again.fresh).toEqual([]);

    // Reviewed: its new due date is far off, so it is forgotten; when that date comes near, it is news.
    const reviewed = { ...overdue, decisions: [...overdue.decisions, decision('aktualitetsprovad', '2026-12-06')] };
    const afterReview = newlyDue(reviewOverview([reviewed, soon, later], undefined, TODAY).entries, new Set(first.remember));
    expect(afterReview).toEqual({ fresh: [], remember: [`${soon.id}@2026-12-20`] });
    const nextYear = reviewOverview([reviewed], undefined, '2027-11-20').entries;
    expect(newlyDue(nextYear, new Set(afterReview.remember)).fresh.map(noticeKey)).toEqual([`${reviewed.id}@2027-12-06`]);
  });
});

describe('the organisation’s review settings', () => {
  const stored = { name: 'Sjövik kommun', unit: '', logo: null, bodies: [], people: [], metadataLabels: {}, updatedAt: '2026-01-15T09:00:00.000Z' };

  it('leave a profile stored before them as it was', () => {
    const parsed = organisationSchema.parse(stored);
    expect('reviewIntervals' in parsed).toBe(false);
    expect(organisationSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it('keep valid intervals, drop unreadable ones, and keep a kind a newer Handbok knows', () => {
    const parsed = organisationSchema.parse({ ...stored, reviewIntervals: { policy: 36, handbok: 'term', riktlinje: 0, plan: 2.5, anvisning: 'yearly', rutin: 6 } });
    expect(JSON.parse(JSON.stringify(parsed.reviewIntervals))).toEqual({ policy: 36, handbok: 'term', rutin: 6 });
    expect(reviewInterval('riktlinje', parsed.reviewIntervals)).toBe(24);
    expect(organisationSchema.parse({ ...stored, reviewIntervals: 'every year' }).reviewIntervals).toBeUndefined();
  });
});
