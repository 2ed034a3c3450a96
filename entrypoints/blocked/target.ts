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
