import type { MenuCommand } from '@shared/ipc';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompareDialog } from '../documents/CompareDialog';
import { DocumentScreen } from '../documents/DocumentScreen';
import { SharedDocumentScreen } from '../documents/SharedDocumentScreen';
import { memoParts } from '../memo';
import { MethodsScreen, ReadingPage, RolesScreen } from '../reading';
import { useHost } from '../host';
import { LibraryScreen, type TextFinder } from '../library/LibraryScreen';
import { NewDocumentDialog } from '../library/NewDocumentDialog';
import { ImportConflictDialog } from '../library/ImportConflictDialog';
import { BackupsScreen } from '../backups/BackupsScreen';
import { useAutoBackup } from '../backups/use-auto-backup';
import { useLibraryArchive } from '../library/use-library-archive';
import { useOpenSampleLibrary } from '../library/use-open-sample-library';
import { useWordImport } from '../library/word-import/use-word-import';
import { WordImportDialog } from '../library/word-import/WordImportDialog';
import { TrashScreen } from '../library/TrashScreen';
import { OnboardingScreen } from '../organisation/OnboardingScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { SearchDialog } from '../search/SearchDialog';
import { useSearchIndex } from '../search/use-search-index';
import { useSearchShortcut } from '../search/use-search-shortcut';
import { useReviewNotifications } from '../review/use-review-notifications';
import { SettingsScreen } from '../organisation/SettingsScreen';
import { useOnboardingDone, useOrganisation } from '../storage/storage';
import { AboutDialog } from './AboutDialog';
import { dispatchDocumentCommand } from '../ui/document-commands';
import { Layout } from './Layout';
import { useNotice } from '../ui/notices';
import { navigate, useRoute } from '../ui/routes';

type OpenDialog = 'new-document' | 'about' | 'search' | null;

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const host = useHost();
  const organisation = useOrganisation();
  const onboardingDone = useOnboardingDone();
  const openSampleLibrary = useOpenSampleLibrary();
  const notice = useNotice();
  const { exportLibrary, importLibrary, conflict, resolveConflict } = useLibraryArchive();
  const wordImport = useWordImport();
  const chooseWordFiles = wordImport.choose;
  useAutoBackup();
  useReviewNotifications();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [startedWithoutProfile, setStartedWithoutProfile] = useState<boolean | null>(null);
  const search = useSearchIndex();
  const openSearch = useCallback(() => setDialog('search'), []);
  useSearchShortcut(openSearch);
  // The library's search box finds by text too: the documents out of the trash whose text matches.
  const findText = useMemo<TextFinder | undefined>(
    () =>
      search
        ? async (query) => {
            const { hits, ready } = await search.search(query, {}, 200);
            return { matches: new Map(hits.filter((hit) => !hit.deleted).map((hit) => [hit.documentId, { blockId: hit.blockId, snippet: hit.snippet }])), complete: ready };
          }
        : undefined,
    [search],
  );

  const runCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new-document':
          return setDialog('new-document');
        case 'show-about':
          return setDialog('about');
        case 'show-library':
          return navigate({ screen: 'library' });
        case 'show-trash':
          return navigate({ screen: 'trash' });
        case 'show-backups':
          return navigate({ screen: 'backups' });
        case 'show-settings':
          return navigate({ screen: 'settings' });
        case 'open-sample-library':
          return void openSampleLibrary();
        case 'export-library':
          return void exportLibrary();
        case 'import-library':
          return void importLibrary();
        case 'import-word':
          return void chooseWordFiles();
        case 'export-word':
        case 'export-pdf':
        case 'print-preview':
          if (!dispatchDocumentCommand(command)) notice({ tone: 'info', text: t('export.openDocumentFirst') });
          return;
        case 'find-in-document':
          if (!dispatchDocumentCommand(command)) notice({ tone: 'info', text: t('find.openDocumentFirst') });
          return;
      }
    },
    [openSampleLibrary, notice, t, exportLibrary, importLibrary, chooseWordFiles],
  );
  useEffect(() => host.onMenuCommand(runCommand), [host, runCommand]);

  if (organisation === undefined || onboardingDone === undefined) {
    return <p className="loading">{t('app.loading')}</p>;
  }
  // Decided once, when the app starts: the first-run screen autosaves the profile as it is typed, and
  // the screen must stay until the user says they are done, not vanish with the first save.
  const firstRun = startedWithoutProfile ?? (!onboardingDone && organisation.status === 'missing');
  if (startedWithoutProfile === null) setStartedWithoutProfile(firstRun);
  if (firstRun && !onboardingDone) return <OnboardingScreen />;

  return (
    <Layout onCommand={runCommand} onSearch={openSearch}>
      {route.screen === 'library' && <LibraryScreen onCommand={runCommand} onWordFiles={(files) => void wordImport.start(files)} findText={findText} />}
      {route.screen === 'review' && <ReviewScreen />}
      {route.screen === 'trash' && <TrashScreen />}
      {route.screen === 'backups' && <BackupsScreen />}
      {route.screen === 'settings' && <SettingsScreen />}
      {route.screen === 'methods' && <MethodsScreen />}
      {route.screen === 'roles' && <RolesScreen />}
      {route.screen === 'shared' && <SharedDocumentScreen key={route.id} id={route.id} />}
      {route.screen === 'document' && (
        <DocumentScreen key={`${route.id}:${wordImport.reopened}`} id={route.id} memo={memoParts} reading={ReadingPage} view={route.view} block={route.block} />
      )}
      {dialog === 'new-document' && <NewDocumentDialog onClose={() => setDialog(null)} />}
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
      {dialog === 'search' && <SearchDialog client={search} onClose={() => setDialog(null)} />}
      {conflict && <ImportConflictDialog conflict={conflict} onChoose={resolveConflict} />}
      {wordImport.files && (
        <WordImportDialog
          files={wordImport.files}
          onChange={wordImport.update}
          onImport={() => void wordImport.finish()}
          onCancel={wordImport.cancel}
          renderCompare={(props) => <CompareDialog {...props} />}
        />
      )}
    </Layout>
  );
}
