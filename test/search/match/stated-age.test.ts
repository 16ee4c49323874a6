import { describe, expect, it } from 'vitest';
import { mentionsElder } from '../../../search/match/elder-words.ts';
import { ageGroupOf, statedAgeGroup } from '../../../search/match/stated-age.ts';

describe('ages stated in the text', () => {
  it('reads the client’s own age, told by the client or the advisor', () => {
    expect(statedAgeGroup('olen 16 enkä pääse kotiin', 'fi')).toBe('youth');
    expect(statedAgeGroup('asiakas on 45-vuotias ja asuu yksin', 'fi')).toBe('adults');
    expect(statedAgeGroup('jag är 19 och har skulder', 'sv')).toBe('youth');
    expect(statedAgeGroup("I'm 70 and can't manage the stairs", 'en')).toBe('older');
  });

  it('takes the client’s own age over the ages of others', () => {
    expect(statedAgeGroup("I'm 45 and my son is 12", 'en')).toBe('adults');
  });

  it('takes the youngest age of others: a child’s age makes a family with children', () => {
    expect(statedAgeGroup('lapset ovat 3 ja 7, mies on 40', 'fi')).toBe('children');
    expect(statedAgeGroup('vår son fyller 14 i höst', 'sv')).toBe('youth');
    expect(statedAgeGroup('my 6-year-old has no daycare place', 'en')).toBe('children');
    expect(statedAgeGroup('isoäiti täytti 90 viime viikolla', 'fi')).toBe('older');
  });

  it('does not take another adult’s age for the client’s', () => {
    expect(statedAgeGroup('my husband is 50 and drinks', 'en')).toBeUndefined();
  });

  it('reads age words without a number ("the old man next door", "vauva")', () => {
    expect(statedAgeGroup('the old man next door seems confused', 'en')).toBe('older');
    expect(statedAgeGroup('vauva itkee öisin', 'fi')).toBe('children');
    expect(statedAgeGroup('min tonåring skolkar', 'sv')).toBe('youth');
  });

  it('does not read money, durations or counts as ages', () => {
    expect(statedAgeGroup('vuokra on 600 euroa ja kolme lasta', 'fi')).toBeUndefined();
    expect(statedAgeGroup('olen asunut Suomessa 20 vuotta', 'fi')).toBeUndefined();
    expect(statedAgeGroup('jag har bott här i 12 år', 'sv')).toBeUndefined();
    expect(statedAgeGroup('the meeting is at 15:30', 'en')).toBeUndefined();
  });

  it('groups ages as the Youth Act does: youth from 13 to 29, older from 65', () => {
    expect([12, 13, 29, 30, 64, 65].map(ageGroupOf)).toEqual([
      'children',
      'youth',
      'youth',
      'adults',
      'adults',
      'older',
    ]);
  });
});

describe('words for an older relative', () => {
  it('finds parents, grandparents and old age in their inflected forms', () => {
    expect(mentionsElder('äidilläni on huono muisti', 'fi')).toBe(true);
    expect(mentionsElder('jäin eläkkeelle keväällä', 'fi')).toBe(true);
    expect(mentionsElder('farfar bor ensam', 'sv')).toBe(true);
    expect(mentionsElder("my dad's neighbour called", 'en')).toBe(true);
    expect(mentionsElder("we cleared grandma's flat", 'en')).toBe(true);
    expect(mentionsElder('my mother’s memory is failing', 'en')).toBe(true);
  });

  it('does not take other words sharing their first letters ("morgon", "farlig", "isännöitsijä")', () => {
    expect(mentionsElder('på morgonen är det farligt', 'sv')).toBe(false);
    expect(mentionsElder('isännöitsijä ei vastaa', 'fi')).toBe(false);
    expect(mentionsElder('I lost my job and my flat', 'en')).toBe(false);
  });
});
