import { block } from '../../shared/model/block-content';
import {
  bulletList,
  content,
  heading,
  italic,
  numberedList,
  paragraph,
  quote,
} from '../../shared/model/content';
import { seedLink, type DocumentSeed } from '../../shared/model/document';
import { draftMemo } from '../../shared/memo/draft';
import { emptyMemoText, memoSubHeading, memoTextFromPlain } from '../../shared/model/memo-text';
import { SAMPLE_MUNICIPALITY_NAME, sampleOrganisation } from './sample-organisation';

/**
 * The built-in sample library: a quality handbook, a policy and a guideline for an invented
 * municipality, written for Handbok so that a new user sees what the tool is for. The handbook's
 * principles, roles, method, goals, terms and annual cycle are structured blocks. The tjänsteskrivelse
 * proposes adopting the handbook.
 */
export { SAMPLE_MUNICIPALITY_NAME };

const handbook: DocumentSeed = {
  kind: 'handbok',
  title: 'Kvalitetshandbok för Sjövik kommun',
  status: 'gallande',
  metadata: {
    decidedBy: 'Kommunfullmäktige',
    decidedDate: '2024-04-18',
    decidedParagraph: '§ 64',
    registryNumber: 'KS 2024/312',
    replaces: 'Kvalitetshandbok 2019, KS 2019/88',
    appliesTo: 'Alla nämnder, förvaltningar och helägda bolag',
    validFrom: '2024-05-01',
    validUntil: 'tills vidare',
    owner: 'Kommundirektör',
    version: '2.1',
    lastRevisedDate: '2025-06-12',
    lastRevisedParagraph: '§ 118',
    reviewBy: '2027, före ny mandatperiod',
  },
  decisions: [
    {
      body: 'Kommunfullmäktige',
      date: '2019-03-21',
      paragraph: '§ 41',
      action: 'antagen',
      summary: 'Den första kvalitetshandboken antogs.',
    },
    {
      body: 'Kommunfullmäktige',
      date: '2024-04-18',
      paragraph: '§ 64',
      action: 'reviderad',
      summary: 'Handboken reviderades med nya principer och ett gemensamt årshjul.',
    },
    {
      body: 'Kommunstyrelsen',
      date: '2025-06-12',
      paragraph: '§ 118',
      action: 'reviderad',
      summary: 'Avsnittet om internkontroll uppdaterades efter ny riktlinje.',
    },
  ],
  content: content(
    heading(1, '1 Inledning'),
    paragraph(
      'Sjövik kommun finns till för dem som bor, arbetar och driver företag här. Vi ska ge service av god kvalitet, använda skattepengarna klokt och hela tiden bli bättre. Den här handboken beskriver hur vi gör det tillsammans.',
    ),
    paragraph(
      'Handboken är ett stöd för chefer och medarbetare i alla förvaltningar och bolag. Den samlar de principer vi arbetar efter, vem som ansvarar för vad och de metoder vi använder när vi planerar, följer upp och förbättrar verksamheten.',
    ),
    heading(2, '1.1 Syfte'),
    paragraph('Handboken ska ge kommunen ett gemensamt sätt att arbeta med kvalitet. Den ska bidra till att'),
    bulletList(
      'invånarna får likvärdig service oavsett vilken verksamhet de möter,',
      'beslut fattas på fakta och inte på känsla,',
      'goda idéer sprids mellan förvaltningarna,',
      'fel upptäcks tidigt och rättas till.',
    ),
    heading(2, '1.2 Förhållande till andra styrdokument'),
    paragraph(
      'Handboken bygger på kommunens kvalitetspolicy och på riktlinjen för internkontroll. Policyn säger ',
      italic('vad'),
      ' vi vill uppnå. Handboken säger ',
      italic('hur'),
      ' vi arbetar i praktiken. Nämndernas egna rutiner ska stämma med handboken.',
    ),
    quote(
      'Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig och att verksamheten bedrivs på ett tillfredsställande sätt (6 kap. 6 §).',
    ),

    heading(1, '2 Principer för kvalitetsarbetet'),
    paragraph('Sex principer gäller för allt kvalitetsarbete i kommunen. De är lika viktiga och hänger ihop.'),
    block('principle', {
      title: 'Invånaren i fokus',
      explanation:
        'Vi utgår från behoven hos dem vi finns till för. Vi frågar, lyssnar och låter svaren påverka hur vi utformar vår service. Det gäller kvinnor och män, flickor och pojkar, i alla delar av kommunen.',
    }),
    block('principle', {
      title: 'Beslut på fakta',
      explanation:
        'Vi mäter det som är viktigt och använder resultaten. Nyckeltal, enkäter och avvikelser är underlag för beslut. När vi saknar fakta tar vi reda på dem innan vi bestämmer oss.',
    }),
    block('principle', {
      title: 'Vi förbättrar hela tiden',
      explanation: 'Inget arbetssätt är färdigt. Varje verksamhet ska ha minst ett pågående förbättringsarbete och redovisa vad det har gett.',
    }),
    block('principle', {
      title: 'Alla är delaktiga',
      explanation: 'Den som gör jobbet vet ofta bäst hur det kan bli bättre. Medarbetare ska ha tid och stöd för att föreslå och pröva förbättringar.',
    }),
    block('principle', {
      title: 'Helhetssyn',
      explanation: 'Invånaren ser en kommun, inte flera förvaltningar. Vi samarbetar över gränserna och tar ansvar för att ärenden inte faller mellan stolarna.',
    }),
    block('principle', {
      title: 'Öppenhet',
      explanation: 'Vi redovisar våra resultat, även när de är dåliga. Det gör det lättare att lära av varandra och ger invånarna insyn i hur skattepengarna används.',
    }),

    heading(1, '3 Ansvar och roller'),
    paragraph('Alla har ett ansvar för kvaliteten. Så här fördelas ansvaret.'),
    block('role', {
      role: 'Medarbetare',
      lead: 'ansvarar för att utföra arbetet med god kvalitet genom att',
      responsibilities: [
        bulletList(
          'känna till och följa de rutiner som gäller för arbetet,',
          'rapportera avvikelser och risker till sin chef,',
          'delta i verksamhetens förbättringsarbete.',
        ),
      ],
    }),
    block('role', {
      role: 'Chefer',
      lead: 'ansvarar för att verksamheten håller god kvalitet genom att',
      responsibilities: [
        bulletList(
          'se till att rutinerna är kända, aktuella och följs,',
          'följa upp resultat och avvikelser tillsammans med medarbetarna,',
          'ge tid och förutsättningar för förbättringsarbete,',
          'rapportera resultat och risker till nästa nivå.',
        ),
      ],
    }),
    block('role', {
      role: 'Nämnder och styrelser',
      lead: 'ansvarar för kvaliteten i sina verksamheter genom att',
      responsibilities: [
        bulletList(
          'besluta om mål och en plan för internkontroll varje år,',
          'följa upp resultaten i delårsrapport och årsredovisning,',
          'besluta om åtgärder när resultaten inte räcker.',
        ),
      ],
    }),
    block('role', {
      role: 'Kvalitetsgruppen',
      lead: 'består av en kvalitetsansvarig från varje förvaltning, leds av kvalitetsstrategen och ansvarar för att handboken hålls aktuell genom att',
      responsibilities: [bulletList('samla erfarenheter från förvaltningarna,', 'föreslå ändringar i handboken,', 'ordna utbildning i metoderna.')],
    }),

    heading(1, '4 Metodstöd'),
    paragraph('Här beskrivs de metoder som alla verksamheter ska kunna använda.'),
    heading(2, '4.1 Förbättringscykeln PUFF'),
    block('method-guide', {
      name: 'PUFF – planera, utföra, följa upp, förbättra',
      purpose: 'Att förbättra ett arbetssätt steg för steg och veta om förändringen gav det vi ville. Metoden bygger på Demings förbättringscykel.',
      when: 'När något inte fungerar som det ska, eller när ni vill pröva ett nytt arbetssätt. Den passar för både små och stora förbättringar.',
      steps: [
        block('method-step', { title: 'Planera', guidance: 'Beskriv problemet med fakta. Ta reda på orsakerna. Bestäm vad ni vill uppnå och hur ni ska mäta det.' }),
        block('method-step', { title: 'Utföra', guidance: 'Pröva förändringen i liten skala först, till exempel på en enhet eller under en månad.' }),
        block('method-step', { title: 'Följa upp', guidance: 'Jämför resultatet med målet. Blev det bättre? Fick förändringen några oväntade följder?' }),
        block('method-step', {
          title: 'Förbättra',
          guidance: 'Gör förändringen till en del av rutinen om den fungerade, eller börja om med en ny plan om den inte gjorde det.',
        }),
      ],
      tools: 'Mallen ”Förbättringsarbete på en sida” på intranätet. Dokumentera varje varv kort: vad ni prövade, vad som hände och vad ni bestämde.',
    }),
    heading(2, '4.2 Kommunkompassen'),
    paragraph(
      'Kommunkompassen är ett utvärderingsverktyg från Sveriges Kommuner och Regioner. Externa utvärderare granskar hur kommunen styrs och leds utifrån åtta områden. Sjövik gör en utvärdering vart fjärde år. Resultatet visar styrkor och förbättringsområden för hela organisationen.',
    ),
    heading(2, '4.3 Kommunens Kvalitet i Korthet'),
    paragraph(
      'Genom Kommunens Kvalitet i Korthet (KKiK) jämför vi våra nyckeltal med andra kommuner. Nyckeltalen rör bland annat tillgänglighet, trygghet och effektivitet. Resultaten redovisas för kommunstyrelsen varje år och används i arbetet med mål och budget.',
    ),
    heading(2, '4.4 Internkontroll'),
    paragraph(
      'Internkontrollen ska ge rimlig säkerhet för att verksamheten följer lagar och beslut och att resurserna används rätt. Varje nämnd gör en riskanalys på hösten, beslutar om en internkontrollplan och redovisar resultatet i samband med årsredovisningen. Riktlinjen för internkontroll beskriver arbetet närmare.',
    ),

    heading(1, '5 Mål för kvalitetsarbetet'),
    paragraph('Kommunfullmäktige har beslutat om tre mål för kvalitetsarbetet under mandatperioden.'),
    block('goals', {
      title: 'Mål för mandatperioden 2023–2026',
      goals: [
        block('goal', { goal: 'Invånarnas nöjdhet med kommunens service ska öka varje år.', indicator: 'Nöjd-Medborgar-Index (SCB)', target: 'Ökning varje år' }),
        block('goal', { goal: 'Alla verksamheter ska ha minst ett dokumenterat förbättringsarbete per år.', indicator: 'Andel verksamheter', target: '100 procent' }),
        block('goal', { goal: 'Avvikelser ska åtgärdas snabbt.', indicator: 'Andel avvikelser som åtgärdas inom 30 dagar', target: 'Minst 90 procent' }),
      ],
    }),

    heading(1, '6 Begrepp'),
    block('definition', { term: 'Kvalitet', definition: 'Hur väl en tjänst uppfyller de krav och förväntningar som ställs på den.', source: 'Kvalitetspolicy för Sjövik kommun' }),
    block('definition', { term: 'Avvikelse', definition: 'En händelse som avviker från det som är bestämt i lag, rutin eller beslut.' }),
    block('definition', { term: 'Nyckeltal', definition: 'Ett mått som visar hur en verksamhet utvecklas över tid eller jämfört med andra.' }),
    block('definition', {
      term: 'Internkontroll',
      definition: 'Det system av rutiner och kontroller som ska säkra att verksamheten bedrivs enligt lagar och beslut.',
      source: 'Kommunallagen 6 kap. 6 §',
    }),

    heading(1, '7 Årshjul'),
    paragraph('Kvalitetsarbetet följer kommunens planerings- och uppföljningsprocess.'),
    block('annual-cycle', {
      title: 'Årshjul för styrning och uppföljning',
      months: [
        block('cycle-month', { month: 'Januari', activities: 'Nämnderna följer upp föregående års internkontroll.' }),
        block('cycle-month', { month: 'Februari', activities: 'Verksamheterna sammanställer sina förbättringsarbeten.' }),
        block('cycle-month', { month: 'Mars', activities: 'Årsredovisning med kvalitetsresultat.' }),
        block('cycle-month', { month: 'April', activities: 'Resultaten från KKiK redovisas för kommunstyrelsen.' }),
        block('cycle-month', { month: 'Maj', activities: 'Mål och budget för nästa år tas fram.' }),
        block('cycle-month', { month: 'Juni', activities: 'Kommunfullmäktige beslutar om mål och budget.' }),
        block('cycle-month', { month: 'Juli', activities: 'Inga planerade aktiviteter.' }),
        block('cycle-month', { month: 'Augusti', activities: 'Delårsrapporten tas fram.' }),
        block('cycle-month', { month: 'September', activities: 'Delårsrapporten behandlas i nämnderna.' }),
        block('cycle-month', { month: 'Oktober', activities: 'Nämnderna gör sin riskanalys.' }),
        block('cycle-month', { month: 'November', activities: 'Nämnderna beslutar om internkontrollplan.' }),
        block('cycle-month', { month: 'December', activities: 'Nämnderna beslutar om verksamhetsplaner.' }),
      ],
    }),

    heading(1, '8 Uppföljning och revidering'),
    paragraph(
      'Kvalitetsgruppen följer varje år upp hur handboken används och rapporterar till kommunledningsgruppen. Handboken ska revideras senast 2027, före den nya mandatperioden. Mindre ändringar, till exempel nya kontaktuppgifter, får kommundirektören besluta om.',
    ),
  ),
};

