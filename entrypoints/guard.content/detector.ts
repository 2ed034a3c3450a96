import { createDetector, type Detector } from '@/lib/detection';
import type { PageConfig } from '@/lib/settings/page-config';

/** The one place the per-page script gets its detector; the engine decides how (and how fast) it loads. */
export async function loadDetector(config: PageConfig | null): Promise<Detector> {
  return createDetector({ extraPhrases: config?.extraPhrases ?? [] });
}
