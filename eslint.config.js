import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Besides style, this file enforces the boundaries of architecture.md:
 * - shared/ imports nothing from renderer/ or electron/, and no DOM, Node, Electron, Dexie, React or Lexical;
 * - renderer/ never imports Node or Electron modules, and only renderer/src/storage imports Dexie;
 * - inside renderer/src each folder imports only the layers below it (see RENDERER_LAYERS).
 * tests/unit/architecture/boundaries.test.ts proves that each rule fires.
 * And it keeps every regular expression of the app linear (issue 17): see the regexp block below.
 */

const NODE_AND_ELECTRON = [
  { group: ['electron', 'electron/*'], message: 'Only electron/ may use Electron.' },
  { regex: '^(node:.*|fs|fs/.*|path|os|child_process|crypto|url|http|https|net)$', message: 'Node modules are not available here.' },
];
const DEXIE = [{ group: ['dexie', 'dexie-*', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'Storage lives in renderer/src/storage: use its repositories and hooks.' }];

const SHARED_IMPORTS = [
  ...NODE_AND_ELECTRON,
  ...DEXIE,
  { group: ['react', 'react-*', 'react/*', 'lexical', '@lexical/*', 'i18next', 'react-i18next'], message: 'shared/ is pure TypeScript: no UI libraries.' },
  { group: ['**/renderer/**', '**/electron/**', '@resources/*'], message: 'shared/ must not depend on the renderer, Electron or resources.' },
];

const DOM_AND_NODE_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement',
  'Element', 'fetch', 'process', 'require', 'Buffer', '__dirname', '__filename', 'global',
].map((name) => ({ name, message: 'shared/ runs everywhere: no DOM or Node globals.' }));

/*
 * The layers inside the renderer (architecture.md): app/ → the features → editor/ → storage/ and
 * host/ → find/ → ui/, each folder importing only those below it, as VS Code's code-layering rule keeps its
 * layers. Features never import one another, and reach the editor only through editor/index.ts.
 * renderer/src/main.tsx, the composition root, stands above them all.
 *
 * The imports inside renderer/src are relative, so a folder is matched as one or more `../` and its
 * name. A later config block that matches a file replaces the options of a rule set by an earlier one,
 * so each layer's block repeats the patterns of the renderer block before adding its own.
 */
const FEATURES = ['documents', 'library', 'memo', 'backups', 'organisation', 'review', 'reading', 'search'];
const folders = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
const EDITOR_INSIDES = {
  regex: '^(\\.\\./)+editor/(?!index$)',
  message: 'Use the editor through its public API, editor/index.ts: import from "../editor".',
};

const RENDERER_LAYERS = {
  app: [EDITOR_INSIDES],
  ...Object.fromEntries(
    FEATURES.map((feature) => [
      feature,
      [
        { regex: folders(['app']), message: `app/ lies above the features: app/ may import ${feature}/, not the other way round.` },
        {
          regex: folders(FEATURES.filter((other) => other !== feature)),
          message: 'Features never import one another: move what two of them share down (editor/, storage/, host/, ui/ or shared/), or let app/ hand it in.',
        },
        EDITOR_INSIDES,
      ],
    ]),
  ),
  editor: [
    { regex: folders(['app', ...FEATURES]), message: 'editor/ lies below app/ and the features: they may import the editor, not the other way round.' },
    {
      regex: folders(['storage']),
      message: 'The editor reaches the library through the EditorLibrary context (editor/library-context.tsx) that the document screen provides, not through storage/.',
    },
  ],
  storage: [
    { regex: folders(['app', ...FEATURES, 'editor']), message: 'storage/ lies below app/, the features and editor/: they may import storage, not the other way round.' },
    { regex: folders(['host']), message: 'storage/ and host/ are neighbours and import neither each other: what both need lies below them (ui/ or shared/), and app/ joins them.' },
  ],
  host: [
    { regex: folders(['app', ...FEATURES, 'editor']), message: 'host/ lies below app/, the features and editor/: they may import the host, not the other way round.' },
    { regex: folders(['storage']), message: 'storage/ and host/ are neighbours and import neither each other: what both need lies below them (ui/ or shared/), and app/ joins them.' },
  ],
  find: [
    {
      regex: folders(['app', ...FEATURES, 'editor', 'storage', 'host']),
      message: 'find/ searches any element of any screen: it lies below app/, the features, editor/, storage/ and host/, beside ui/.',
    },
  ],
  ui: [
    {
      regex: folders(['app', ...FEATURES, 'editor', 'storage', 'host', 'find']),
      message: 'ui/ is the lowest layer of the renderer: every other folder may import it, and it imports only shared/ and libraries.',
    },
  ],
};

const rendererLayerBlocks = Object.entries(RENDERER_LAYERS).map(([folder, refused]) => ({
  files: [`renderer/src/${folder}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { patterns: [...NODE_AND_ELECTRON, ...(folder === 'storage' ? [] : DEXIE), ...refused] }] },
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench-results/**', 'test-results/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'tests/**/*.ts', 'electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark's functions passed to page.evaluate run in the browser.
    files: ['scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [...NODE_AND_ELECTRON, ...DEXIE] }],
    },
  },
  ...rendererLayerBlocks,
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: SHARED_IMPORTS }],
      'no-restricted-globals': ['error', ...DOM_AND_NODE_GLOBALS],
    },
  },
  {
    // Every regular expression in the app may meet hostile content: a paragraph of 150,000 dots, a
    // metadata field of spaces, a paste of anything. Two rules of eslint-plugin-regexp find the patterns
    // that take n² steps on such input (tests/support/linear-time.ts proves the fixes):
    // - no-super-linear-backtracking: two quantifiers that can trade characters (`\s*,?\s*`), so that
    //   a failing match tries every split;
    // - no-super-linear-move: a pattern used to search (`match`, `replace`, `split`, `/g`) whose first
    //   quantifier reads a run and then fails, so that the search starts again one character later and
    //   reads the run again (`[.!?:]+(?=\s|$)` before a letter). That is exactly how text is scanned here,
    //   so it stays on even where the input is short today (a number's digits): a rewrite is cheap and a
    //   short input does not stay short.
    // Tests and scripts are left out: their patterns read our own, bounded output.
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
