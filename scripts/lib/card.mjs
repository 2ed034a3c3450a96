// Reads and presses Kawan Aman's in-page card over the DevTools protocol, for the e2e tests
// (tests/e2e/pages/prompt.ts) and the headless demo. The card lives in a closed shadow root that no page script and
// no Playwright locator can enter (docs/design.md#the-cards-test-contract); DevTools sees it: `DOM.describeNode({ pierce: true })` includes
// closed roots, and `Input.dispatchMouseEvent` is the browser's own trusted input, the only kind the card accepts.

/**
 * @typedef {{ nodeId: number, backendNodeId: number, nodeType: number, nodeName: string, attributes?: string[],
 *   children?: DomNode[], shadowRoots?: (DomNode & { shadowRootType?: string })[] }} DomNode
 * @typedef {{ host: DomNode, shadow: DomNode, outer: DomNode, card: DomNode }} FoundCard
 * @typedef {{ send(method: string, params?: object): Promise<any> }} Cdp
 */

/** @param {DomNode} node @param {string} name @returns {string | null} */
export function attr(node, name) {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return null;
}

/**
 * How to walk one protocol's picture of the DOM: DevTools (`DOM.Node`) and WebDriver BiDi (Firefox's serialized
 * nodes) spell attributes and children differently; what is looked for in them is the same.
 * @template N
 * @typedef {{ attr(n: N, name: string): string | null, children(n: N): N[], isElement(n: N): boolean }} Tree
 */

/** @type {Tree<DomNode>} DevTools' nodes (`DOM.describeNode({ pierce: true })`). */
const CDP_TREE = {
  attr,
  children: (n) => [...(n.shadowRoots ?? []), ...(n.children ?? [])],
  isElement: (n) => n.nodeType === 1,
};

/**
 * The first element in `node`'s subtree (shadow roots included) that passes `test`.
 * @template N @param {Tree<N>} tree @param {N} node @param {(n: N) => boolean} test @returns {N | null}
 */
export function findIn(tree, node, test) {
  if (tree.isElement(node) && test(node)) return node;
  for (const child of tree.children(node)) {
    const hit = findIn(tree, child, test);
    if (hit) return hit;
  }
  return null;
}

/**
 * Inside our host's closed root: the outermost element (the one with `data-action`) and the card itself (`.card`,
 * else the outermost element); null when the root holds no card (a page's element of the same name).
 * @template N @param {Tree<N>} tree @param {N} shadow @returns {{ outer: N, card: N } | null}
 */
export function cardIn(tree, shadow) {
  const outer = findIn(tree, shadow, (n) => tree.attr(n, 'data-action') !== null);
  if (!outer) return null;
  const card = findIn(tree, outer, (n) => (tree.attr(n, 'class') ?? '').split(/\s+/).includes('card')) ?? outer;
  return { outer, card };
}

/**
 * What the card is about (the test contract, on its outermost element): `{ action, risk, categories }`.
 * @template N @param {Tree<N>} tree @param {N} outer
 */
export function cardState(tree, outer) {
  return {
    action: tree.attr(outer, 'data-action') ?? '',
    risk: tree.attr(outer, 'data-risk') ?? '',
    categories: (tree.attr(outer, 'data-categories') ?? '').split(',').filter(Boolean),
  };
}

/** @param {DomNode} node @param {Set<number>} [into] @returns {Set<number>} every backend node id in the subtree */
function subtreeIds(node, into = new Set()) {
  into.add(node.backendNodeId);
  for (const child of CDP_TREE.children(node)) subtreeIds(child, into);
  return into;
}

/**
 * Our card in the page: `<kawan-aman-prompt>`, its closed root, the outermost element (the one with `data-action`)
 * and the card itself (`.card`, else the outermost element). A page may make elements of the same name (the hostile
 * practice pages do); ours is the one whose closed root holds the attributes.
 * @param {Cdp} cdp @returns {Promise<FoundCard | null>}
 */
export async function findCard(cdp) {
  // A node may leave the page between the query and its description (a busy page, a navigation): ask again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await findCardOnce(cdp);
    } catch (error) {
      if (attempt >= 5 || !/Could not find node|No node with given id|does not belong/.test(String(error))) throw error;
    }
  }
}

