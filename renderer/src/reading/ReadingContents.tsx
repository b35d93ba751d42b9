import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadingHeading } from './reading-outline';

/**
 * The contents beside the page: its headings, the one being read marked as the page scrolls, each a
 * jump to its heading. Buttons, not links: the address (#/dokument/…) is the app's route, and a
 * fragment link would leave the document.
 */
export function ReadingContents({ headings }: { headings: readonly ReadingHeading[] }) {
  const { t } = useTranslation();
  const current = useHeadingInView(headings);
  return (
    <nav className="reading__contents" aria-label={t('reading.contents')}>
      <h2 className="reading__contents-title">{t('reading.contents')}</h2>
      {headings.length === 0 ? (
        <p className="muted">{t('reading.noHeadings')}</p>
      ) : (
        <ol>
          {headings.map((heading) => (
            <li key={heading.id} className={`reading__contents-level-${heading.level}`}>
              <button
                type="button"
                aria-current={heading.id === current ? 'location' : undefined}
                onClick={() => {
                  const target = document.getElementById(heading.id);
                  target?.scrollIntoView({ block: 'start' });
                  target?.focus({ preventScroll: true });
                }}
              >
                {heading.number && <span className="reading__contents-number">{heading.number}</span>}
                {heading.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}

/**
 * The heading whose section is being read: the last heading above the reading line, a quarter down the
 * window. The observer's area is everything above that line (its top margin reaches far above the
 * window), so a heading that crosses the line changes its state even when a jump carries it past the
 * window at once; nothing runs while the reader scrolls within a section.
 */
function useHeadingInView(headings: readonly ReadingHeading[]): string | null {
  const [current, setCurrent] = useState<string | null>(headings[0]?.id ?? null);
  useEffect(() => {
    const elements = headings.map((heading) => document.getElementById(heading.id)).filter((element): element is HTMLElement => element !== null);
    if (!elements.length || typeof IntersectionObserver === 'undefined') return;
    const update = () => {
      // The reading line: a quarter down the window. The section being read is that of the last heading above it.
      const line = window.innerHeight * 0.25;
      let found = elements[0]!.id;
      for (const element of elements) {
        if (element.getBoundingClientRect().top <= line) found = element.id;
        else break;
      }
      setCurrent(found);
    };
    const observer = new IntersectionObserver(update, { rootMargin: '100000px 0px -75% 0px' });
    for (const element of elements) observer.observe(element);
    update();
    return () => observer.disconnect();
  }, [headings]);
  return current;
}