const policy: DocumentSeed = {
  kind: 'policy',
  title: 'Kvalitetspolicy för Sjövik kommun',
  status: 'gallande',
  metadata: {
    decidedBy: 'Kommunfullmäktige',
    decidedDate: '2023-11-23',
    decidedParagraph: '§ 152',
    registryNumber: 'KS 2023/415',
    appliesTo: 'Alla nämnder, förvaltningar och helägda bolag',
    validFrom: '2024-01-01',
    validUntil: 'tills vidare',
    owner: 'Kommundirektör',
    version: '1.0',
    reviewBy: '2027',
  },
  decisions: [
    {
      body: 'Kommunfullmäktige',
      date: '2023-11-23',
      paragraph: '§ 152',
      action: 'antagen',
      summary: 'Kvalitetspolicyn antogs och ersatte tidigare kvalitetsprogram.',
    },
  ],
  content: content(
    heading(2, 'Syfte'),
    paragraph(
      'Policyn anger kommunens gemensamma syn på kvalitet. Den gäller för alla som arbetar i Sjövik kommun och i kommunens helägda bolag.',
    ),
    heading(2, 'Vår syn på kvalitet'),
    paragraph(
      'God kvalitet betyder att vi gör rätt saker på rätt sätt. Vår service ska motsvara invånarnas behov och de krav som lagar och beslut ställer. Kvalitet är inte något som en särskild funktion ansvarar för. Det är en del av allas arbete, varje dag.',
    ),
    heading(2, 'Förhållningssätt'),
    paragraph('I Sjövik kommun'),
    bulletList(
      'möter vi alla med respekt och på lika villkor,',
      'håller vi vad vi lovar och säger till när vi inte kan,',
      'tar vi vara på synpunkter och klagomål som en hjälp att bli bättre,',
      'använder vi fakta när vi planerar och prioriterar,',
      'delar vi med oss av det som fungerar.',
    ),
    heading(2, 'Ansvar'),
    paragraph(
      'Kommunstyrelsen ansvarar för att policyn är känd och följs. Varje nämnd ansvarar för kvaliteten i sin verksamhet. Chefer ansvarar för att medarbetarna har förutsättningar att arbeta enligt policyn. Hur arbetet går till i praktiken beskrivs i kommunens kvalitetshandbok.',
    ),
    heading(2, 'Uppföljning'),
    paragraph(
      'Policyn följs upp i kommunens årsredovisning. Den ses över varje mandatperiod och senast 2027.',
    ),
  ),
};

