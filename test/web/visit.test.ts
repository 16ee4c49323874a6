import { describe, expect, it } from 'vitest';
import { parseVisit, visitParams } from '../../web/lib/visit.ts';

describe('a visit in the workspace URL', () => {
  it("carries the client's age group, way of use and limited mobility there and back", () => {
    const query =
      'need=debt-and-money&municipality=853&clientLang=sv&ageGroup=older&channel=phone&mobility=limited';
    const visit = parseVisit(new URLSearchParams(query), 'fi');
    expect(visit).toMatchObject({ ageGroup: 'older', channel: 'phone', limitedMobility: true });
    expect(visitParams(visit).toString()).toBe(query);
  });

  it('drops values the match does not know, and leaves them out of the URL', () => {
    const visit = parseVisit(
      new URLSearchParams(
        'need=nope&municipality=x&clientLang=de&ageGroup=teens&channel=fax&mobility=yes',
      ),
      'en',
    );
    expect(visit).toEqual({
      needs: [],
      text: '',
      municipality: null,
      clientLang: 'en',
      ageGroup: null,
      channel: null,
      limitedMobility: false,
    });
    expect(visitParams(visit).toString()).toBe('clientLang=en');
  });
});
