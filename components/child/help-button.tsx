import { childWords } from '@/locales/child';
import type { ChildLang } from '@/locales';

/** "Minta bantuan / Get help": one tap to the report page. `big` on the popup and at high risk. */
export function HelpButton({ lang, onHelp, big }: { lang: ChildLang; onHelp(): void; big?: boolean }) {
  return (
    <button type="button" className={`help${big ? ' big' : ''}`} onClick={onHelp}>
      <span aria-hidden="true">🤝 </span>
      {childWords[lang].help}
    </button>
  );
}
