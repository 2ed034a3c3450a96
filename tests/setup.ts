import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WxtVitest does not reset the fake browser between tests (notes/wxt-mv3.md §1).
beforeEach(() => fakeBrowser.reset());
