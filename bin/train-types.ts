/**
 * Learns the service type classifier from search/needs (the types' phrases and the example
 * situations) and writes search/needs/type-model.json. Run after editing either:
 * `npm run train:types` (about half a minute; needs Voikko, the analysis production runs).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../search/analysis/index.ts';
import { trainTypeModel } from '../search/match/type-classifier.ts';
import { serviceTypes } from '../search/needs/service-types.ts';
import {
  TYPE_TRAINING,
  typeSamples,
  typeTrainingFingerprint,
} from '../search/needs/type-training.ts';

const analyzer = createAnalyzer({ mode: 'full' });
if (analyzer.backend !== 'voikko') {
  console.error(
    `Voikko is not in use (${analyzer.fallbackReason}); the model would not meet production's terms.`,
  );
  process.exit(1);
}
const started = Date.now();
const samples = typeSamples();
const model = trainTypeModel(
  analyzer,
  serviceTypes.map((t) => t.id),
  samples,
  typeTrainingFingerprint(),
  TYPE_TRAINING,
);
analyzer.close();
const path = fileURLToPath(new URL('../search/needs/type-model.json', import.meta.url));
writeFileSync(path, `${JSON.stringify(model)}\n`);
console.log(
  `${samples.length} samples, ${Object.keys(model.terms).length} terms, ${((Date.now() - started) / 1000).toFixed(1)} s: wrote ${path}`,
);
