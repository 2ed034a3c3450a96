// `npm run train`: trains the learned layer on the corpus's train split (and the team's items), calibrates its
// per-category thresholds on the dev split only, and writes the model the extension ships
// (`public/detection-model.bin`) and its identity (`lib/detection/model/model-meta.json`: format, SHA-256, bytes, the
// corpus hash). Never reads the locked test split. Same corpus → same bytes (`tests/corpus/model.test.ts`).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { corpusHash, loadCorpus, writersBySplit } from '../tests/corpus/corpus';
import { THRESHOLD_GROUPS } from '../lib/detection/model/model';
import { MODEL_FILE, META_FILE } from './lib/model-files';
import { trainModel } from './lib/train-model';

const started = Date.now();
const corpus = loadCorpus(['train', 'dev']);
const hash = corpusHash();
const registry = writersBySplit();
const present = new Set(corpus.map((i) => i.writer));
const missing = [...registry.train, ...registry.dev].filter((w) => !present.has(w));
const result = trainModel(corpus, hash);
fs.mkdirSync(path.dirname(MODEL_FILE), { recursive: true });
fs.writeFileSync(MODEL_FILE, result.bytes);
const meta = {
  format: result.model.header.format,
  sha256: crypto.createHash('sha256').update(result.bytes).digest('hex'),
  bytes: result.bytes.length,
  corpus: hash,
};
fs.writeFileSync(META_FILE, `${JSON.stringify(meta, null, 2)}\n`);

const { header } = result.model;
const pct = (v: number) => (Number.isNaN(v) ? '–' : `${(v * 100).toFixed(1)} %`);
console.log(
  `trained on ${header.trainedOn.train} train items (${result.examples} examples), calibrated on ${header.trainedOn.dev} ` +
    `${header.trainedOn.calibratedOn} items; writers: ${header.trainedOn.writers.join(', ')}`,
);
if (missing.length) console.log(`writers of writers.json not in the corpus yet: ${missing.join(', ')}`);
for (const group of THRESHOLD_GROUPS) {
  const c = result.calibration[group];
  console.log(
    `${{ chat: 'chats and typing', page: 'pages', search: 'searches' }[group]}: thresholds at ${c.alphaLow * 100} % / ` +
      `${c.alphaMedium * 100} % of harmless dev items per category (low / medium), damp cutting ≤ ${c.beta * 100} % ` +
      'of risky ones',
  );
  for (const cat of header.categories) {
    const t = header.thresholds[group][cat]!;
    console.log(
      `  ${cat.padEnd(16)} low ≥ ${t.low.toFixed(3)}  medium ≥ ${t.medium.toFixed(3)}  damp < ${t.damp.toFixed(3)}`,
    );
  }
}
const d = result.dev;
console.log(
  `dev, rules + model: recall ≥ low ${pct(d.recallLow.value)}, ≥ medium ${pct(d.recallMedium.value)}; harmless ` +
    `flagged ≥ low ${pct(d.falseAlarmLow.value)}, ≥ medium ${pct(d.falseAlarmMedium.value)}; everyday ` +
    `${(d.everydayLow.value * 1000).toFixed(1)} / ${(d.everydayMedium.value * 1000).toFixed(1)} per 1,000`,
);
console.log(
  `wrote ${path.relative(process.cwd(), MODEL_FILE)} (${meta.bytes} bytes, sha256 ${meta.sha256.slice(0, 16)}…) and ` +
    `${path.relative(process.cwd(), META_FILE)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
