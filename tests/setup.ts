import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetRateLimits } from '@/entrypoints/background/rate-limit';

beforeEach(() => {
  // WxtVitest does not reset the fake browser between tests.
  fakeBrowser.reset();
  // The background's in-memory rate limits start full in every test, as in a freshly started service worker.
  resetRateLimits();
});
