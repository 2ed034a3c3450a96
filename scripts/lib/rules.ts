// Loads every rule file by name and validates it with zod: `wxt build` (hook in wxt.config.ts) and the meta-tests
// fail with the file name and the zod error when a rule file is malformed.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { validateRuleModules } from '../../lib/detection/rule-schema';

/** Relative to the repository root, where npm scripts and `wxt build` run. */
export const RULES_DIR = path.resolve('lib/detection/rules');

export async function loadRuleModules(dir = RULES_DIR): Promise<Record<string, unknown>> {
  const modules: Record<string, unknown> = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))) {
    const full = path.join(dir, file);
    const rel = path.relative(process.cwd(), full);
    try {
      modules[rel] = await tsImport(pathToFileURL(full).href, import.meta.url);
    } catch (error) {
      modules[rel] = { default: { loadError: String(error) } };
    }
  }
  return modules;
}

/** Throws one Error listing every malformed rule file. */
export async function assertRuleFiles(dir = RULES_DIR): Promise<void> {
  const problems = validateRuleModules(await loadRuleModules(dir));
  if (problems.length) throw new Error(`Malformed detection rule files:\n${problems.join('\n')}`);
}
