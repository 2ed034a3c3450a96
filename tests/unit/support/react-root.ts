import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh React root in a fresh `<div>` for each test of the calling file (a happy-dom file), unmounted and removed
 * after it. Call once at the top level of the file.
 * @example const dom = reactRoot(); act(() => dom.root.render(<Page />)); expect(dom.container.textContent)…
 */
export function reactRoot(): { readonly container: HTMLDivElement; readonly root: Root } {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let container: HTMLDivElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
  });
  return {
    get container() {
      return container!;
    },
    get root() {
      return root!;
    },
  };
}
