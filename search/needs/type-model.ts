/**
 * The learnt service type classifier (search/match/type-classifier.ts), trained by
 * `npm run train:types` from the types' phrases and the example situations (type-training.ts),
 * and kept as data so that no process spends half a minute learning it at start.
 */
import { z } from 'zod';
import type { TypeModel } from '../match/type-classifier.ts';
import { serviceTypes } from './service-types.ts';
import raw from './type-model.json' with { type: 'json' };

const modelSchema = z.object({
  fingerprint: z.string(),
  backend: z.enum(['voikko', 'fallback', 'plain']),
  classes: z.array(z.string()),
  bias: z.array(z.number()),
  terms: z.record(z.string(), z.array(z.number())),
});

/** The bundled model. Its classes are the bundled types' ids, in order, or it is refused. */
export const typeModel: TypeModel = (() => {
  const model = modelSchema.parse(raw);
  const ids = serviceTypes.map((t) => t.id);
  if (model.classes.join() !== ids.join()) {
    throw new Error(
      'search/needs/type-model.json was learnt for other service types: run npm run train:types',
    );
  }
  return model;
})();
