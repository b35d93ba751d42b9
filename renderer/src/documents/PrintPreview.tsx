import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { openPdf, type OpenedPdf } from './pdf-reader';
import type { PreviewedPdf } from './use-export-pdf';

/** The width a page is drawn at, in CSS pixels; the dialog is as wide. */
const PAGE_WIDTH = 620;

/**
 * One page, drawn by pdf.js when it scrolls into view (a handbook has hundreds). Until then it keeps
 * an A4-shaped place, so the scroll bar is right from the start.
 */
function PreviewPage({ pdf, number }: { pdf: OpenedPdf; number: number }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'waiting' | 'drawn' | 'failed'>('waiting');

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let cancelled = false;
    let task: { cancel(): void } | undefined;
    const draw = async () => {
      const page = await pdf.getPage(number);
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (PAGE_WIDTH / page.getViewport({ scale: 1 }).width) * ratio });
      element.width = Math.floor(viewport.width);
      element.height = Math.floor(viewport.height);
      const render = page.render({ canvas: element, viewport });
      task = render;
      await render.promise;
      if (!cancelled) setState('drawn');
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        draw().catch(() => !cancelled && setState('failed'));
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
      task?.cancel();
    };
  }, [pdf, number]);

  const label = t('preview.page', { page: number, count: pdf.numPages });
  return (
    <figure className="preview__page" data-state={state}>
      <canvas ref={canvas} className="preview__sheet" role="img" aria-label={label} />
      <figcaption className="preview__number">{state === 'failed' ? t('preview.unreadable') : label}</figcaption>
    </figure>
  );
}

/**
 * The print preview: the pages of the PDF exactly as they will be saved, drawn from the PDF itself.
 * Nothing of the document's HTML enters the app's page, so what a writer typed cannot run here.
 */
export function PrintPreview({ preview, onSave, onClose }: { preview: PreviewedPdf; onSave: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<OpenedPdf | null>(null);
  const [failed, setFailed] = useState<unknown>(null);

  useEffect(() => {
    let opened: OpenedPdf | undefined;
    let current = true;
    openPdf(preview.pdf.bytes).then(
      (document) => {
        opened = document;
        if (current) setPdf(document);
        else void document.destroy();
      },
      (error: unknown) => current && setFailed(error),
    );
    return () => {
      current = false;
      void opened?.destroy();
    };
  }, [preview]);

  return (
    <Dialog
      title={t('preview.title', { title: preview.title })}
      className="dialog--preview"
      onClose={onClose}
      footer={
        <>
          <span className="preview__count muted">{pdf ? t('preview.pages', { count: pdf.numPages }) : ''}</span>
          <button type="button" className="button" onClick={onClose}>
            {t('preview.close')}
          </button>
          <button type="button" className="button button--primary" onClick={onSave}>
            {t('preview.save')}
          </button>
        </>
      }
    >
      {failed ? (
        <p className="banner banner--error" role="alert">
          {t('preview.unreadable')}
        </p>
      ) : (
        <div className="preview" aria-busy={pdf === null}>
          {pdf && Array.from({ length: pdf.numPages }, (_, index) => <PreviewPage key={index} pdf={pdf} number={index + 1} />)}
        </div>
      )}
    </Dialog>
  );
}
