import type { Rule } from '../define-rule';
import keepSecretFromParents from './keep-secret-from-parents';
import keepSecretFromParentsEn from './keep-secret-from-parents-en';

/** Every built-in rule. A meta-test checks that each file in this folder is registered here. */
export const RULES: readonly Rule[] = [keepSecretFromParents, keepSecretFromParentsEn];
