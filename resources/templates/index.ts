import { content, heading, italic, paragraph, type SerializedElement } from '../../shared/model/content';
import type { DocumentSeed } from '../../shared/model/document';
import type { DocumentKind } from '../../shared/model/kinds';
import { memoSchema } from '../../shared/model/memo';

/**
 * The starting template of each document kind: the usual skeleton as headings, each with a short note
 * in italics on what belongs there. The notes are guidance for the writer, meant to be replaced.
 */
interface Template {
  title: string;
  sections: [heading: string, guidance: string][];
}

const TEMPLATES: Record<DocumentKind, Template> = {
  handbok: {
    title: 'Ny kvalitetshandbok',
    sections: [
      ['1 Inledning', 'Beskriv handbokens syfte, vem den är till för och hur den hänger ihop med kommunens övriga styrdokument.'],
      ['2 Principer för kvalitetsarbetet', 'Skriv de förhållningssätt som ska gälla, till exempel fem till sju principer med en kort förklaring var.'],
      ['3 Ansvar och roller', 'Beskriv vad medarbetare, chefer, nämnder och andra roller ansvarar för i kvalitetsarbetet.'],
      ['4 Metodstöd', 'Beskriv metoderna som används, till exempel förbättringscykeln planera, utföra, följa upp och förbättra.'],
      ['5 Uppföljning och revidering', 'Beskriv hur och när arbetet följs upp och när handboken ska ses över.'],
    ],
  },
  policy: {
    title: 'Ny policy',
    sections: [
      ['Syfte', 'Varför finns policyn och vad vill kommunen uppnå med den?'],
      ['Bakgrund', 'Vilka lagar, beslut och förutsättningar bakom policyn ska läsaren känna till?'],
      ['Förhållningssätt', 'Vilka värderingar och vilket synsätt ska prägla arbetet inom området?'],
      ['Ansvar', 'Vem ansvarar för att policyn följs och hålls aktuell?'],
      ['Uppföljning', 'Hur och när följs policyn upp?'],
    ],
  },
  riktlinje: {
    title: 'Ny riktlinje',
    sections: [
      ['Syfte', 'Vad ska riktlinjen säkra i utförandet?'],
      ['Omfattning', 'Vilka verksamheter, nämnder och bolag gäller riktlinjen för?'],
      ['Riktlinjer', 'Skriv hur arbetet ska utföras, punkt för punkt.'],
      ['Ansvar och roller', 'Vem gör vad?'],
      ['Uppföljning', 'Hur kontrolleras att riktlinjen följs?'],
    ],
  },
  strategi: {
    title: 'Ny strategi',
    sections: [
      ['Utgångspunkter', 'Vilka mål ska strategin bidra till, och var står kommunen i dag?'],
      ['Strategiska vägval', 'Hur ska organisationen arbeta för att nå målen? Beskriv de viktigaste vägvalen.'],
      ['Genomförande', 'Vem gör vad, och i vilken ordning?'],
      ['Uppföljning', 'Hur mäts det att strategin ger effekt?'],
    ],
  },
  program: {
    title: 'Nytt program',
    sections: [
      ['Inledning', 'Vilket område gäller programmet, och varför behövs det?'],
      ['Inriktning', 'Vad vill kommunen uppnå på lång sikt? Ett program beskriver vad, inte hur.'],
      ['Mål', 'Formulera de långsiktiga målen för området.'],
      ['Uppföljning', 'Hur och när rapporteras utvecklingen till fullmäktige?'],
    ],
  },
  plan: {
    title: 'Ny plan',
    sections: [
      ['Inledning', 'Vilken period gäller planen och vilket program eller mål genomför den?'],
      ['Mål', 'Konkreta mål för perioden, gärna med nyckeltal och målvärden.'],
      ['Åtgärder', 'Vad ska göras, av vem och när?'],
      ['Uppföljning', 'Hur följs åtgärderna och målen upp under perioden?'],
    ],
  },
  anvisning: {
    title: 'Ny anvisning',
    sections: [
      ['Syfte', 'Vilket arbetsmoment gäller anvisningen?'],
      ['Så här gör du', 'Beskriv stegen i den ordning de utförs.'],
      ['Mallar och stöd', 'Vilka mallar, system och kontaktpersoner finns?'],
    ],
  },
  // The memo's skeleton is its typed parts (shared/model/memo.ts), not headings in the content.
  tjansteskrivelse: {
    title: 'Ny tjänsteskrivelse',
    sections: [],
  },
};

/**
 * A new document of the given kind: status draft, no decisions, the kind's skeleton as content. A
 * tjänsteskrivelse gets its typed parts instead, empty, with one decision point to write.
 */
export function templateFor(kind: DocumentKind): DocumentSeed {
  if (kind === 'tjansteskrivelse') {
    const memo = memoSchema.parse({ proposal: [{ id: 'forslag-1', body: '', points: [''] }] });
    return { kind, title: TEMPLATES[kind].title, status: 'utkast', metadata: {}, decisions: [], content: content(), memo };
  }
  const template = TEMPLATES[kind];
  const blocks: SerializedElement[] = template.sections.flatMap(([title, guidance]) => [
    heading(kind === 'handbok' ? 1 : 2, title),
    paragraph(italic(guidance)),
  ]);
  return {
    kind,
    title: template.title,
    status: 'utkast',
    // No metadata the writer did not give: a "Version 1.0" nobody wrote would reach the exports.
    metadata: {},
    decisions: [],
    content: content(...blocks),
  };
}
