/**
 * The elements Kawan Aman itself puts into a page (the prompt's host), known by identity, never by tag name: a page
 * can name its own element `kawan-aman-prompt`, and must not get its text skipped by doing so (issue #15).
 *
 * Our content scripts share one isolated world per frame, so the set lives on that world's global: the prompt script
 * adds its host, the guard asks. The page has its own global and cannot see or fill this one.
 */
const KEY = '__kawanAmanOwn';
const world = globalThis as unknown as Record<typeof KEY, WeakSet<Element> | undefined>;

export const ownElements: WeakSet<Element> = (world[KEY] ??= new WeakSet());
