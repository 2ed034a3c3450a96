// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { acceptOnlyTrusted } from '../trusted';

/** The card's root in a closed shadow root, with a listener where React keeps its own (on the card's element). */
function card() {
  const host = document.createElement('kawan-aman-prompt');
  const root = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('div');
  const button = document.createElement('button');
  container.append(button);
  root.append(container);
  document.body.append(host);
  const heard: string[] = [];
  for (const type of ['click', 'keydown', 'pointerdown']) container.addEventListener(type, () => heard.push(type));
  return { root, button, heard };
}

test('events a script dispatches never reach the card’s own listeners', () => {
  const { root, button, heard } = card();
  acceptOnlyTrusted(root);
  button.click();
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  expect(heard).toEqual([]);
});

test('the browser’s own input still does (the child’s tap), and the guard can be taken off', () => {
  const { root, button, heard } = card();
  const undo = acceptOnlyTrusted(root);
  const trusted = new MouseEvent('click', { bubbles: true });
  // Only the browser makes trusted events; here one is stood in for.
  Object.defineProperty(trusted, 'isTrusted', { value: true });
  button.dispatchEvent(trusted);
  expect(heard).toEqual(['click']);
  undo();
  button.click();
  expect(heard).toEqual(['click', 'click']);
});
