import { useId, useState, type ReactNode } from 'react';
import { childWords } from '@/locales/child';
import type { ChildLang } from '@/locales';

/** "Kenapa aku melihat ini? / Why am I seeing this?": a disclosure with the reason in child words. */
export function WhyToggle({ lang, children }: { lang: ChildLang; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const w = childWords[lang];
  return (
    <div className="why-block">
      <button
        type="button"
        className="link why-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        {w.why}
      </button>
      <div id={panelId} className="why" hidden={!open}>
        {children}
        <p className="reassure">{w.notYourFault}</p>
        <p className="small">{w.onDevice}</p>
      </div>
    </div>
  );
}
