/**
 * ServiceLocation specifics: visiting and postal addresses with TM35FIN coordinates, the odd
 * location with only a point (`subType: Other`), accessibility-register entrances, phone and fax
 * numbers, and opening hours that fit the kind of place, with holiday exceptions.
 */
import { placeAbout, type PlaceKey } from '../data/places.ts';
import type { ChannelPlan } from '../plan/types.ts';
import type { Random } from '../random.ts';
import {
  coordinate,
  postOfficeBoxAddress,
  randomSite,
  streetAddress,
  type Site,
} from '../wire/addresses.ts';
import {
  eveningHours,
  exceptionalOpening,
  holidayClosed,
  officeHours,
  summerHours,
} from '../wire/hours.ts';
import { emailItem, languageItems, localized, phoneItem, webPageItem } from '../wire/items.ts';
import { email, landline, mobile, pageUrl, type BuildContext } from './context.ts';

const details: Record<'fi' | 'sv' | 'en', string[]> = {
  fi: [
    'Rakennuksen edessä on pysäköintipaikkoja.',
    'Lähin bussipysäkki on noin sadan metrin päässä.',
    'Sisäänkäynti on sisäpihan puolelta.',
    'Toiseen kerrokseen pääsee hissillä.',
  ],
  sv: [
    'Framför byggnaden finns parkeringsplatser.',
    'Närmaste busshållplats ligger cirka hundra meter bort.',
    'Ingången är från innergården.',
    'Till andra våningen kommer man med hiss.',
  ],
  en: [
    'There is parking in front of the building.',
    'The nearest bus stop is about a hundred metres away.',
    'The entrance is from the courtyard.',
    'There is a lift to the second floor.',
  ],
};

const OFFICE_PLACES: PlaceKey[] = [
  'socialOffice',
  'healthStation',
  'kelaOffice',
  'legalAidOffice',
  'employmentOffice',
  'townHall',
  'familyCentre',
];

function entrances(random: Random, site: Site) {
  if (!random.chance(0.08)) return [];
  return [
    {
      name: languageItems({ fi: 'Pääsisäänkäynti', sv: 'Huvudingång' }),
      isMainEntrance: true,
      coordinates: {
        latitude: String(Math.round(site.northing + 8)),
        longitude: String(Math.round(site.easting - 5)),
      },
      contactInfo: { phone: null, email: null, url: null },
      accessibilitySentences: [
        {
          sentenceGroup: languageItems({
            fi: 'Reitti pääsisäänkäynnille',
            sv: 'Rutten till huvudingången',
          }),
          sentences: [
            {
              sentence: languageItems({
                fi: 'Reitti on tasainen ja hyvin valaistu.',
                sv: 'Rutten är jämn och väl upplyst.',
              }),
            },
            {
              sentence: languageItems({
                fi: 'Ovi avautuu automaattisesti.',
                sv: 'Dörren öppnas automatiskt.',
              }),
            },
          ],
        },
      ],
    },
  ];
}

function addresses(random: Random, plan: ChannelPlan, site: Site) {
  if (random.chance(0.02)) {
    return [
      {
        type: 'Location',
        subType: 'Other',
        postOfficeBoxAddress: null,
        streetAddress: null,
        otherAddress: {
          latitude: coordinate(random, site.northing),
          longitude: coordinate(random, site.easting),
          postalCode: site.postal.code,
          postOffice: languageItems({ fi: site.postal.fi, sv: site.postal.sv ?? site.postal.fi }),
          additionalInformation: languageItems({ fi: 'Kokoontuminen uimarannan parkkipaikalla' }),
        },
        locationAbroad: null,
        entrances: [],
        country: 'FI',
      },
    ];
  }
  const info = random.chance(0.1) ? languageItems({ fi: '2. kerros', sv: '2 våningen' }) : [];
  const visiting = {
    type: 'Location',
    subType: 'Single',
    postOfficeBoxAddress: null,
    streetAddress: streetAddress(random, site, { info }),
    otherAddress: null,
    locationAbroad: null,
    entrances: entrances(random, site),
    country: 'FI',
  };
  if (!random.chance(0.25)) return [visiting];
  const postal = {
    type: 'Postal',
    subType: 'PostOfficeBox',
    postOfficeBoxAddress: postOfficeBoxAddress(site, String(random.int(1, 300))),
    streetAddress: null,
    otherAddress: null,
    locationAbroad: null,
    entrances: [],
    country: 'FI',
  };
  // PTV groups addresses by type but does not promise the visiting one comes first.
  return random.chance(0.3) ? [postal, visiting] : [visiting, postal];
}

function hours(ctx: BuildContext, random: Random, plan: ChannelPlan) {
  const place = plan.place;
  const base =
    place === 'youthCentre'
      ? eveningHours(random)
      : place && OFFICE_PLACES.includes(place)
        ? [officeHours(random)]
        : random.chance(0.5)
          ? [officeHours(random)]
          : [];
  if (base.length === 0) return base;
  const extra = [];
  if (random.chance(0.1)) extra.push(summerHours(ctx.reference));
  if (random.chance(0.4))
    for (const h of ctx.holidays.slice(0, random.int(1, 3)))
      extra.push(holidayClosed(h, plan.languages));
  if (random.chance(0.03) && ctx.holidays.length > 3)
    extra.push(exceptionalOpening(ctx.holidays[3]));
  return [...base, ...extra];
}

export function locationFields(ctx: BuildContext, random: Random, plan: ChannelPlan) {
  const site = randomSite(random, plan.municipality);
  const about = plan.place ? placeAbout[plan.place] : placeAbout.associationOffice;
  const detail = random.int(0, 3);
  const serviceChannelDescriptions = plan.languages.flatMap((lang) => [
    ...localized('Summary', { [lang]: about[lang] }),
    ...localized('Description', { [lang]: `${about[lang]} ${details[lang][detail]}` }),
  ]);
  const numbers = random.chance(0.7)
    ? [
        phoneItem(random.chance(0.8) ? landline(random, plan.owner) : mobile(random), 'fi', {
          type: 'Phone',
          info: random.chance(0.4) ? 'Toimisto' : null,
        }),
      ]
    : [];
  if (random.chance(0.03))
    numbers.push(
      phoneItem(
        random.chance(0.5) ? landline(random, plan.owner) : { prefix: null, number: null },
        'fi',
        { type: 'Fax' },
      ),
    );
  return {
    oid: random.chance(0.05) ? `1.2.246.10.${random.digits(8)}.10.${random.int(1, 40)}` : null,
    displayNameType: plan.languages.map((language) => ({ type: 'Name', language })),
    serviceChannelDescriptions,
    body: {
      phoneNumbers: numbers,
      emails: random.chance(0.5) ? [emailItem(email(random, plan.owner), plan.languages[0])] : [],
      languages: plan.languages,
      webPages: random.chance(0.3)
        ? [
            webPageItem(
              pageUrl(plan.owner, plan.languages[0], plan.names.fi ?? 'toimipiste'),
              'Lisätietoa',
              plan.languages[0],
            ),
          ]
        : [],
      addresses: addresses(random, plan, site),
      serviceHours: hours(ctx, random, plan),
    },
  };
}
