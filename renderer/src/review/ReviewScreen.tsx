import type { DocumentHeader } from '@shared/model/document';
import type { Review } from '@shared/model/review';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentHeaders } from '../storage/storage';
import { hrefOf } from '../ui/routes';
import { ReviewDialog } from './ReviewDialog';
import { useExportReviewCalendar } from './use-export-review-calendar';
import { useReviewOverview } from './use-review-overview';
import { useReviewWords } from './use-review-words';

/**
 * "Att revidera": the governing documents that are overdue for review or due within 90 days, by owner
 * role, each with what makes it due and the button that records "aktualitetsprövad utan ändring".
 */
export function ReviewScreen() {
  const { t } = useTranslation();
  const words = useReviewWords();
  const id = useId();
  const { overview, organisation, today } = useReviewOverview(useDocumentHeaders());
  const exportCalendar = useExportReviewCalendar(overview?.entries ?? [], organisation, today);
  const [reviewing, setReviewing] = useState<{ header: DocumentHeader; review: Review } | null>(null);

  if (overview === undefined) return <p className="loading">{t('app.loading')}</p>;

  const { groups, counts, entries } = overview;
  const next = entries.find((entry) => entry.review.bucket === 'later');
  const undated = entries.filter((entry) => entry.review.bucket === 'none' && entry.header.status === 'gallande').length;
  const ownerLabel = words.label('owner');

  return (
    <section className="screen" aria-labelledby={`${id}-title`}>
      <header className="screen__header">
        <div>
          <h1 id={`${id}-title`}>{t('review.title')}</h1>
          <p className="muted review__intro">{t('review.intro', { owner: ownerLabel.toLocaleLowerCase('sv'), reviewBy: words.label('reviewBy') })}</p>
        </div>
        <div className="button-row review__actions">
          <button type="button" className="button" onClick={() => void exportCalendar()}>
            {t('review.calendar.export')}
          </button>
        </div>
      </header>

      {groups.length === 0 ? (
        <div className="review__empty" role="status">
          <p>{t('review.empty')}</p>
          {next && <p className="muted">{t('review.next', { title: words.title(next.header.title), date: next.review.due })}</p>}
        </div>
      ) : (
        <p className="review__counts" data-testid="review-counts">
          {t('review.counts', counts)}
        </p>
      )}

      {groups.map((group, index) => {
        const headingId = `${id}-group-${index}`;
        return (
          <section key={group.owner || '-'} className="library-group" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {group.owner || t('review.noOwner', { owner: ownerLabel.toLocaleLowerCase('sv') })} <span className="muted">({group.entries.length})</span>
            </h2>
            <table className="document-table review-table">
              <thead>
                <tr>
                  <th scope="col">{t('review.columns.title')}</th>
                  <th scope="col">{t('review.columns.kind')}</th>
                  <th scope="col">{t('review.columns.due')}</th>
                  <th scope="col">{t('review.columns.latest')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('review.columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.entries.map(({ header, review }) => {
                  const title = words.title(header.title);
                  return (
                    <tr key={header.id} data-document-id={header.id} data-bucket={review.bucket}>
                      <th scope="row">
                        <a className="document-table__title" href={hrefOf({ screen: 'document', id: header.id })} title={title}>
                          {title}
                        </a>
                        {header.metadata.registryNumber && <span className="muted document-table__registry">{header.metadata.registryNumber}</span>}
                      </th>
                      <td>{t(`kind.${header.kind}`)}</td>
                      <td>
                        <span className="review-table__due">{review.due}</span>{' '}
                        <span className={`badge badge--review-${review.bucket}`}>{words.when(review)}</span>
                        <span className="muted review-table__source">{words.source(review)}</span>
                      </td>
                      <td>{review.basis && words.decision(review.basis)}</td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('review.markReviewedNamed', { title })}
                          onClick={() => setReviewing({ header, review })}
                        >
                          {t('review.markReviewed')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}

      {undated > 0 && <p className="muted">{t('review.undated', { count: undated })}</p>}

      {reviewing && (
        <ReviewDialog
          header={reviewing.header}
          review={reviewing.review}
          bodies={organisation?.bodies ?? []}
          intervals={organisation?.reviewIntervals}
          today={today}
          onClose={() => setReviewing(null)}
        />
      )}
    </section>
  );
}
