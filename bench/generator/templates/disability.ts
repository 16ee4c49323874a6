/** Templates: disability, transport and mobility. */
import type { ServiceTemplate } from './types.ts';

export const disabilityTemplates: ServiceTemplate[] = [
  {
    key: 'disability/personal-assistance',
    theme: 'disability',
    sector: 'county',
    unit: 'disability',
    weight: 2,
    names: [{ fi: 'Henkilökohtainen apu', sv: 'Personlig assistans', en: 'Personal assistance' }],
    summary: {
      fi: 'Henkilökohtainen apu auttaa vaikeavammaista ihmistä tekemään itse valitsemiaan asioita kotona ja kodin ulkopuolella.',
      sv: 'Personlig assistans hjälper en person med svår funktionsnedsättning att göra saker hemma och utanför hemmet.',
      en: 'Personal assistance helps a person with a severe disability do the things they choose, at home and outside.',
    },
    description: {
      fi: 'Henkilökohtainen apu on tarkoitettu arjen toimiin, työhön ja opiskeluun sekä harrastuksiin ja yhteiskunnalliseen osallistumiseen. Avun voi järjestää työnantajamallilla, palvelusetelillä tai ostopalveluna.\nPalvelun tarve arvioidaan yhdessä vammaispalvelujen sosiaalityöntekijän kanssa. Hakemuksen voi tehdä vapaamuotoisesti tai lomakkeella.',
      sv: 'Personlig assistans är avsedd för vardagliga sysslor, arbete, studier, hobbyer och samhälleligt deltagande.',
      en: 'Personal assistance covers everyday tasks, work, studies, hobbies and taking part in society.',
    },
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Vammaispalvelujen neuvonta',
          sv: 'Handikappservicens rådgivning',
          en: 'Disability services advice',
        },
      },
      {
        kind: 'form',
        p: 0.5,
        name: { fi: 'Vammaispalveluhakemus', sv: 'Ansökan om handikappservice' },
      },
    ],
  },
  {
    key: 'disability/day-activity-sv',
    theme: 'disability',
    sector: 'regional',
    provider: 'karkulla',
    onlyIn: ['445', '322', '853'],
    names: [
      {
        fi: 'Päivätoiminta kehitysvammaisille',
        sv: 'Dagverksamhet för personer med intellektuell funktionsnedsättning',
        en: 'Day activities for people with intellectual disabilities',
      },
    ],
    summary: {
      fi: 'Ruotsinkielistä päivätoimintaa ja työtoimintaa kehitysvammaisille aikuisille.',
      sv: 'Svenskspråkig dagverksamhet och arbetsverksamhet för vuxna med intellektuell funktionsnedsättning.',
    },
    description: {
      fi: 'Päivätoiminnassa harjoitellaan arjen taitoja, tehdään käsitöitä ja liikutaan yhdessä. Toiminta järjestetään ruotsiksi.',
      sv: 'I dagverksamheten övar vi vardagsfärdigheter, gör handarbete och rör på oss tillsammans. Verksamheten ordnas på svenska {i_kommun}.\nBehovet av tjänsten bedöms tillsammans med din hemkommuns välfärdsområde.',
    },
    industrialClasses: ['88103'],
    channels: [{ kind: 'location', place: 'dayCentre' }],
  },
  {
    key: 'disability/association',
    theme: 'disability',
    sector: 'association',
    kinds: ['disabled'],
    group: true,
    weight: 2,
    names: [
      { fi: 'Vertaistoiminta ja neuvonta vammaisille', sv: 'Kamratverksamhet och rådgivning' },
      { fi: 'Kerho ja liikuntaryhmä', sv: 'Klubb och motionsgrupp' },
    ],
    summary: {
      fi: 'Yhdistyksen vertaistoimintaa, liikuntaa ja neuvontaa vammaisille ja heidän läheisilleen.',
      sv: 'Föreningens kamratverksamhet, motion och rådgivning för personer med funktionsnedsättning.',
    },
    description: {
      fi: 'Yhdistys järjestää kerhoja, soveltavaa liikuntaa, retkiä ja vertaistukea. Kerho kokoontuu {paikassa} {päivä} {aika}.\nNeuvomme myös vammaispalvelujen ja etuuksien hakemisessa. Tilamme ovat esteettömät ja tilassa on induktiosilmukka.',
      sv: 'Föreningen ordnar klubbar, anpassad motion, utfärder och kamratstöd. Klubben träffas {på_plats} {dag} {tid}.',
    },
    channels: [{ kind: 'location', place: 'associationHouse', p: 0.7 }],
  },
  {
    key: 'disability/adapted-exercise',
    theme: 'disability',
    sector: 'municipality',
    unit: 'leisure',
    group: true,
    charge: 'Chargeable',
    names: [
      { fi: 'Soveltava liikunta', sv: 'Anpassad motion', en: 'Adapted physical activity' },
      { fi: 'Erityisliikuntaryhmät', sv: 'Grupper i specialmotion' },
    ],
    summary: {
      fi: 'Ohjattuja liikuntaryhmiä ihmisille, joilla on vamma tai pitkäaikaissairaus.',
      sv: 'Ledda motionsgrupper för personer med funktionsnedsättning eller långvarig sjukdom.',
      en: 'Guided exercise groups for people with a disability or long-term illness.',
    },
    description: {
      fi: 'Soveltavan liikunnan ryhmät kokoontuvat {paikassa} {päivä} {aika}. Ryhmiä on esimerkiksi kuntosalilla, vesiliikunnassa ja pallopeleissä, ja ne sopivat myös pyörätuolia käyttäville.\nAvustaja pääsee mukaan maksutta.',
      sv: 'Grupperna i anpassad motion träffas {på_plats} {dag} {tid}. Assistenten deltar avgiftsfritt.',
    },
    chargeInfo: { fi: 'Kausimaksu 25 euroa.' },
    serviceClasses: ['P27.1', 'P4.4'],
    channels: [{ kind: 'location', place: 'sportsHall' }],
  },
  {
    key: 'transport/social-transport',
    theme: 'transport-and-mobility',
    sector: 'county',
    unit: 'disability',
    weight: 2,
    names: [
      { fi: 'Kuljetuspalvelu', sv: 'Färdtjänst', en: 'Transport service' },
      {
        fi: 'Sosiaalihuoltolain mukainen kuljetuspalvelu',
        sv: 'Färdtjänst enligt socialvårdslagen',
      },
    ],
    summary: {
      fi: 'Kuljetuspalvelulla voit tehdä asiointi- ja virkistysmatkoja, jos et pysty käyttämään julkista liikennettä.',
      sv: 'Med färdtjänst kan du göra ärende- och rekreationsresor om du inte kan använda kollektivtrafik.',
      en: 'The transport service lets you make everyday and leisure trips if you cannot use public transport.',
    },
    description: {
      fi: 'Kuljetuspalvelua voi saada, jos sinulla on vamma tai sairaus, jonka vuoksi et pysty käyttämään julkista liikennettä ilman kohtuuttomia vaikeuksia. Matkoja myönnetään yleensä 8–18 yhdensuuntaista matkaa kuukaudessa.\nMatkasta maksetaan omavastuu, joka vastaa julkisen liikenteen lipun hintaa. Hae palvelua hakemuksella ja liitä mukaan lääkärinlausunto.',
      sv: 'Färdtjänst kan beviljas om du har en funktionsnedsättning eller sjukdom som gör att du inte kan använda kollektivtrafik. Du betalar en självriskandel som motsvarar priset för en kollektivtrafikbiljett.',
      en: 'You may get the transport service if a disability or illness prevents you from using public transport. You pay a fare equal to a public transport ticket.',
    },
    charge: 'Chargeable',
    channels: [
      {
        kind: 'form',
        name: {
          fi: 'Kuljetuspalveluhakemus',
          sv: 'Ansökan om färdtjänst',
          en: 'Transport service application',
        },
      },
      { kind: 'phone', line: 'countySocialAdvice', p: 0.5 },
    ],
  },
  {
    key: 'transport/shopping-bus',
    theme: 'transport-and-mobility',
    sector: 'municipality',
    group: true,
    charge: 'Chargeable',
    names: [
      { fi: 'Asiointiliikenne', sv: 'Ärendetrafik', en: 'Shopping bus' },
      { fi: 'Palveluliikenne', sv: 'Servicetrafik', en: 'Service bus' },
    ],
    summary: {
      fi: 'Asiointibussi vie kyliltä keskustaan kauppaan, pankkiin ja terveysasemalle kerran viikossa.',
      sv: 'Ärendebussen kör från byarna till centrum en gång i veckan.',
      en: 'The shopping bus runs from the villages to the town centre once a week.',
    },
    description: {
      fi: 'Asiointiliikenne ajaa {päivä} {aika}. Kyyti tilataan edellisenä päivänä puhelimitse, ja auto hakee kotiovelta. Kuljettaja auttaa tarvittaessa ostosten kantamisessa.\nKyyti on kaikille avoin, mutta se on suunniteltu erityisesti ikäihmisille ja liikuntarajoitteisille.',
      sv: 'Ärendetrafiken kör {dag} {tid}. Resan beställs per telefon dagen innan och bilen hämtar dig vid dörren.',
    },
    chargeInfo: { fi: 'Matka maksaa 3 euroa suuntaansa.' },
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Asiointiliikenteen tilaukset', sv: 'Beställning av ärendetrafik' },
      },
    ],
  },
  {
    key: 'transport/outdoor-friend',
    theme: 'transport-and-mobility',
    sector: 'association',
    kinds: ['elderlySupport', 'redCross', 'pensioners'],
    names: [
      { fi: 'Ulkoiluystävä', sv: 'Utevän', en: 'Outdoor friend' },
      { fi: 'Saattajapalvelu asiointiin', sv: 'Ledsagarservice' },
    ],
    summary: {
      fi: 'Vapaaehtoinen ulkoiluystävä lähtee kanssasi kävelylle tai saattaa lääkärille ja kauppaan.',
      sv: 'En frivillig utevän följer med dig på promenad eller till läkaren och butiken.',
      en: 'A volunteer goes for walks with you or accompanies you to the doctor and the shop.',
    },
    description: {
      fi: 'Ulkoiluystävä on tarkoitettu ikäihmisille ja muille, jotka eivät pääse ulos yksin. Vapaaehtoinen hakee kotoa ja auttaa tarvittaessa pyörätuolin tai rollaattorin kanssa.\nPalvelu on maksuton. Tilaa ulkoiluystävä viimeistään kaksi päivää etukäteen.',
      sv: 'Uteväntjänsten är avsedd för äldre och andra som inte kommer ut på egen hand. Tjänsten är avgiftsfri.',
    },
    channels: [
      { kind: 'phone', name: { fi: 'Ulkoiluystävien välitys', sv: 'Förmedling av utevänner' } },
    ],
  },
  {
    key: 'transport/taxi-company',
    theme: 'transport-and-mobility',
    sector: 'company',
    kinds: ['taxi'],
    charge: 'Chargeable',
    fundingType: 'MarketFunded',
    names: [
      { fi: 'Invataksi', sv: 'Invataxi', en: 'Accessible taxi' },
      { fi: 'Taksipalvelut ja Kela-kyydit', sv: 'Taxitjänster och FPA-resor' },
    ],
    summary: {
      fi: 'Esteettömät taksikyydit pyörätuolia käyttäville. Ajamme myös Kela-korvattavia kyytejä.',
      sv: 'Tillgängliga taxiresor för rullstolsanvändare.',
    },
    description: {
      fi: '{org} ajaa esteettömillä autoilla {kunnassa} ja koko Varsinais-Suomessa. Autoissa on ramppi tai nostin, ja kuljettajat auttavat ovelta ovelle.\nKela-korvattavat matkat tilataan Varsinais-Suomen Kela-kyydit -tilausnumerosta.',
    },
    channels: [{ kind: 'phone', name: { fi: 'Taksitilaukset', sv: 'Taxibeställning' } }],
  },
];
