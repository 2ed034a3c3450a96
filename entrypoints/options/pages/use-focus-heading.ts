import { useEffect, useRef } from 'react';

/**
 * Moves keyboard and screen-reader focus to the page's heading whenever `key` changes (a new page or wizard step),
 * so a keyboard user starts at the top of what changed.
 */
export function useFocusHeading<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [key]);
  return ref;
}
