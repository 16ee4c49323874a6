/** Templates: children and young people, violence and safety. */
import type { ServiceTemplate } from './types.ts';

export const youthAndSafetyTemplates: ServiceTemplate[] = [
  {
    key: 'youth/youth-centre',
    theme: 'children-and-youth',
    sector: 'municipality',
    unit: 'leisure',
    weight: 3,
    names: [
      { fi: 'Nuorisotalo', sv: 'Ungdomsgård', en: 'Youth centre' },
      { fi: 'Nuorisotilan avoimet illat', sv: 'Öppna kvällar på ungdomsgården' },
    ],
    summary: {
      fi: 'Nuorisotalo on 13–17-vuotiaiden oma olohuone: pelejä, musiikkia, kokkailua ja nuorisotyöntekijä juttuseurana.',
      sv: 'Ungdomsgården är ett eget vardagsrum för 13–17-åringar med spel, musik och matlagning.',
      en: 'The youth centre is a living room for 13–17-year-olds: games, music, cooking and a youth worker to talk to.',
    },
    description: {
      fi: '{paikka} on avoinna kouluviikkoina iltaisin. Talolla voi pelata biljardia ja konsolipelejä, soittaa bändikämpällä, kokata tai vain hengailla kavereiden kanssa.\nNuorisotyöntekijät ovat paikalla ja auttavat, jos mieltä painaa jokin asia: koulu, kaverisuhteet, kotiasiat tai tulevaisuus. Perjantaisin talolla on myöhäisilta.\nToiminta on maksutonta ja päihteetöntä.',
      sv: '{plats} är öppen på kvällarna under skolveckorna. Här kan du spela biljard och konsolspel, spela i band, laga mat eller bara hänga med kompisar. Ungdomsarbetarna finns på plats.',
      en: '{place} is open in the evenings during school weeks. You can play pool and console games, jam in the band room, cook or just hang out. Youth workers are there to talk to.',
    },
    channels: [
      { kind: 'location', place: 'youthCentre' },
      {
        kind: 'web',
        p: 0.4,
        name: { fi: 'Nuorisopalvelut Instagramissa', en: 'Youth services on Instagram' },
      },
    ],
  },
  {
    key: 'youth/outreach',
    theme: 'children-and-youth',
    sector: 'municipality',
    unit: 'leisure',
    weight: 2,
    names: [{ fi: 'Etsivä nuorisotyö', sv: 'Uppsökande ungdomsarbete', en: 'Outreach youth work' }],
    summary: {
      fi: 'Etsivä nuorisotyöntekijä auttaa alle 29-vuotiaita, jotka ovat jääneet koulun tai työn ulkopuolelle.',
      sv: 'Uppsökande ungdomsarbetare hjälper unga under 29 år som står utanför studier och arbete.',
      en: 'Outreach youth workers help under-29s who are outside education or work.',
    },
    description: {
      fi: 'Etsivä nuorisotyö on vapaaehtoista ja maksutonta tukea nuorelle, joka tarvitsee apua esimerkiksi opiskelupaikan, työn, asunnon tai raha-asioiden kanssa. Työntekijä kulkee rinnalla ja tulee tarvittaessa mukaan virastokäynneille.\nVoit ottaa yhteyttä itse, tai yhteydenoton voi tehdä läheinen tai ammattilainen. Tavataan siellä, missä sinulle sopii.',
      sv: 'Uppsökande ungdomsarbete är frivilligt och avgiftsfritt stöd för unga som behöver hjälp med studieplats, arbete, bostad eller ekonomi.',
      en: 'Outreach youth work is voluntary, free support for young people who need help with a study place, work, housing or money.',
    },
    ontologyTerms: ['http://www.yso.fi/onto/koko/p62202', 'http://www.yso.fi/onto/yso/p11617'],
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Etsivän nuorisotyön puhelin', sv: 'Uppsökande ungdomsarbetets telefon' },
      },
      { kind: 'web', p: 0.4 },
    ],
  },
  {
    key: 'youth/one-stop',
    theme: 'children-and-youth',
    sector: 'municipality',
    unit: 'employment',
    onlyIn: ['853', '734', '895', '430'],
    names: [{ fi: 'Ohjaamo', sv: 'Navigatorn', en: 'Ohjaamo one-stop guidance centre' }],
    summary: {
      fi: 'Ohjaamo auttaa alle 30-vuotiaita työhön, opiskeluun, asumiseen ja arjen asioihin liittyvissä kysymyksissä.',
      sv: 'Navigatorn hjälper unga under 30 år med frågor om arbete, studier och boende.',
      en: 'Ohjaamo helps under-30s with questions about work, studies, housing and everyday life.',
    },
    description: {
      fi: 'Ohjaamoon voit tulla ilman ajanvarausta. Samasta paikasta saat apua opinto-ohjaajalta, työllisyyspalveluista, sosiaaliohjaajalta ja nuorisotyöntekijältä.\nOhjaamossa voit esimerkiksi tehdä ansioluettelon, hakea kesätyötä, miettiä opiskelupaikkaa tai selvittää Kelan tukia.',
      sv: 'Till Navigatorn kan du komma utan tidsbokning. På samma ställe får du hjälp av studiehandledare, sysselsättningstjänster och socialhandledare.',
      en: 'You can visit Ohjaamo without an appointment and get help from a study counsellor, employment services, a social worker and a youth worker in one place.',
    },
    serviceClasses: ['P28.5', 'P10.1'],
    channels: [
      { kind: 'location', place: 'employmentOffice' },
      { kind: 'echannel', p: 0.4, name: { fi: 'Ohjaamon chat', sv: 'Navigatorns chatt' } },
    ],
  },
  {
    key: 'youth/child-line',
    theme: 'children-and-youth',
    sector: 'national',
    provider: 'mll',
    nationwide: true,
    names: [
      {
        fi: 'Lasten ja nuorten puhelin ja chat',
        sv: 'Barn- och ungdomstelefonen och chatten',
        en: "Children and young people's helpline and chat",
      },
    ],
    summary: {
      fi: 'Maksuton ja nimetön puhelin ja chat lapsille ja nuorille. Voit puhua mistä tahansa.',
      sv: 'Avgiftsfri och anonym telefon och chatt för barn och unga.',
      en: 'A free and anonymous phone and chat for children and young people. Talk about anything.',
    },
    description: {
      fi: 'Lasten ja nuorten puhelimeen voi soittaa tai kirjoittaa, kun haluat puhua jonkun aikuisen kanssa. Aiheena voi olla esimerkiksi kiusaaminen, kaverisuhteet, seurustelu, kotiasiat tai yksinäisyys.\nPäivystäjät ovat koulutettuja vapaaehtoisia aikuisia. Puhelu on maksuton, eikä se näy puhelinlaskussa.',
      sv: 'Du kan ringa eller skriva till Barn- och ungdomstelefonen när du vill prata med en vuxen, till exempel om mobbning, kompisar eller hemmet.',
      en: 'Call or write to the helpline when you want to talk to an adult, for example about bullying, friends, relationships or home.',
    },
    targetGroups: ['KR1.3', 'KR1.2'],
    channels: [
      { kind: 'phone', line: 'childLine' },
      {
        kind: 'echannel',
        name: {
          fi: 'Lasten ja nuorten chat',
          sv: 'Barn- och ungdomschatten',
          en: "Children's chat",
        },
      },
    ],
  },
  {
    key: 'youth/parish-youth',
    theme: 'children-and-youth',
    sector: 'parish',
    group: true,
    names: [
      { fi: 'Nuorten illat', sv: 'Ungdomskvällar', en: 'Youth evenings' },
      { fi: 'Isoskoulutus ja nuortenillat', sv: 'Hjälpledarutbildning och ungdomskvällar' },
    ],
    summary: {
      fi: 'Seurakunnan nuorteniltoihin ovat tervetulleita kaikki rippikouluikäiset ja vanhemmat nuoret.',
      sv: 'Församlingens ungdomskvällar är öppna för alla unga i konfirmandåldern och äldre.',
    },
    description: {
      fi: 'Nuorten illat ovat {paikassa} {päivä} {aika}. Illoissa pelataan, jutellaan, syödään iltapalaa ja pidetään lyhyt iltahartaus. Paikalla on nuorisotyönohjaaja.\nRippikoulun jälkeen voit hakea isoskoulutukseen.',
      sv: 'Ungdomskvällarna ordnas {på_plats} {dag} {tid}. Vi spelar, pratar, äter kvällsmål och har en kort andakt.',
    },
    channels: [{ kind: 'location', place: 'parishCentre' }],
  },
  {
    key: 'youth/hobby-clubs',
    theme: 'children-and-youth',
    sector: 'association',
    kinds: ['youth', 'sports'],
    group: true,
    charge: 'Chargeable',
    names: [
      {
        fi: 'Harrastuskerhot lapsille',
        sv: 'Hobbyklubbar för barn',
        en: 'Hobby clubs for children',
      },
      { fi: 'Koululaisten harrastustoiminta', sv: 'Hobbyverksamhet för skolelever' },
    ],
    summary: {
      fi: 'Edullisia kerhoja ja harrastuksia koululaisille: teatteria, sählyä, tanssia ja kädentaitoja.',
      sv: 'Förmånliga klubbar och hobbyer för skolelever: teater, innebandy, dans och hantverk.',
    },
    description: {
      fi: 'Kerhot kokoontuvat {paikassa} {päivä} {aika}. Ohjaajina toimivat koulutetut nuoret ohjaajat.\nHarrastusmaksuun voi hakea tukea, jos perheen talous on tiukalla. Kysy lisää ohjaajalta.',
      sv: 'Klubbarna träffas {på_plats} {dag} {tid}. Du kan ansöka om stöd för avgiften om familjens ekonomi är ansträngd.',
    },
    chargeInfo: { fi: 'Kausimaksu 20–40 euroa. Vähävaraisille perheille maksuvapautus.' },
    channels: [
      { kind: 'location', place: 'associationHouse', p: 0.6 },
      { kind: 'location', place: 'sportsHall', p: 0.4 },
    ],
  },
  {
    key: 'violence/nollalinja',
    theme: 'violence-and-safety',
    sector: 'national',
    provider: 'ensijaturva',
    nationwide: true,
    weight: 2,
    names: [
      {
        fi: 'Nollalinja – apua väkivaltaa kokeneille',
        sv: 'Nollinjen – hjälp för den som utsatts för våld',
        en: 'Nollalinja – help for people experiencing violence',
      },
    ],
    summary: {
      fi: 'Maksuton auttava puhelin ja chat lähisuhdeväkivaltaa kokeneille ja heidän läheisilleen ympäri vuorokauden.',
      sv: 'Avgiftsfri hjälptelefon och chatt dygnet runt för den som utsatts för våld i nära relationer.',
      en: 'A free 24/7 helpline and chat for people experiencing domestic violence and their families.',
    },
    description: {
      fi: 'Nollalinjalle voit soittaa, jos olet kokenut väkivaltaa tai sen uhkaa parisuhteessa tai perheessä tai jos olet huolissasi läheisestäsi. Puhelimessa vastaavat koulutetut ammattilaiset.\nVoit soittaa nimettömästi, eikä puhelu näy puhelinlaskussa. Tarvittaessa saat apua turvakotipaikan löytämiseen.\nHätätilanteessa soita 112.',
      sv: 'Du kan ringa Nollinjen om du har utsatts för våld eller hot i en relation eller i familjen, eller om du är orolig för en närstående. Du kan ringa anonymt.\nI nödfall ring 112.',
      en: 'Call Nollalinja if you have experienced violence or threats in a relationship or family, or if you are worried about someone close. You can call anonymously.\nIn an emergency call 112.',
    },
    languages: ['ar', 'ru', 'so'],
    channels: [
      { kind: 'phone', line: 'nollalinja' },
      {
        kind: 'echannel',
        name: { fi: 'Nollalinjan chat', sv: 'Nollinjens chatt', en: 'Nollalinja chat' },
      },
    ],
  },
  {
    key: 'violence/shelter',
    theme: 'violence-and-safety',
    sector: 'association',
    kinds: ['shelter'],
    weight: 2,
    names: [{ fi: 'Turvakoti', sv: 'Skyddshem', en: 'Shelter' }],
    summary: {
      fi: 'Turvakoti antaa suojaa ja apua väkivaltaa kokeneille ja heidän lapsilleen ympäri vuorokauden. Palvelu on maksuton.',
      sv: 'Skyddshemmet ger skydd och hjälp dygnet runt åt personer som utsatts för våld och deras barn.',
      en: 'The shelter offers protection and help around the clock for people experiencing violence and their children. It is free.',
    },
    description: {
      fi: 'Turvakotiin voi tulla ilman lähetettä mihin vuorokaudenaikaan tahansa. Soita ensin turvakodin päivystysnumeroon, niin sovitaan tulosta. Turvakodin osoite ei ole julkinen.\nTurvakodissa saat keskusteluapua, neuvoja jatkosta ja apua esimerkiksi lähestymiskiellon hakemiseen. Lapsille on omat työntekijät.',
      sv: 'Du kan komma till skyddshemmet utan remiss när som helst på dygnet. Ring först till jouren. Skyddshemmets adress är inte offentlig.',
      en: 'You can come to the shelter without a referral at any time. Call the duty number first. The address is not public.',
    },
    serviceClasses: ['P7.5', 'P3.6', 'P19.3'],
    industrialClasses: ['87902'],
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Turvakodin päivystys', sv: 'Skyddshemmets jour', en: 'Shelter duty phone' },
      },
    ],
  },
  {
    key: 'violence/victim-support',
    theme: 'violence-and-safety',
    sector: 'national',
    provider: 'riku',
    nationwide: true,
    names: [{ fi: 'Rikosuhripäivystys', sv: 'Brottsofferjouren', en: 'Victim Support Finland' }],
    summary: {
      fi: 'Maksutonta neuvontaa ja tukea rikoksen uhreille, heidän läheisilleen ja todistajille.',
      sv: 'Avgiftsfri rådgivning och stöd för brottsoffer, närstående och vittnen.',
      en: 'Free advice and support for victims of crime, their families and witnesses.',
    },
    description: {
      fi: 'Rikosuhripäivystyksestä saat neuvoja rikosilmoituksen tekemiseen, korvausten hakemiseen ja oikeudenkäyntiin valmistautumiseen. Vapaaehtoinen tukihenkilö voi lähteä mukaan poliisikuulusteluun tai oikeuteen.\nApua saa myös, vaikka rikosilmoitusta ei olisi tehty.',
      sv: 'Brottsofferjouren ger råd om brottsanmälan, ersättningar och rättegång. En frivillig stödperson kan följa med till polisförhör eller rättegång.',
      en: 'Victim Support Finland advises on reporting a crime, claiming compensation and preparing for court. A volunteer can accompany you to the police or court.',
    },
    channels: [
      { kind: 'phone', line: 'victimSupport' },
      { kind: 'web', p: 0.6 },
    ],
  },
  {
    key: 'violence/police-report',
    theme: 'violence-and-safety',
    sector: 'state',
    provider: 'poliisi',
    names: [{ fi: 'Rikosilmoitus', sv: 'Brottsanmälan', en: 'Reporting a crime' }],
    summary: {
      fi: 'Tee rikosilmoitus verkossa tai poliisiasemalla. Kiireellisissä tilanteissa soita hätänumeroon 112.',
      sv: 'Gör en brottsanmälan på nätet eller på polisstationen. I brådskande fall ring 112.',
      en: 'Report a crime online or at a police station. In urgent situations call 112.',
    },
    description: {
      fi: 'Voit tehdä rikosilmoituksen verkossa esimerkiksi varkaudesta, vahingonteosta tai petoksesta. Väkivalta- ja seksuaalirikoksista kannattaa tehdä ilmoitus soittamalla tai käymällä poliisiasemalla.\nKun rikos on käynnissä tai joku on vaarassa, soita aina 112.',
      sv: 'Du kan göra en brottsanmälan på nätet till exempel om stöld eller bedrägeri. Om ett brott pågår, ring alltid 112.',
    },
    serviceClasses: ['P7.5'],
    type: 'Service',
    channels: [
      {
        kind: 'echannel',
        name: {
          fi: 'Rikosilmoitus verkossa',
          sv: 'Brottsanmälan på nätet',
          en: 'Report a crime online',
        },
      },
    ],
  },
];
