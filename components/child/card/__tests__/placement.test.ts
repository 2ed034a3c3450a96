import { describe, expect, test } from 'vitest';
import { choosePlacement, MARGIN, type Rect } from '../placement';

const VIEWPORT = { width: 1280, height: 720 };
const CARD = { width: 360, height: 240 };
const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });

describe('choosePlacement', () => {
  test('an empty page: the usual bottom-right corner, as tall as it needs', () => {
    expect(choosePlacement(CARD, VIEWPORT, [])).toEqual({ corner: 'bottom-right', maxHeight: 720 - 2 * MARGIN });
  });

  test('a chat compose bar across the bottom: the top-right corner, stopping above the bar', () => {
    const compose = rect(260, 654, 1020, 720);
    expect(choosePlacement(CARD, VIEWPORT, [compose])).toEqual({ corner: 'top-right', maxHeight: 654 - 2 * MARGIN });
  });

  test('a search box at the top right and a compose bar at the bottom right: the left side', () => {
    const search = rect(900, 0, 1280, 60);
    const compose = rect(700, 650, 1280, 720);
    expect(choosePlacement(CARD, VIEWPORT, [search, compose]).corner).toBe('bottom-left');
  });

  test('every corner is taken: top-right over the page, since a header matters less than where the child types', () => {
    const rows = [rect(0, 0, 1280, 100), rect(0, 400, 1280, 720)];
    expect(choosePlacement(CARD, VIEWPORT, rows)).toEqual({ corner: 'top-right', maxHeight: 720 - 2 * MARGIN });
  });

  test('a tall card on a small window gets the roomiest corner and scrolls', () => {
    const compose = rect(0, 300, 1280, 400);
    const placement = choosePlacement({ width: 300, height: 500 }, { width: 640, height: 400 }, [compose]);
    expect(placement).toEqual({ corner: 'top-right', maxHeight: 300 - 2 * MARGIN });
  });
});
