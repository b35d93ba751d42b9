import type { Locale } from './locales';

/**
 * The application menu's words. Main builds the native menu from these, so they live beside the
 * renderer's strings but without React: main and renderer read one source.
 */
export const menuStrings = {
  sv: {
    file: 'Arkiv',
    newDocument: 'Nytt dokument…',
    export: 'Exportera',
    exportWord: 'Word…',
    library: 'Bibliotek',
    trash: 'Papperskorg',
    settings: 'Inställningar…',
    quit: 'Avsluta Handbok',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    resetZoom: 'Återställ zoom',
    fullscreen: 'Helskärm',
    devTools: 'Utvecklarverktyg',
    help: 'Hjälp',
    sampleLibrary: 'Öppna exempelbiblioteket',
    about: 'Om Handbok',
  },
  en: {
    file: 'File',
    newDocument: 'New document…',
    export: 'Export',
    exportWord: 'Word…',
    library: 'Library',
    trash: 'Trash',
    settings: 'Settings…',
    quit: 'Quit Handbok',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullscreen: 'Full screen',
    devTools: 'Developer tools',
    help: 'Help',
    sampleLibrary: 'Open the sample library',
    about: 'About Handbok',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MenuStrings = (typeof menuStrings)[Locale];
