import { useEffect, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
}

/**
 * Keeps keyboard focus inside the warning card while it is open (a modal dialog): Tab and Shift+Tab wrap around, and
 * focus that escapes to the page (a click, a page script) comes back to the card.
 */
export function useFocusTrap(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const root = ref.current;
    if (!active || !root) return;
    const host = (root.getRootNode() as ShadowRoot).host as HTMLElement | undefined;

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const items = focusables(root);
      if (items.length === 0) return;
      const current = (root.getRootNode() as ShadowRoot | Document).activeElement;
      const index = items.indexOf(current as HTMLElement);
      const next = event.shiftKey
        ? items[index <= 0 ? items.length - 1 : index - 1]
        : items[index === -1 || index === items.length - 1 ? 0 : index + 1];
      event.preventDefault();
      next!.focus();
    };
    const onFocusIn = (event: FocusEvent) => {
      if (host && event.target === host) return;
      if (root.contains(event.target as Node)) return;
      focusables(root)[0]?.focus();
    };
    root.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn, true);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn, true);
    };
  }, [ref, active]);
}
