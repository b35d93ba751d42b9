import { describe, expect, it } from 'vitest';
import { reviewCalendar, reviewEventUid, type ReviewCalendarWords } from '../../../../shared/calendar/review-calendar';
import type { Decision } from '../../../../shared/model/decision';
import type { DocumentHeader } from '../../../../shared/model/document';
import { reviewOverview } from '../../../../shared/model/review';

/** An iCalendar file read back as a calendar program reads it: lines unfolded, values unescaped (RFC 5545, 3.1 and 3.3.11). */
function parseCalendar(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
  const events: Record<string, { params: string; value: string }>[] = [];
  const calendar: Record<string, string> = {};
  let event: Record<string, { params: string; value: string }> | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT') {
      events.push(event!);
      event = null;
    } else if (event) event[name!] = { params: params.join(';'), value: unescape(value) };
    else calendar[name!] = unescape(value);
  }
  return { calendar, events, lines };
}

const decision = (action: Decision['action'], date: string): Decision => ({ id: `${action}-${date}`, body: 'Kommunfullmäktige', date, paragraph: '§ 88', action, summary: '' });
const header = (id: string, changes: Partial<DocumentHeader>): DocumentHeader => ({
  id,
  formatVersion: 1,
  kind: 'policy',
  title: 'Policy',
  status: 'gallande',
  metadata: {},
  decisions: [],
  createdAt: '2023-01-01T00:00:00.000Z',
  updatedAt: '2023-01-01T00:00:00.000Z',
  deletedAt: null,
  revision: 7,
  ...changes,
});

const words: ReviewCalendarWords = {
  calendarName: 'Aktualitetsprövning – Sjövik kommun',
  summary: (title) => `Aktualitetspröva: ${title}`,
  description: ({ header, review }) => `Dokumenttyp: ${header.kind}\nSenaste beslut: ${review.basis?.body} ${review.basis?.date} ${review.basis?.paragraph}`,
};

const library = [
  header('a1', { title: 'Policy för kvalitet, styrning; och uppföljning', decisions: [decision('antagen', '2023-11-23')] }),
  header('b2', { kind: 'handbok', title: 'Handbok\\arkiv', decisions: [decision('reviderad', '2024-02-29')], revision: 12 }),
  header('c3', { kind: 'riktlinje', title: 'Riktlinje utan beslut' }),
  header('d4', { kind: 'tjansteskrivelse', title: 'Tjänsteskrivelse', decisions: [decision('antagen', '2023-11-23')] }),
];

describe('the review calendar', () => {
  const { entries } = reviewOverview(library, undefined, '2026-12-06');
  const { calendar, events, lines } = parseCalendar(reviewCalendar(entries, words));

  it('is a calendar with its name, and one event per document that has a due date', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(calendar.VERSION).toBe('2.0');
    expect(calendar.PRODID).toBe('-//Handbok//Aktualitetsprövning//SV');
    expect(calendar['X-WR-CALNAME']).toBe('Aktualitetsprövning – Sjövik kommun');
    expect(events.map((event) => event.UID?.value)).toEqual([reviewEventUid('b2'), reviewEventUid('a1')]);
  });

  it('puts each as an all-day event on its due date', () => {
    const [handbook, policy] = events;
    expect(handbook!.DTSTART).toEqual({ params: 'VALUE=DATE', value: '20250228' });
    expect(handbook!.DTEND).toEqual({ params: 'VALUE=DATE', value: '20250301' });
    expect(policy!.DTSTART).toEqual({ params: 'VALUE=DATE', value: '20301014' });
    expect(policy!.DTEND).toEqual({ params: 'VALUE=DATE', value: '20301015' });
    expect(policy!.TRANSP?.value).toBe('TRANSPARENT');
  });

  it('escapes commas, semicolons, backslashes and line breaks in titles and descriptions', () => {
    const raw = lines.find((line) => line.startsWith('SUMMARY:Aktualitetspröva: Policy'));
    expect(raw).toBe('SUMMARY:Aktualitetspröva: Policy för kvalitet\\, styrning\\; och uppföljning');
    expect(events[1]!.SUMMARY?.value).toBe('Aktualitetspröva: Policy för kvalitet, styrning; och uppföljning');
    expect(events[0]!.SUMMARY?.value).toBe('Aktualitetspröva: Handbok\\arkiv');
    expect(events[1]!.DESCRIPTION?.value).toBe('Dokumenttyp: policy\nSenaste beslut: Kommunfullmäktige 2023-11-23 § 88');
  });

  it('keeps the UID of a document when its due date moves, and raises the sequence with its revision', () => {
    const reviewed = library.map((each) => (each.id === 'a1' ? { ...each, revision: 8, decisions: [...each.decisions, decision('aktualitetsprovad', '2026-12-06')] } : each));
    const after = parseCalendar(reviewCalendar(reviewOverview(reviewed, undefined, '2026-12-06').entries, words)).events;
    const policy = after.find((event) => event.UID?.value === reviewEventUid('a1'));
    expect(policy?.DTSTART?.value).toBe('20341014');
    expect(Number(policy?.SEQUENCE?.value)).toBeGreaterThan(Number(events[1]!.SEQUENCE?.value));
  });

  it('is a valid, empty calendar when nothing has a due date', () => {
    const empty = parseCalendar(reviewCalendar([], words));
    expect(empty.events).toEqual([]);
    expect(empty.calendar.VERSION).toBe('2.0');
  });
});