const guideline: DocumentSeed = {
  kind: 'riktlinje',
  title: 'Riktlinje för internkontroll',
  status: 'remiss',
  metadata: {
    registryNumber: 'KS 2025/207',
    replaces: 'Reglemente för intern kontroll, KS 2016/51',
    appliesTo: 'Alla nämnder och förvaltningar',
    owner: 'Ekonomidirektör',
    version: '0.9',
    reviewBy: '2028',
  },
  decisions: [],
  content: content(
    heading(2, 'Syfte'),
    paragraph(
      'Riktlinjen ska säkra att nämnderna har en tillräcklig internkontroll. Den beskriver hur risker bedöms, hur kontrollerna planeras och hur resultaten redovisas.',
    ),
    heading(2, 'Omfattning'),
    paragraph('Riktlinjen gäller för kommunstyrelsen och alla nämnder. Bolagen ska ha motsvarande rutiner.'),
    heading(2, 'Riktlinjer'),
    numberedList(
      'Varje nämnd gör en riskanalys en gång per år, senast i oktober.',
      'Riskerna bedöms efter hur sannolika de är och hur allvarliga följderna skulle bli.',
      'De största riskerna tas in i nämndens internkontrollplan, som beslutas senast i december.',
      'Kontrollerna genomförs under året av den som planen anger.',
      'Resultatet redovisas till nämnden och till kommunstyrelsen i samband med årsredovisningen.',
    ),
    heading(2, 'Ansvar och roller'),
    paragraph(
      'Nämnden ansvarar för internkontrollen i sin verksamhet. Förvaltningschefen ansvarar för att kontrollerna genomförs. Kommunstyrelsen har uppsikt över nämndernas arbete och kan begära att brister åtgärdas.',
    ),
    heading(2, 'Uppföljning'),
    paragraph(
      'Ekonomiavdelningen sammanställer nämndernas resultat varje år och föreslår förbättringar av arbetssättet.',
    ),
  ),
};

