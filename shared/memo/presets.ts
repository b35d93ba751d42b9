import type { MemoTemplate } from '../model/memo-template';
import { DEFAULT_MEMO_TEMPLATE } from '../model/memo-template';

/** A template to start from in the settings, named for the kind of municipality whose memo it is shaped like. */
export interface MemoTemplatePreset {
  id: 'tjansteskrivelse' | 'tjansteutlatande';
  template: MemoTemplate;
}

/**
 * Two shapes officials know. The tjänsteskrivelse of a kommunledningskontor (Alingsås' is one): the
 * layout Handbok has always had, the description before the proposal, the signatures and the bilagor
 * at the end. The tjänsteutlåtande of a Stockholm stadsdelsnämnd: the proposal and the signatures right
 * after the title, the bilagor before the description, "Dnr" in the header, the handläggare's phone on
 * a line of its own, and the sub-heading per body even for one.
 */
export const MEMO_TEMPLATE_PRESETS: readonly MemoTemplatePreset[] = [
  { id: 'tjansteskrivelse', template: DEFAULT_MEMO_TEMPLATE },
  {
    id: 'tjansteutlatande',
    template: {
      kindWord: 'Tjänsteutlåtande',
      order: ['remiss', 'proposal', 'signatures', 'summary', 'attachments', 'description', 'opinion', 'assessments', 'sendTo'],
      ownParts: [],
      required: ['remiss', 'summary', 'opinion', 'assessments', 'proposal', 'signatures'],
      header: [
        { fact: 'registryNumber', label: 'Dnr' },
        { fact: 'date', label: '' },
        { fact: 'officer', label: '' },
        { fact: 'recipient', label: '' },
      ],
      officerOnLines: true,
      proposalHeadings: 'always',
      numberSinglePoint: true,
    },
  },
];
