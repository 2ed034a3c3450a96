import { describe, expect, test } from 'vitest';
import { parseTarget } from '../target';

describe('parseTarget', () => {
  test.each([
    ['http://blocked.test:4183/chat.html?script=a&b=c', 'http://blocked.test:4183/chat.html?script=a&b=c'],
    ['https%3A%2F%2Fx.test%2Fa%3Fb%3Dc', 'https://x.test/a?b=c'],
  ])('%s is a web address', (raw, href) => {
    expect(parseTarget(raw)?.href).toBe(href);
  });

  test.each(['', 'javascript:alert(1)', 'chrome-extension://abc/options.html', 'file:///etc/passwd', 'not a url'])(
    '%j is not followed',
    (raw) => {
      expect(parseTarget(raw)).toBeNull();
    },
  );
});
