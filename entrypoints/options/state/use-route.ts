import { useCallback, useEffect, useState } from 'react';

/** The page's place, from the address hash: `#/settings` → ['settings'], `#/guide/gifts` → ['guide', 'gifts']. */
export function parseRoute(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
}

export function useRoute(): [string[], (path: string) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((path: string) => {
    location.hash = `#/${path}`;
  }, []);
  return [route, navigate];
}