/** @param {Cdp} cdp @returns {Promise<FoundCard | null>} */
async function findCardOnce(cdp) {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'kawan-aman-prompt' });
  for (const nodeId of nodeIds) {
    /** @type {{ node: DomNode }} */
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true });
    const shadow = node.shadowRoots?.find((r) => r.shadowRootType === 'closed');
    if (!shadow) continue;
    const inside = cardIn(CDP_TREE, shadow);
    if (inside) return { host: node, shadow, ...inside };
  }
  return null;
}

/** What the card is about (the test contract): `{ action, risk, categories }`, or null when no card is there. */
export async function readCard(/** @type {Cdp} */ cdp) {
  const found = await findCard(cdp);
  return found ? cardState(CDP_TREE, found.outer) : null;
}

/**
 * The card's buttons as the browser's accessibility tree names them (what a screen reader says).
 * @param {Cdp} cdp @param {FoundCard} found
 * @returns {Promise<{ name: string, enabled: boolean, backendNodeId: number }[]>}
 */
export async function cardButtons(cdp, found) {
  const { nodes } = await cdp.send('Accessibility.queryAXTree', {
    backendNodeId: found.outer.backendNodeId,
    role: 'button',
  });
  return nodes
    .filter((/** @type {any} */ n) => !n.ignored && n.backendDOMNodeId !== undefined)
    .map((/** @type {any} */ n) => ({
      name: String(n.name?.value ?? '').trim(),
      enabled: !n.properties?.some((/** @type {any} */ p) => p.name === 'disabled' && p.value.value === true),
      backendNodeId: n.backendDOMNodeId,
    }));
}

/**
 * The centre of a node's first box in the viewport (CSS pixels), after scrolling it into view; null without a box.
 * @param {Cdp} cdp @param {number} backendNodeId @returns {Promise<{ x: number, y: number } | null>}
 */
export async function centreOf(cdp, backendNodeId) {
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId }).catch(() => undefined);
  const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId }).catch(() => ({ quads: [] }));
  const q = quads[0];
  if (!q) return null;
  return { x: (q[0] + q[2] + q[4] + q[6]) / 4, y: (q[1] + q[3] + q[5] + q[7]) / 4 };
}

/**
 * Whether the browser's hit test at (x, y) — what a click there would reach — lands on `node` or inside it.
 * @param {Cdp} cdp @param {DomNode} node @param {{ x: number, y: number }} point
 */
export async function hits(cdp, node, point) {
  const at = await cdp
    .send('DOM.getNodeForLocation', { x: Math.round(point.x), y: Math.round(point.y), ignorePointerEventsNone: false })
    .catch(() => null);
  return at !== null && subtreeIds(node).has(at.backendNodeId);
}

/** The node with `backendNodeId` in the card's tree. @param {FoundCard} found @param {number} id */
export function nodeIn(found, id) {
  return findIn(CDP_TREE, found.shadow, (n) => n.backendNodeId === id);
}

/**
 * A button of the card ready for a click: there, enabled, still (its entrance has finished) and really what is
 * under the pointer at its centre. Returns the point to click, or null when it is not ready yet.
 * @param {Cdp} cdp @param {RegExp} name @returns {Promise<{ x: number, y: number } | null>}
 */
export async function readyButton(cdp, name) {
  const found = await findCard(cdp);
  if (!found) return null;
  const target = (await cardButtons(cdp, found)).find((b) => name.test(b.name));
  const node = target?.enabled ? nodeIn(found, target.backendNodeId) : null;
  if (!target || !node) return null;
  const first = await centreOf(cdp, target.backendNodeId);
  await new Promise((resolve) => setTimeout(resolve, 60));
  const second = await centreOf(cdp, target.backendNodeId);
  if (!first || !second || Math.abs(first.x - second.x) > 1 || Math.abs(first.y - second.y) > 1) return null;
  return (await hits(cdp, node, second)) ? second : null;
}

/** A left click at (x, y) with the browser's trusted input. @param {Cdp} cdp @param {{ x: number, y: number }} p */
export async function clickAt(cdp, { x, y }) {
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: 1 });
  await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: 1 });
}

/**
 * Presses the card's button named `name` as the child would, waiting up to `timeout` ms for it to be ready.
 * @param {Cdp} cdp @param {RegExp} name @param {number} [timeout]
 */
export async function pressCardButton(cdp, name, timeout = 10_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const point = await readyButton(cdp, name);
    if (point) return clickAt(cdp, point);
    if (Date.now() > until) throw new Error(`No button ${name} ready on the card`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
