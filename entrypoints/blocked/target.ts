/** The page the child was going to, when it is a web address (never `javascript:` or another extension's page). */
export function parseTarget(raw: string): URL | null {
  if (!raw) return null;
  let text = raw;
  try {
    // The background puts the address in as it is; a browser may have percent-encoded it on the way.
    if (!/^https?:/i.test(text)) text = decodeURIComponent(text);
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** How many steps "Go back" must take to skip the blocked page, or 0 when there is nowhere safe to go back to. */
export function backSteps(historyLength: number, reason: 'site' | 'content'): number {
  // A blocked site never loaded: its history entry became this page. A page blocked for what it contained did load,
  // so going back one step would only land on it again.
  const steps = reason === 'site' ? 1 : 2;
  return historyLength > steps ? steps : 0;
}
