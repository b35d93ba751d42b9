import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../../../renderer/src/ui/describe-error';
import { en } from '../../../../renderer/src/ui/locales/en';
import { sv } from '../../../../renderer/src/ui/locales/sv';
import { FILE_PROBLEMS, FileProblemError } from '../../../../shared/file-problem';
import { DocumentNotEditableError, DocumentNotFoundError } from '../../../../shared/storage-errors';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { sv: { translation: sv }, en: { translation: en } }, lng: 'sv', interpolation: { escapeValue: false } });
});

describe('describeError', () => {
  it('explains known failures in Swedish, without technical detail', () => {
    expect(describeError(new DocumentNotEditableError('x'), i18n.t)).toBe(sv.errors.notEditable);
    expect(describeError(new DocumentNotFoundError('x'), i18n.t)).toBe(sv.errors.notFound);
    expect(describeError(new DOMException('quota', 'QuotaExceededError'), i18n.t)).toBe(sv.errors.storageFull);
  });

  it('names a full disk also when Dexie wraps it, or aborts a transaction because of it', async () => {
    const { default: Dexie } = await import('dexie');
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(describeError(new Dexie.QuotaExceededError(quota), i18n.t)).toBe(sv.errors.storageFull);
    expect(describeError(new Dexie.AbortError('aborted', quota), i18n.t)).toBe(sv.errors.storageFull);
    expect(describeError(new Dexie.AbortError('aborted'), i18n.t)).not.toBe(sv.errors.storageFull);
  });

  it('follows the chosen language', async () => {
    await i18n.changeLanguage('en');
    expect(describeError(new DocumentNotFoundError('x'), i18n.t)).toBe(en.errors.notFound);
    await i18n.changeLanguage('sv');
  });

  it('says a file problem from main in the user\'s language, also as Electron hands it over IPC', async () => {
    const overIpc = new Error("Error invoking remote method 'save-file': Error: handbok-file-problem:disk-full");
    expect(describeError(overIpc, i18n.t)).toBe('Disken är full. Inget skrevs, och en fil som redan fanns där är orörd. Frigör utrymme och försök igen.');
    expect(describeError(new FileProblemError('too-large'), i18n.t)).toBe('Filen är större än 150 MB, det största arkiv Handbok läser eller skriver.');
    for (const problem of FILE_PROBLEMS) expect(describeError(new FileProblemError(problem), i18n.t)).not.toMatch(/handbok-file-problem|Något gick fel/);
    await i18n.changeLanguage('en');
    expect(describeError(overIpc, i18n.t)).toBe('The disk is full. Nothing was written, and a file already there is untouched. Free some space and try again.');
    await i18n.changeLanguage('sv');
  });

  it('still says something for the unknown', () => {
    expect(describeError(new Error('disk on fire'), i18n.t)).toBe('Något gick fel: disk on fire');
  });
});
