/**
 * The extension's decision for a text, rules and learned layer together, as one function the CLI, the eval and the
 * tests share with the extension's own path (guard → `classifyText` → background → `combineFindings`):
 *
 *   chat message ─▶ rules (guard)                                 ┐
 *               └▶ model(conversation window) (background) ──────┴▶ conversation.scan({ …, model }) ─▶ ScanResult
 *   search query ─▶ rules + model(query)                          ─▶ detector.scan({ …, model })
 *   page         ─▶ rules(title, headings, text) + model(sample)  ─▶ detector.scanPage(page, model)
 *   typed / ui   ─▶ rules alone (the child's typing never leaves the page; interface text is the site's)
 */
import type { Detector, InputKind, PageInput, ScanResult } from '../types';
import type { ModelOpinion } from '../combine';
import { opinionOf, scoreText, type Model } from './model';
import { modelText, type ModelRequest } from './sample';

export interface Engine {
  detector: Detector;
  /** `null`: no model file, or a broken one; the rules decide alone. */
  model: Model | null;
  /** Scores by kind and text, for calibration runs that ask the same texts many times. */
  cache?: Map<string, Float64Array>;
}

/** The background's answer to the guard's `classifyText`: the model's opinion, or `null` without a model. */
export function askModel(
  model: Model | null,
  request: ModelRequest,
  cache?: Map<string, Float64Array>,
): ModelOpinion | null {
  if (!model) return null;
  const text = modelText(request);
  if (!cache) return opinionOf(model, scoreText(model, text, request.kind), request.kind);
  const key = `${request.kind}\u0000${text}`;
  let scores = cache.get(key);
  if (!scores) cache.set(key, (scores = scoreText(model, text, request.kind)));
  return opinionOf(model, scores, request.kind);
}

/** An input as the corpus and the CLI give it: a text of a kind, a conversation, or a page. */
export interface DecisionInput {
  kind: InputKind;
  text?: string;
  messages?: readonly (readonly [dir: 'in' | 'out' | 'ui', text: string])[];
  page?: PageInput;
}

/**
 * The result after each step the extension takes: one for a text or a page, one per message of a conversation (the
 * conversation's risk so far, `none` for a message that raised nothing).
 */
export function decideItem(engine: Engine, input: DecisionInput): ScanResult[] {
  const { detector, model, cache } = engine;
  if (input.page) {
    const { title, headings, text } = input.page;
    return [detector.scanPage(input.page, askModel(model, { kind: 'page', title, headings, text }, cache))];
  }
  if (input.kind === 'search') {
    const text = input.text ?? '';
    return [detector.scan({ text, kind: 'search', model: askModel(model, { kind: 'search', text }, cache) })];
  }
  if (input.kind !== 'chat') return [detector.scan({ text: input.text ?? '', kind: input.kind })];
  const chat = detector.conversation();
  const earlier: string[] = [];
  return (input.messages ?? [['in', input.text ?? ''] as const]).map(([dir, text]) => {
    if (dir === 'ui') return chat.scan({ text, kind: 'ui' });
    if (dir === 'out') return chat.scan({ text, kind: 'chat', direction: 'outgoing' });
    const result = chat.scan({
      text,
      kind: 'chat',
      direction: 'incoming',
      model: askModel(model, { kind: 'chat', text, earlier }, cache),
    });
    earlier.push(text);
    return result;
  });
}
