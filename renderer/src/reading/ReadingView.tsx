import { blockIdOf } from '@shared/model/block-ids';
import type { DocumentHeader, HandbokDocument } from '@shared/model/document';
import { exportHouseStyle } from '@shared/model/organisation';
import { formatVersionNumber } from '@shared/model/versions';
import { fontStack } from '@shared/render/fonts';
import { blockNumbering } from '@shared/render/layout/body';
import { useEffect, useId, useMemo, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { FindBar, useFindInElement } from '../find';
import { readableHeaders } from '../storage/documents-repository';
import { useDocumentHeaders, useOrganisation } from '../storage/storage';
import { hrefOf } from '../ui/routes';
import { ReadingContents } from './ReadingContents';
import { ReadingContext, readingNode } from './reading-body';
import { blockOwners, readingHeadings } from './reading-outline';
import { useHouseFonts } from './use-house-fonts';

export interface ReadingViewProps {
  header: DocumentHeader;
  document: HandbokDocument;
  /** A block to open at and mark (a search hit, a method guide), by its block id. */
  block?: string | undefined;
  /** Something the reader must know about what they read (a revision in work). */
  notice?: string | undefined;
}

/**
 * Reading mode: the document as a typographic page for the screen, drawn from its stored content
 * through the exports' layout, with no editor and nothing that edits. Editing is one deliberate step
 * away ("Redigera"), so that a stray key can never change what was adopted.
 */
export function ReadingView({ header, document, block, notice }: ReadingViewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const loadedOrganisation = useOrganisation();
  const organisation = loadedOrganisation?.status === 'ok' ? loadedOrganisation.organisation : null;
  const style = exportHouseStyle(organisation);
  useHouseFonts(style);
  const headers = useDocumentHeaders();
  const library = useMemo(() => (headers ? readableHeaders(headers) : new Map<string, DocumentHeader>()), [headers]);
  const content = document.content;
  const headings = useMemo(() => readingHeadings(content), [content]);
  const owners = useMemo(() => blockOwners(content), [content]);
  const markedId = block ? owners.get(block) : undefined;

  // Drawn once per content, organisation and library: the footnotes are numbered in the order they are drawn.
  const body = useMemo(() => {
    const nodes = content.root.children;
    const context = new ReadingContext(document, organisation, exportHouseStyle(organisation), (id) => library.get(id), blockNumbering(nodes));
    context.headingIds = new Map(headings.map((heading) => [heading.node, heading.id]));
    context.hrefOfDocument = (id) => hrefOf({ screen: 'document', id, view: 'read' });
    const numbers = new Map(headings.map((heading) => [heading.node, heading.number]));
    return nodes.map((node, index) => ({ node, id: blockIdOf(node), key: blockIdOf(node) ?? `at-${index}`, drawn: readingNode(node, context, numbers.get(node)) }));
  }, [content, document, organisation, library, headings]);

  // An address may outlive its block (a step deleted since the search index or a bookmark saw it).
  const missing = Boolean(block) && markedId === undefined;
  useEffect(() => {
    if (!markedId) return;
    const element = window.document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(markedId)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    // A screen reader goes where the eye does: the marked block has the focus, and says why it is marked.
    element.focus({ preventScroll: true });
  }, [block, markedId]);

  // Ctrl+F finds in the page as in the editor: the same bar, over the reading page.
  const page = useRef<HTMLElement>(null);
  const find = useFindInElement(page);

  const houseStyle = {
    '--reading-body-font': fontStack(style.bodyFont, { embedded: true }),
    '--reading-heading-font': fontStack(style.headingFont, { embedded: true }),
    '--reading-heading-colour': `#${style.headingColor}`,
    '--reading-body-size': `${style.bodySize + 1.5}pt`,
  } as CSSProperties;
  const version = header.versioning?.latest ? formatVersionNumber(header.versioning.latest.number) : null;
  const facts = [
    `${t(`kind.${header.kind}`)} · ${t(`status.${header.status}`)}`,
    version && !header.versioning?.revising ? t('reading.version', { version }) : null,
    header.metadata.registryNumber ? t('reading.registryNumber', { number: header.metadata.registryNumber }) : null,
    header.metadata.validFrom ? t('reading.validFrom', { date: header.metadata.validFrom }) : null,
  ].filter(Boolean);

  return (
    <div className="reading" style={houseStyle} data-testid="reading-view">
      <div className="reading__bar">
        <a href={hrefOf({ screen: 'library' })}>{t('document.back')}</a>
        <a className="button button--primary" href={hrefOf({ screen: 'document', id: header.id, view: 'edit' })} title={t('reading.editHint')}>
          {t('reading.edit')}
        </a>
      </div>
      {notice && (
        <p className="banner banner--info" role="status">
          {notice}
        </p>
      )}
      {missing && (
        <p className="banner banner--warning" role="status">
          {t('reading.blockMissing')}
        </p>
      )}
      <div className="reading__columns">
        <ReadingContents headings={headings} />
        <section ref={page} className="reading__page" aria-labelledby={titleId}>
          <FindBar find={find} />
          <header className="reading__front">
            <h1 id={titleId} className="reading__title">
              {header.title || t('library.untitled')}
            </h1>
            <p className="reading__facts">{facts.join(' · ')}</p>
          </header>
          {body.length === 0 && <p className="muted">{t('reading.empty')}</p>}
          {body.map(({ id, key, drawn }) => {
            const marked = id !== null && id === markedId;
            return (
              <div key={key} className={marked ? 'reading__block reading__block--marked' : 'reading__block'} data-block-id={id ?? undefined} tabIndex={marked ? -1 : undefined}>
                {marked && <span className="visually-hidden">{t('reading.marked')}</span>}
                {drawn}
              </div>
            );
          })}
        </section>
      </div>
    </div>
  );
}
