import { describe, expect, it } from 'vitest';
import { serviceTypes } from '../../../search/needs/service-types.ts';
import { parseTypeExamples, typeExamples } from '../../../search/needs/type-examples.ts';
import { typeModel } from '../../../search/needs/type-model.ts';
import { typeTrainingFingerprint } from '../../../search/needs/type-training.ts';

describe('type examples and the learnt model', () => {
  it('gives every service type example situations in every language', () => {
    for (const type of serviceTypes) {
      const langs = new Set(
        typeExamples.filter((e) => e.types.includes(type.id)).map((e) => e.lang),
      );
      expect([...langs].sort(), type.id).toEqual(['en', 'fi', 'sv']);
    }
  });

  it('rejects an unknown type and a repeated text, naming both', () => {
    const example = { lang: 'fi', types: ['debt-advice'], text: 'laskut rästissä' };
    expect(() =>
      parseTypeExamples({
        examples: [example, example, { ...example, text: 'muuta', types: ['no-such-type'] }],
      }),
    ).toThrow(/repeated text[\s\S]*laskut rästissä[\s\S]*unknown type no-such-type/);
  });

  it('bundles a model learnt from the bundled types and examples (npm run train:types)', () => {
    expect(typeModel.fingerprint).toBe(typeTrainingFingerprint());
    expect(typeModel.classes).toEqual(serviceTypes.map((t) => t.id));
  });
});
