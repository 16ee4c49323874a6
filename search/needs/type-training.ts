/**
 * What the service type classifier learns from and how (search/match/type-classifier.ts): the
 * inputs of `npm run train:types`, and their fingerprint, which the bundled model records.
 */
import { createHash } from 'node:crypto';
import { LANGS } from '../analysis/index.ts';
import type { TrainOptions, TypeSample } from '../match/type-classifier.ts';
import { serviceTypes, typePhrases } from './service-types.ts';
import { typeExamples } from './type-examples.ts';

/** How the bundled model is trained; changing them calls for `npm run train:types`. */
export const TYPE_TRAINING: Required<TrainOptions> = {
  epochs: 30,
  rate: 4,
  l2: 1e-6,
  seed: 1,
  keep: 0.5,
};

/** What the classifier learns from: each type's labels, names and lay words, then the examples. */
export function typeSamples(): TypeSample[] {
  return [
    ...serviceTypes.flatMap((t) =>
      LANGS.flatMap((lang) =>
        typePhrases(t, lang).map((text) => ({
          lang,
          text,
          types: [t.id],
        })),
      ),
    ),
    ...typeExamples,
  ];
}

/** Identifies the inputs of a training: the model says which it was learnt from. */
export function typeTrainingFingerprint(): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        TYPE_TRAINING,
        classes: serviceTypes.map((t) => t.id),
        samples: typeSamples(),
      }),
    )
    .digest('hex')
    .slice(0, 16);
}
