import { DEFAULT_EXPORT_LAYOUT, DEFAULT_HOUSE_STYLE, type Organisation } from '../../shared/model/organisation';

/** The invented municipality of the sample library. */
export const SAMPLE_MUNICIPALITY_NAME = 'Sjövik kommun';

/** The invented municipality's profile, which goes with the sample library into archives and exports. */
export const sampleOrganisation: Organisation = {
  name: SAMPLE_MUNICIPALITY_NAME,
  unit: 'Kommunledningskontoret',
  logo: null,
  bodies: [
    { id: 'kf', name: 'Kommunfullmäktige', abbreviation: 'KF' },
    { id: 'ks', name: 'Kommunstyrelsen', abbreviation: 'KS' },
    { id: 'bun', name: 'Barn- och utbildningsnämnden', abbreviation: 'BUN' },
    { id: 'son', name: 'Socialnämnden', abbreviation: 'SN' },
  ],
  people: [
    { id: 'p1', name: 'Karin Lund', title: 'Kvalitetsstrateg', email: 'karin.lund@sjovik.se', phone: '0123-45 67 01' },
    { id: 'p2', name: 'Ahmed Haddad', title: 'Kommundirektör', email: 'ahmed.haddad@sjovik.se', phone: '0123-45 67 00' },
  ],
  metadataLabels: {},
  houseStyle: { ...DEFAULT_HOUSE_STYLE },
  // Sjövik's memos carry the economic and the children's rights assessment.
  memoSettings: { assessments: ['ekonomi', 'barn'], partNames: {} },
  exportLayout: structuredClone(DEFAULT_EXPORT_LAYOUT),
  updatedAt: '2026-01-15T09:00:00.000Z',
};
