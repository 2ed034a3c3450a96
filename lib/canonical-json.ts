/**
 * JSON with every object's keys in sorted order, so equal data gives equal text whatever order its keys were written
 * in. Chrome's `storage` hands objects back with their keys sorted, not in the order they were stored.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
