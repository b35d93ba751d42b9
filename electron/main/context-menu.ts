import { Menu, type BrowserWindow, type ContextMenuParams, type MenuItemConstructorOptions, type Session } from 'electron';
import type { Locale } from '../../shared/i18n/locales';
import { menuStrings } from '../../shared/i18n/menu';

export interface SpellcheckFacts {
  platform: NodeJS.Platform;
  /** Set by the organisation's IT: where Handbok may fetch spelling dictionaries (see below). */
  dictionaries: string | undefined;
}

/**
 * Whether to check spelling, and from where dictionaries may come. macOS checks with the system's
 * own dictionaries. On Windows and Linux Chromium fetches Hunspell dictionaries from Google's servers,
 * so it is done only when the organisation allows it: `HANDBOK_SPELLCHECK_DICTIONARIES` set to an
 * https address of its own copy of Electron's hunspell_dictionaries.zip, or to `chromium` for
 * Google's. Unset, spelling is not checked there and nothing is fetched.
 */
export function spellcheckSetup({ platform, dictionaries }: SpellcheckFacts): { enabled: boolean; downloadUrl: string | null } {
  if (platform === 'darwin') return { enabled: true, downloadUrl: null };
  if (dictionaries === 'chromium') return { enabled: true, downloadUrl: null };
  if (dictionaries && /^https:\/\/[^\s]+\/$/.test(dictionaries)) return { enabled: true, downloadUrl: dictionaries };
  return { enabled: false, downloadUrl: null };
}

/** Swedish first, then English, of the languages this Chromium can check (one of each: they share a dictionary). */
export function spellcheckLanguages(available: readonly string[]): string[] {
  const swedish = available.filter((code) => code === 'sv' || code.startsWith('sv-')).slice(0, 1);
  const english = available.filter((code) => code === 'en-US' || code === 'en-GB').slice(0, 1);
  return [...swedish, ...english];
}

/** Where dictionaries would come from when none may be fetched: a reserved name that never resolves. */
const NOWHERE = 'https://handbok.invalid/';

/**
 * Applies the setup to the session before any window uses it; returns whether pages check spelling.
 * Turning the checker off does not stop Chromium loading a dictionary for the system's language, so
 * when nothing may be fetched the languages are emptied and downloads pointed nowhere as well.
 */
export function applySpellcheck(session: Session, facts: SpellcheckFacts): boolean {
  const { enabled, downloadUrl } = spellcheckSetup(facts);
  if (facts.platform !== 'darwin') {
    // Enabled without an address of its own, Chromium keeps its default (Google's servers).
    const dictionariesFrom = enabled ? downloadUrl : NOWHERE;
    if (dictionariesFrom) session.setSpellCheckerDictionaryDownloadURL(dictionariesFrom);
    session.setSpellCheckerLanguages(enabled ? spellcheckLanguages(session.availableSpellCheckerLanguages) : []);
  }
  session.setSpellCheckerEnabled(enabled);
  return enabled;
}

type MenuParams = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>;

/** What the right-click menu offers: spelling suggestions on a misspelt word, then cut, copy and paste. */
export function contextMenuTemplate(
  params: MenuParams,
  locale: Locale,
  actions: { replace: (word: string) => void; learn: (word: string) => void },
): MenuItemConstructorOptions[] {
  const words = menuStrings[locale];
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 6);
    if (suggestions.length === 0) items.push({ label: words.noSuggestions, enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replace(suggestion) });
    items.push({ label: words.addToDictionary, click: () => actions.learn(params.misspelledWord) }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { label: words.cut, role: 'cut', enabled: params.editFlags.canCut },
      { label: words.copy, role: 'copy', enabled: params.editFlags.canCopy },
      { label: words.paste, role: 'paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { label: words.selectAll, role: 'selectAll' },
    );
  } else if (params.selectionText.trim()) {
    items.push({ label: words.copy, role: 'copy' });
  }
  return items;
}

/** Opens the right-click menu of the window's page, in the language of the app's menu. */
export function offerContextMenu(window: BrowserWindow, locale: () => Locale): void {
  const { webContents } = window;
  webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, locale(), {
      replace: (word) => webContents.replaceMisspelling(word),
      learn: (word) => webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length) Menu.buildFromTemplate(template).popup({ window });
  });
}
