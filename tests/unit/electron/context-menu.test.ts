import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electron-mock'));
const { applySpellcheck, contextMenuTemplate, spellcheckLanguages, spellcheckSetup } = await import('../../../electron/main/context-menu');

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: true };
const params = (extra: Partial<Parameters<typeof contextMenuTemplate>[0]>) => ({
  misspelledWord: '',
  dictionarySuggestions: [],
  isEditable: true,
  selectionText: '',
  editFlags: flags,
  ...extra,
});

describe('spelling', () => {
  it('fetches no dictionary from the internet on Windows and Linux unless the organisation allows it', () => {
    expect(spellcheckSetup({ platform: 'win32', dictionaries: undefined })).toEqual({ enabled: false, downloadUrl: null });
    expect(spellcheckSetup({ platform: 'linux', dictionaries: 'http://insecure.example/' })).toEqual({ enabled: false, downloadUrl: null });
    expect(spellcheckSetup({ platform: 'linux', dictionaries: 'https://intranat.sjovik.se/ordlistor/' })).toEqual({ enabled: true, downloadUrl: 'https://intranat.sjovik.se/ordlistor/' });
    expect(spellcheckSetup({ platform: 'win32', dictionaries: 'chromium' })).toEqual({ enabled: true, downloadUrl: null });
    // macOS checks with the system's own dictionaries and fetches nothing.
    expect(spellcheckSetup({ platform: 'darwin', dictionaries: undefined })).toEqual({ enabled: true, downloadUrl: null });
  });

  it('checks Swedish first, then English', () => {
    expect(spellcheckLanguages(['de', 'en-GB', 'en-US', 'fr', 'sv'])).toEqual(['sv', 'en-GB']);
    expect(spellcheckLanguages(['en-US', 'sv-SE'])).toEqual(['sv-SE', 'en-US']);
    // sv and sv-SE share a dictionary: one is enough.
    expect(spellcheckLanguages(['sv', 'sv-SE', 'en-US'])).toEqual(['sv', 'en-US']);
  });
});

describe('applying the spelling setup to the session', () => {
  function fakeSession() {
    return {
      availableSpellCheckerLanguages: ['en-US', 'sv'],
      setSpellCheckerEnabled: vi.fn(),
      setSpellCheckerLanguages: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
    };
  }

  it('when nothing may be fetched, empties the languages and points downloads at a name that never resolves', () => {
    const session = fakeSession();
    expect(applySpellcheck(session as never, { platform: 'linux', dictionaries: undefined })).toBe(false);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith([]);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith('https://handbok.invalid/');
  });

  it("fetches from the organisation's own server when it says so, Swedish first", () => {
    const session = fakeSession();
    expect(applySpellcheck(session as never, { platform: 'win32', dictionaries: 'https://intranat.sjovik.se/ordlistor/' })).toBe(true);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith('https://intranat.sjovik.se/ordlistor/');
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['sv', 'en-US']);
  });
});

describe('the right-click menu', () => {
  it('offers the suggestions for a misspelt word, adding it to the dictionary, then cut, copy and paste', () => {
    const replace = vi.fn();
    const learn = vi.fn();
    const template = contextMenuTemplate(params({ misspelledWord: 'kvalitetsledningsystem', dictionarySuggestions: ['kvalitetsledningssystem'] }), 'sv', { replace, learn });
    expect(template.map((item) => item.label ?? item.type)).toEqual(['kvalitetsledningssystem', 'Lägg till i ordlistan', 'separator', 'Klipp ut', 'Kopiera', 'Klistra in', 'separator', 'Markera allt']);
    (template[0]!.click as () => void)();
    (template[1]!.click as () => void)();
    expect(replace).toHaveBeenCalledWith('kvalitetsledningssystem');
    expect(learn).toHaveBeenCalledWith('kvalitetsledningsystem');
  });

  it('says when there is no suggestion, and follows what the field allows', () => {
    const template = contextMenuTemplate(params({ misspelledWord: 'xyzzy', editFlags: { ...flags, canPaste: false } }), 'en', { replace: vi.fn(), learn: vi.fn() });
    expect(template[0]).toMatchObject({ label: 'No suggestions', enabled: false });
    expect(template.find((item) => item.role === 'paste')).toMatchObject({ enabled: false });
  });

  it('offers copy on selected text outside a field, and nothing on an empty spot', () => {
    expect(contextMenuTemplate(params({ isEditable: false, selectionText: 'Inledning' }), 'sv', { replace: vi.fn(), learn: vi.fn() }).map((item) => item.role)).toEqual(['copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), 'sv', { replace: vi.fn(), learn: vi.fn() })).toEqual([]);
  });
});
