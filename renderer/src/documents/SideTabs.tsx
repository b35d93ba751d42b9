import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface SideTab {
  id: string;
  label: string;
  content: ReactNode;
}

/** Tabs in the WAI-ARIA pattern: arrow keys move between them, only the chosen panel is shown. */
export function SideTabs({ tabs, label }: { tabs: SideTab[]; label: string }) {
  const [selected, setSelected] = useState(tabs[0]?.id);
  const prefix = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    setSelected(tabs[next]!.id);
    buttons.current[next]?.focus();
  };

  return (
    <div className="side-tabs">
      <div role="tablist" aria-label={label} className="side-tabs__list">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${prefix}-${tab.id}-tab`}
            aria-controls={`${prefix}-${tab.id}-panel`}
            aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1}
            className="side-tabs__tab"
            onClick={() => setSelected(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${prefix}-${tab.id}-panel`}
          aria-labelledby={`${prefix}-${tab.id}-tab`}
          hidden={tab.id !== selected}
          className="side-tabs__panel"
        >
          {tab.id === selected && tab.content}
        </div>
      ))}
    </div>
  );
}
