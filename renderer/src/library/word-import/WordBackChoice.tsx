import { summarizeComparison } from '@shared/i18n/compare';
import type { Locale } from '@shared/i18n/locales';
import { importedSeed } from '@shared/import/propose';
import { frontPageDifferences } from '@shared/import/word-back/front-page';
import type { WordBackNote, WordBackPlan } from '@shared/import/word-back/plan';
import type { SerializedContent } from '@shared/model/content';
import { compareContents } from '@shared/text/compare';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMetadataLabel } from '../../storage/metadata-labels';
import type { ReadyFile } from './use-word-import';
import { draftContentOf } from './word-back';

/** One side of a compare: what the app's compare view (documents/CompareDialog) shows, passed down by the app. */
export interface CompareSide {
  label: string;
  content: SerializedContent;
}

/** Draws the compare of two contents; the app gives the one the versions tab uses, as features do not import one another. */
export type RenderCompare = (props: { from: CompareSide; to: CompareSide; onClose: () => void }) => ReactNode;

/**
 * A file that came from a library document: where it came from, what it can become (a new draft of
 * that document, or a new document), why a draft is not offered when it is not, and what the file
 * changed against the version it came from, with the compare one click away.
 */
export function WordBackChoice({
  file,
  plan,
  locale,
  renderCompare,
  onTarget,
}: {
  file: ReadyFile;
  plan: WordBackPlan;
  locale: Locale;
  renderCompare: RenderCompare;
  onTarget: (target: 'draft' | 'new') => void;
}) {
  const { t } = useTranslation();
  const label = useMetadataLabel();
  const [comparing, setComparing] = useState(false);
  const title = plan.title ?? '';
  const drafting = file.target === 'draft' && plan.draftFrom !== null;
  const { against } = plan;
  // A draft gets every block of the file and the version's ids; a new document what the review accepts.
  const imported = useMemo(
    () => (drafting && plan.draftFrom ? draftContentOf(file.proposal, plan.draftFrom.content) : importedSeed(file.proposal, file.choices).content),
    [drafting, plan.draftFrom, file.proposal, file.choices],
  );
  const comparison = useMemo(() => against && compareContents(against.content, imported), [against, imported]);
  const frontPage = drafting && plan.draftFrom ? frontPageDifferences(file.proposal, plan.draftFrom) : [];

  const origin =
    plan.documentId === null || plan.title === null
      ? t('wordImport.back.fromUnknown')
      : plan.exportedFrom
        ? t('wordImport.back.exported', { title, version: plan.exportedFrom })
        : t('wordImport.back.exportedDraft', { title });
  const summary = comparison && summarizeComparison(comparison, locale);
  const kind = comparison && comparison.overall !== 'none' ? t('compare.proposal', { kind: t(comparison.overall === 'editorial' ? 'compare.editorial' : 'compare.substantive') }) : null;

  return (
    <section className="word-import__origin" aria-label={t('wordImport.back.region')}>
      <p className="word-import__origin-line" data-testid="word-origin">
        {origin}
      </p>
      {plan.refusal && (
        <p className="word-import__note" role="note">
          {t(`wordImport.back.refusal.${plan.refusal}`, { title })}
        </p>
      )}
      <fieldset className="word-import__target">
        <legend>{t('wordImport.back.importAs')}</legend>
        {plan.draftFrom && (
          <label className="word-import__choice">
            <input type="radio" name={`target-${file.key}`} checked={file.target === 'draft'} onChange={() => onTarget('draft')} />
            {t('wordImport.back.asDraft', { title })}
          </label>
        )}
        <label className="word-import__choice">
          <input type="radio" name={`target-${file.key}`} checked={file.target === 'new'} onChange={() => onTarget('new')} />
          {t('wordImport.back.asNew')}
        </label>
      </fieldset>
      {plan.draftFrom &&
        plan.notes.map((note) => (
          <p key={note.code} className="word-import__note" role="note">
            {noteText(note, t, title, plan.exportedFrom ?? '')}
          </p>
        ))}
      {against && summary && (
        <p className="word-import__changes" data-testid="word-changes">
          {against.kind === 'version'
            ? t('wordImport.back.changes', { version: against.number, summary })
            : t(against.kind === 'draft-in-work' ? 'wordImport.back.changesAgainstDraft' : 'wordImport.back.changesAgainstContent', { summary })}
          {kind && ` · ${kind}`}
          {against.kind === 'version' && comparison && comparison.changes.length > 0 && (
            <>
              {' '}
              <button type="button" className="button button--small" onClick={() => setComparing(true)}>
                {t('wordImport.back.showChanges')}
              </button>
            </>
          )}
        </p>
      )}
      {drafting && plan.draftFrom && against?.kind === 'version' && (
        <p className="muted">
          {t('wordImport.back.draftKeeps', { version: against.number })}
          {frontPage.length > 0 && ` ${t('wordImport.back.frontPageNotTaken', { fields: frontPage.map((key) => label(key)).join(', '), version: against.number })}`}
        </p>
      )}
      {comparing &&
        against?.kind === 'version' &&
        renderCompare({
          from: { label: against.number, content: against.content },
          to: { label: t('wordImport.back.theFile', { file: file.name }), content: imported },
          onClose: () => setComparing(false),
        })}
    </section>
  );
}

function noteText(note: WordBackNote, t: ReturnType<typeof useTranslation>['t'], title: string, version: string): string {
  switch (note.code) {
    case 'newer-version':
      return t('wordImport.back.notes.newerVersion', { latest: note.latest, version });
    case 'version-missing':
      return t('wordImport.back.notes.versionMissing', { wanted: note.wanted, base: note.base });
    case 'from-draft':
      return t('wordImport.back.notes.fromDraft', { base: note.base });
    case 'replaces-untouched-draft':
      return t('wordImport.back.notes.replacesUntouchedDraft', { title });
  }
}
