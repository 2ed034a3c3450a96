/** A pattern split at its gaps: each segment is a run of positions, each position a list of alternative words. */
export interface ParsedPattern {
  segments: { gap: number; positions: string[][] }[];
}

export const MAX_GAP = 8;

/** Parses the pattern syntax of `define-rule.ts`; throws an Error whose message says what is wrong. */
export function parsePattern(pattern: string): ParsedPattern {
  const parts = pattern.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new Error('empty pattern');
  const segments: ParsedPattern['segments'] = [];
  let gap = 0;
  let current: string[][] | null = null;
  for (const part of parts) {
    const gapMatch = /^\*(\d+)$/.exec(part);
    if (gapMatch) {
      const n = Number(gapMatch[1]);
      if (!current) throw new Error(`"${pattern}": a gap cannot start a pattern or follow another gap`);
      if (n < 1 || n > MAX_GAP) throw new Error(`"${pattern}": gaps are *1 to *${MAX_GAP}`);
      gap = n;
      current = null;
      continue;
    }
    if (part.includes('*')) throw new Error(`"${pattern}": "${part}" — write a gap as its own word, e.g. "*2"`);
    const alternatives = part.split('|');
    if (alternatives.some((a) => a === '')) throw new Error(`"${pattern}": empty alternative in "${part}"`);
    if (!current) {
      current = [];
      segments.push({ gap, positions: current });
      gap = 0;
    }
    current.push(alternatives);
  }
  if (!current) throw new Error(`"${pattern}": a gap cannot end a pattern`);
  return { segments };
}