/**
 * The memo that brings the handbook to decision: Handbok's own first draft (shared/memo/draft.ts),
 * then completed as an official would.
 */
function adoptionMemo(): DocumentSeed {
  let id = 0;
  const subject = { ...handbook, id: seedLink(0), formatVersion: 1, createdAt: '', updatedAt: '', deletedAt: null, revision: 0, decisions: handbook.decisions.map((decision, index) => ({ ...decision, id: `d${index}` })) };
  const draft = draftMemo({ subject, matter: 'anta', organisation: sampleOrganisation, today: '2026-10-05', newId: () => `sample-memo-${(id += 1)}` });
  const memo = draft.memo!;
  return {
    ...draft,
    status: 'for-beslut',
    metadata: { registryNumber: 'KS 2026/140' },
    memo: {
      ...memo,
      officerId: 'p1',
      summary: emptyMemoText(),
      opinion: content(
        paragraph('Förvaltningen har gått igenom handboken tillsammans med kvalitetsgruppen. Principerna och rollerna gäller som förut. Det nya är:'),
        bulletList('Kommunkompassen i metodstödet, som stöd för den årliga självvärderingen.', 'Ett årshjul som är samordnat med budgetprocessen.'),
        memoSubHeading('Förvaltningens bedömning'),
        paragraph('Förvaltningen bedömer att handboken ger förvaltningar och bolag ', italic('ett gemensamt sätt'), ' att arbeta med kvalitet.'),
      ),
      assessments: {
        ekonomi: memoTextFromPlain('Beslutet ryms inom befintlig budget. Utbildningen i metoderna ges av kvalitetsgruppen inom ordinarie arbetstid.'),
        barn: memoTextFromPlain('Beslutet rör kommunens arbetssätt och påverkar inte barn direkt. Bättre uppföljning gynnar på sikt alla som använder kommunens tjänster.'),
      },
      proposal: [{ ...memo.proposal[0]!, points: [...memo.proposal[0]!.points, 'Kommunfullmäktige beslutar att handboken gäller från och med 2027-01-01.'] }],
      sendTo: ['Samtliga nämnder', 'Kommunens helägda bolag', 'Kvalitetsgruppen'],
      signatoryIds: ['p2', 'p1'],
    },
  };
}

export const sampleLibrary: DocumentSeed[] = [handbook, policy, guideline, adoptionMemo()];
