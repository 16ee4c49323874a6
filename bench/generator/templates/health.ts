/** Templates: health advice, exercise and well-being. */
import type { ServiceTemplate } from './types.ts';

export const healthTemplates: ServiceTemplate[] = [
  {
    key: 'health/phone-advice',
    theme: 'health-advice',
    sector: 'county',
    unit: 'health',
    weight: 2,
    names: [
      {
        fi: 'Terveysasemien puhelinneuvonta',
        sv: 'Hälsostationernas telefonrådgivning',
        en: 'Health centre telephone advice',
      },
      { fi: 'Hoitajan neuvonta', sv: 'Sjukskötarens rådgivning' },
    ],
    summary: {
      fi: 'Sairaanhoitaja arvioi puhelimessa hoidon tarpeen, antaa kotihoito-ohjeita ja varaa tarvittaessa ajan.',
      sv: 'Sjukskötaren bedömer vårdbehovet per telefon och bokar vid behov en tid.',
      en: 'A nurse assesses your need for care by phone, gives self-care advice and books an appointment if needed.',
    },
    description: {
      fi: 'Soita oman terveysasemasi numeroon, kun tarvitset neuvoja sairauden hoidossa tai haluat varata ajan. Voit myös jättää takaisinsoittopyynnön, jolloin hoitaja soittaa sinulle saman päivän aikana.\nVirka-ajan ulkopuolella soita Päivystysapuun 116117. Hätätilanteessa soita 112.',
      sv: 'Ring din hälsostation när du behöver råd om vård eller vill boka tid. Utanför tjänstetid ring Jourhjälpen 116117.',
      en: 'Call your health centre when you need advice on treating an illness or want to book an appointment. Outside office hours call 116117.',
    },
    channels: [
      { kind: 'phone', line: 'countyHealthAdvice' },
      { kind: 'location', place: 'healthStation' },
    ],
  },
  {
    key: 'health/medical-helpline',
    theme: 'health-advice',
    sector: 'county',
    unit: 'health',
    nationwide: false,
    names: [{ fi: 'Päivystysapu 116117', sv: 'Jourhjälpen 116117', en: 'Medical helpline 116117' }],
    summary: {
      fi: 'Maksuton päivystysapu neuvoo ympäri vuorokauden, kun tarvitset kiireellistä hoitoa.',
      sv: 'Jourhjälpen ger avgiftsfri rådgivning dygnet runt när du behöver brådskande vård.',
      en: 'The free medical helpline advises you around the clock when you need urgent care.',
    },
    description: {
      fi: 'Soita Päivystysapuun ennen kuin lähdet päivystykseen. Sairaanhoitaja arvioi hoidon kiireellisyyden ja neuvoo, mihin sinun kannattaa hakeutua.\nHengenvaarallisessa tilanteessa soita hätänumeroon 112.',
      sv: 'Ring Jourhjälpen innan du åker till jouren. Sjukskötaren bedömer hur brådskande vården är.',
      en: 'Call the medical helpline before going to the emergency department. A nurse assesses how urgent your care is.',
    },
    serviceClasses: ['P5.5', 'P5.17'],
    channels: [{ kind: 'phone', line: 'medicalHelpline' }],
  },
  {
    key: 'health/blood-pressure-point',
    theme: 'health-advice',
    sector: 'association',
    kinds: ['patients', 'redCross'],
    group: true,
    names: [
      { fi: 'Terveyspiste', sv: 'Hälsopunkt', en: 'Health point' },
      {
        fi: 'Verenpaineen mittaus ja terveysneuvonta',
        sv: 'Blodtrycksmätning och hälsorådgivning',
      },
    ],
    summary: {
      fi: 'Vapaaehtoiset terveydenhuollon ammattilaiset mittaavat verenpainetta ja verensokeria ja antavat terveysneuvontaa.',
      sv: 'Frivilliga vårdpersoner mäter blodtryck och blodsocker och ger hälsorådgivning.',
      en: 'Volunteer health professionals measure blood pressure and blood sugar and give health advice.',
    },
    description: {
      fi: 'Terveyspiste on avoinna {paikassa} {päivä} {aika}. Mittaukset ovat maksuttomia, eikä aikaa tarvitse varata.\nTerveyspisteessä voit kysyä neuvoa esimerkiksi lääkkeiden käytöstä, ravinnosta ja liikunnasta. Vapaaehtoiset ohjaavat tarvittaessa terveysasemalle.',
      sv: 'Hälsopunkten är öppen {på_plats} {dag} {tid}. Mätningarna är avgiftsfria och du behöver inte boka tid.',
    },
    channels: [
      { kind: 'location', place: 'library', p: 0.6 },
      { kind: 'location', place: 'associationOffice', p: 0.4 },
    ],
  },
  {
    key: 'health/flu-vaccination',
    theme: 'health-advice',
    sector: 'county',
    unit: 'health',
    names: [{ fi: 'Influenssarokotukset', sv: 'Influensavaccinationer', en: 'Flu vaccinations' }],
    summary: {
      fi: 'Maksuton influenssarokotus riskiryhmille, yli 65-vuotiaille ja pienten lasten perheille syksyisin.',
      sv: 'Avgiftsfri influensavaccination för riskgrupper, personer över 65 år och småbarnsfamiljer.',
      en: 'Free flu vaccination for risk groups, people over 65 and families with small children every autumn.',
    },
    description: {
      fi: 'Influenssarokotuksia annetaan terveysasemilla syys–joulukuussa. Rokotukseen voi varata ajan verkossa tai tulla rokotuspäivinä ilman ajanvarausta.\nRokotus on maksuton kansallisen rokotusohjelman kohderyhmille.',
      sv: 'Influensavaccinationer ges på hälsostationerna i september–december. Du kan boka tid på nätet.',
    },
    serviceClasses: ['P5.3'],
    channels: [
      {
        kind: 'echannel',
        name: {
          fi: 'Rokotusajan varaus',
          sv: 'Bokning av vaccinationstid',
          en: 'Book a vaccination',
        },
      },
      { kind: 'location', place: 'healthStation' },
    ],
  },
  {
    key: 'exercise/senior-exercise',
    theme: 'exercise-and-wellbeing',
    sector: 'municipality',
    unit: 'leisure',
    group: true,
    charge: 'Chargeable',
    weight: 2,
    names: [
      { fi: 'Senioriliikunta', sv: 'Seniormotion', en: 'Exercise for seniors' },
      { fi: 'Tuolijumppa ikäihmisille', sv: 'Stolgympa för äldre' },
      { fi: 'Vesijumppa senioreille', sv: 'Vattengympa för seniorer' },
    ],
    summary: {
      fi: 'Ohjattuja liikuntaryhmiä ikäihmisille: kuntosali, tuolijumppa ja vesijumppa. Ryhmät ovat edullisia.',
      sv: 'Ledda motionsgrupper för äldre: gym, stolgympa och vattengympa.',
      en: 'Guided exercise groups for older people: gym, chair exercise and water aerobics at low cost.',
    },
    description: {
      fi: 'Liikuntapalvelut järjestävät ohjattuja ryhmiä yli 65-vuotiaille. Ryhmä kokoontuu {paikassa} {päivä} {aika}, ja ohjaajana on liikunnanohjaaja.\nRyhmissä harjoitellaan tasapainoa, lihasvoimaa ja liikkuvuutta, jotka auttavat pärjäämään kotona ja ehkäisevät kaatumisia. Liikkeet tehdään omaan tahtiin, eikä aiempaa kokemusta tarvita.\nIlmoittautuminen kausille tehdään verkossa tai puhelimitse.',
      sv: 'Motionstjänsterna ordnar ledda grupper för personer över 65 år. Gruppen träffas {på_plats} {dag} {tid}.\nVi tränar balans, muskelstyrka och rörlighet i egen takt.',
      en: 'Sports services run guided groups for people over 65. The group meets {at_place} {day} {time}.\nWe practise balance, strength and mobility at your own pace.',
    },
    chargeInfo: {
      fi: 'Kausimaksu on 35 euroa.',
      sv: 'Terminsavgiften är 35 euro.',
      en: 'The season fee is 35 euros.',
    },
    targetGroups: ['KR1.1'],
    channels: [
      { kind: 'location', place: 'sportsHall', p: 0.6 },
      { kind: 'location', place: 'swimmingHall', p: 0.3 },
      {
        kind: 'echannel',
        p: 0.5,
        name: { fi: 'Liikuntaryhmiin ilmoittautuminen', sv: 'Anmälan till motionsgrupper' },
      },
    ],
  },
  {
    key: 'exercise/counselling',
    theme: 'exercise-and-wellbeing',
    sector: 'municipality',
    unit: 'leisure',
    names: [{ fi: 'Liikuntaneuvonta', sv: 'Motionsrådgivning', en: 'Exercise counselling' }],
    summary: {
      fi: 'Maksuton liikuntaneuvonta auttaa löytämään sopivan tavan liikkua ja pysymään liikkeellä.',
      sv: 'Avgiftsfri motionsrådgivning hjälper dig att hitta ett lämpligt sätt att röra på dig.',
      en: 'Free exercise counselling helps you find a suitable way to be active and keep it up.',
    },
    description: {
      fi: 'Liikuntaneuvoja tapaa sinut henkilökohtaisesti ja laatii kanssasi liikuntasuunnitelman. Neuvonta sopii erityisesti sinulle, joka liikut vähän, aloittelet liikuntaa sairauden jälkeen tai kaipaat tukea painonhallintaan.\nNeuvontaan voi hakeutua itse tai terveydenhuollon ammattilaisen ohjaamana.',
      sv: 'Motionsrådgivaren träffar dig personligen och gör upp en motionsplan tillsammans med dig.',
    },
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Liikuntaneuvonnan ajanvaraus', sv: 'Motionsrådgivningens tidsbokning' },
      },
      { kind: 'location', place: 'sportsHall', p: 0.5 },
    ],
  },
  {
    key: 'exercise/swimming-hall',
    theme: 'exercise-and-wellbeing',
    sector: 'municipality',
    unit: 'leisure',
    charge: 'Chargeable',
    names: [{ fi: 'Uimahalli', sv: 'Simhallen', en: 'Swimming hall' }],
    summary: {
      fi: 'Uintia, vesijumppaa ja kuntosali samassa paikassa. Eläkeläisille ja työttömille alennettu hinta.',
      sv: 'Simning, vattengympa och gym på samma ställe. Rabatt för pensionärer och arbetslösa.',
      en: 'Swimming, water aerobics and a gym in one place. Reduced prices for pensioners and the unemployed.',
    },
    description: {
      fi: 'Uimahallissa on 25 metrin allas, opetusallas, lasten allas ja kuntosali. Vesijumppia järjestetään useana päivänä viikossa.\nEläkeläiset, työttömät, opiskelijat ja varusmiehet saavat alennusta kertamaksusta ja sarjakorteista. Uimahalli on esteetön, ja pukuhuoneissa on nosturi.',
      sv: 'Simhallen har en 25 meters bassäng, undervisningsbassäng och gym. Pensionärer och arbetslösa får rabatt.',
      en: 'The hall has a 25-metre pool, a teaching pool, a children’s pool and a gym. Pensioners and unemployed people get discounts.',
    },
    chargeInfo: { fi: 'Kertamaksu 6,50 €, alennus 4 €.', sv: 'Engångsavgift 6,50 €, rabatt 4 €.' },
    serviceClasses: ['P27.1'],
    channels: [{ kind: 'location', place: 'swimmingHall' }],
  },
  {
    key: 'exercise/walking-group',
    theme: 'exercise-and-wellbeing',
    sector: 'association',
    kinds: ['sports', 'pensioners', 'heritage'],
    group: true,
    weight: 2,
    names: [
      { fi: 'Kävelyryhmä', sv: 'Promenadgrupp', en: 'Walking group' },
      { fi: 'Sauvakävelyryhmä', sv: 'Stavgångsgrupp' },
      { fi: 'Kaikille avoin kävelylenkki' },
    ],
    summary: {
      fi: 'Kaikille avoin kävelyryhmä, joka lähtee liikkeelle joka viikko samasta paikasta. Ei ilmoittautumista.',
      sv: 'En öppen promenadgrupp som startar från samma plats varje vecka.',
      en: 'A walking group open to everyone, leaving from the same spot every week. No sign-up needed.',
    },
    description: {
      fi: 'Kävelyryhmä lähtee {päivä} {aika}. Kävelemme noin tunnin rauhallisella vauhdilla, ja matkan aikana pidetään taukoja. Ryhmässä jokainen kävelee omaan tahtiinsa, eikä ketään jätetä.\nMukaan tarvitset vain sään mukaiset vaatteet ja hyvät kengät. Sauvat voi ottaa mukaan, jos haluaa.',
      sv: 'Promenadgruppen går {dag} {tid}. Vi promenerar ungefär en timme i lugnt tempo.',
      en: 'The walking group sets off {day} {time}. We walk for about an hour at an easy pace.',
    },
    channels: [{ kind: 'location', place: 'sportsHall', p: 0.5 }],
  },
  {
    key: 'exercise/physio-company',
    theme: 'exercise-and-wellbeing',
    sector: 'company',
    kinds: ['physio'],
    charge: 'Chargeable',
    fundingType: 'MarketFunded',
    names: [
      { fi: 'Ohjattu kuntosaliharjoittelu', sv: 'Handledd gymträning', en: 'Guided gym training' },
      { fi: 'Fysioterapia', sv: 'Fysioterapi', en: 'Physiotherapy' },
    ],
    summary: {
      fi: 'Fysioterapeutin ohjaamaa kuntosaliharjoittelua pienryhmissä. Kela-korvaus mahdollinen lääkärin lähetteellä.',
      sv: 'Gymträning i små grupper under ledning av en fysioterapeut.',
    },
    description: {
      fi: '{org} tarjoaa fysioterapeutin ohjaamaa harjoittelua yksilö- ja ryhmäkäynteinä. Harjoittelu sopii esimerkiksi tuki- ja liikuntaelinsairauksien kuntoutukseen ja leikkauksesta toipumiseen.\nLääkärin lähetteellä voit saada Kela-korvausta fysioterapiasta.',
    },
    industrialClasses: ['86901'],
    channels: [
      { kind: 'location', place: 'associationOffice' },
      { kind: 'web', p: 0.7 },
    ],
  },
];
