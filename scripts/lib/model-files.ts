import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The model the extension ships: copied by WXT from `public/` to the root of the built extension. */
export const MODEL_FILE = path.join(ROOT, 'public', 'detection-model.bin');
/** The model's identity, imported by the background to check the file it loads. */
export const META_FILE = path.join(ROOT, 'lib', 'detection', 'model', 'model-meta.json');
