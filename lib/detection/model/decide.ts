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

/**
 * The model's scores for a request, by the one text it reads; with a `cache`, each kind and text is scored once (a
 * calibration run asks the same texts many times, and cross-validation fills it with out-of-fold scores).
 */
export function modelScores(model: Model, request: ModelRequest, cache?: Map<string, Float64Array>): Float64Array {
  const text = modelText(request);
  if (!cache) return scoreText(model, text, request.kind);
  const key = `${request.kind}\u0000${text}`;
  let scores = cache.get(key);
  if (!scores) cache.set(key, (scores = scoreText(model, text, request.kind)));
  return scores;
}

/**
 * The background's answer to the guard's `classifyText`: the model's opinion, or `null` without a model.
 *
 * A chat message is read with its conversation's earlier lines, which is how the model finds what one line alone
 * doesn't say. But a rule's finding is damped only when the model is sure of the absence in the message itself too:
 * a few ordinary lines before "jangan bilang ortu ya" diluted the window enough for the model to call it harmless.
 */
export function askModel(
  model: Model | null,
  request: ModelRequest,
  cache?: Map<string, Float64Array>,
): ModelOpinion | null {
  if (!model) return null;
  const opinion = opinionOf(model, modelScores(model, request, cache), request.kind);
  if (request.kind !== 'chat' || !request.earlier?.length || !opinion.damp.length) return opinion;
  const alone = opinionOf(model, modelScores(model, { kind: 'chat', text: request.text }, cache), 'chat').damp;
  return { ...opinion, damp: opinion.damp.filter((c) => alone.includes(c)) };
}

/** An input as the corpus and the CLI give it: a text of a kind, a conversation, or a page. */
export interface DecisionInput {
  kind: InputKind;
  text?: string;
  messages?: readonly (readonly [dir: 'in' | 'out' | 'ui', text: string])[];
  page?: PageInput;
}

const messagesOf = (input: DecisionInput) => input.messages ?? [['in', input.text ?? ''] as const];

/**
 * What the extension asks the model about an input, in order: a page's sample, a search query, or each incoming chat
 * message with the conversation's earlier incoming ones; nothing for typing or interface text.
 */
export function modelRequests(input: DecisionInput): ModelRequest[] {
  if (input.page) {
    const { title, headings, text } = input.page;
    return [{ kind: 'page', title, headings, text }];
  }
  if (input.kind === 'search') return [{ kind: 'search', text: input.text ?? '' }];
  if (input.kind !== 'chat') return [];
  const incoming = messagesOf(input)
    .filter(([dir]) => dir === 'in')
    .map(([, text]) => text);
  return incoming.map((text, i) => ({ kind: 'chat', text, earlier: incoming.slice(0, i) }));
}

/**
 * The result after each step the extension takes: one for a text or a page, one per message of a conversation (the
 * conversation's risk so far, `none` for a message that raised nothing).
 */
export function decideItem(engine: Engine, input: DecisionInput): ScanResult[] {
  const { detector, model, cache } = engine;
  const opinions = modelRequests(input).map((request) => askModel(model, request, cache));
  if (input.page) return [detector.scanPage(input.page, opinions[0])];
  const text = input.text ?? '';
  if (input.kind === 'search') return [detector.scan({ text, kind: 'search', model: opinions[0] })];
  if (input.kind !== 'chat') return [detector.scan({ text, kind: input.kind })];
  const chat = detector.conversation();
  let incoming = 0;
  return messagesOf(input).map(([dir, text]) => {
    if (dir === 'ui') return chat.scan({ text, kind: 'ui' });
    if (dir === 'out') return chat.scan({ text, kind: 'chat', direction: 'outgoing' });
    return chat.scan({ text, kind: 'chat', direction: 'incoming', model: opinions[incoming++] });
  });
}
