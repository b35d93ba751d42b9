import type { MenuCommand } from '@shared/ipc';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentHeaders, useOrganisation } from '../storage/storage';
import { LanguageSwitch } from '../organisation/LanguageSwitch';
import { ReviewBadge } from '../review/ReviewBadge';
import { hrefOf, useRoute, type Route } from '../ui/routes';

const isMacPlatform = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The window: a sidebar with the organisation and the main places, and the current screen. */
export function Layout({ children, onCommand, onSearch }: { children: ReactNode; onCommand: (command: MenuCommand) => void; onSearch: () => void }) {
  const { t } = useTranslation();
  const route = useRoute();
  const organisation = useOrganisation();
  const headers = useDocumentHeaders();
  const trashCount = headers?.filter((loaded) => loaded.ok && loaded.header.deletedAt !== null).length ?? 0;
  const profile = organisation?.status === 'ok' ? organisation.organisation : null;

  const link = (target: Route, label: string, extra?: ReactNode) => {
    const current = route.screen === target.screen;
    return (
      <a href={hrefOf(target)} className="nav__link" aria-current={current ? 'page' : undefined}>
        <span>{label}</span>
        {extra}
      </a>
    );
  };

  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="sidebar__brand">
          {profile?.logo ? (
            <img className="sidebar__logo" src={profile.logo.dataUrl} alt={t('organisation.logoAlt', { name: profile.name })} />
          ) : (
            <span className="sidebar__mark" aria-hidden="true">
              H
            </span>
          )}
          <div>
            <div className="sidebar__app">{t('app.name')}</div>
            <div className="sidebar__org">{profile?.name || t('app.tagline')}</div>
          </div>
        </div>
        <button type="button" className="button button--primary sidebar__new" onClick={() => onCommand('new-document')}>
          + {t('library.newDocument')}
        </button>
        <button type="button" className="sidebar__search" onClick={onSearch} aria-keyshortcuts={isMacPlatform() ? 'Meta+K' : 'Control+K'}>
          <span>{t('search.open')}</span>
          <kbd>{isMacPlatform() ? t('search.shortcutMac') : t('search.shortcut')}</kbd>
        </button>
        <nav aria-label={t('nav.label')} className="nav">
          {link({ screen: 'library' }, t('nav.library'))}
          {link({ screen: 'methods' }, t('nav.methods'))}
          {link({ screen: 'roles' }, t('nav.roles'))}
          {link({ screen: 'review' }, t('nav.review'), <ReviewBadge headers={headers} />)}
          {link(
            { screen: 'trash' },
            t('nav.trash'),
            trashCount > 0 ? <span className="nav__count">{trashCount}</span> : null,
          )}
          {link({ screen: 'backups' }, t('nav.backups'))}
          {link({ screen: 'settings' }, t('nav.settings'))}
        </nav>
        <div className="sidebar__footer">
          <button type="button" className="sidebar__quiet" onClick={() => onCommand('open-sample-library')}>
            {t('library.openSample')}
          </button>
          <button type="button" className="sidebar__quiet" onClick={() => onCommand('show-about')}>
            {t('about.title')}
          </button>
          <LanguageSwitch />
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
