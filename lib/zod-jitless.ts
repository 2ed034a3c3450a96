import { z } from 'zod';

/**
 * zod 4 probes `new Function('')` to decide whether it may compile fast parsers (a JIT). The extension's CSP forbids
 * eval, so the probe would fail and the browser would log a CSP violation; `jitless` skips the probe and the compiler.
 * Every extension context that parses with zod imports this module first (before any module that could parse at
 * load time): `tests/meta/no-eval.test.ts` checks the entry files and the built bundles.
 */
z.config({ jitless: true });
