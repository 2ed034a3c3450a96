import type { ModelOpinion } from '../../detection/combine';
import type { ModelRequest } from '../../detection/model/sample';

/** The learned layer (issue #12): the guard hands the background's model a text and folds its opinion in. */
export interface ModelProtocol {
  // content script → background (unprivileged; validated, bounded and rate-limited; the text is never stored)
  /** `null` when there is no working model (the rules decide alone) or the tab asks too often. */
  classifyText(data: ModelRequest): ModelOpinion | null;
}
