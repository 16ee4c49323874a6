/**
 * The sixteenth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written
 * blind, by someone who never saw matching results, during the sixteenth round of work on
 * matching; judged from what the person means against the fixed corpus without running matching
 * on them, and never tuned against. Same rules as `match.ts`: copies of a concept outside the
 * client's municipality (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(390, 16);

export const matchHeldOut16Cases: MatchCase[] = [
  m({
    needs:
      'Asiakkaalla on pitkän sairaalajakson jälkeen noin 1 900 euroa maksamattomia sairaalan ja terveyskeskuksen asiakasmaksuja, ja osa on jo siirtynyt perintätoimistolle. Hän on työtön ja asuu yksin. Asiakas kysyy, voiko maksuja alentaa tai saada anteeksi ja miten perintäkulujen kasvun saisi pysäytettyä.',
    municipality: '918',
    judgments: {
      'supplementary-social-assistance': 3,
      'debt-advice': 3,
      'social-guidance': 2,
      'debt-helpline': 2,
      'consumer-advice': 2,
      'basic-social-assistance': 1,
      'adult-social-work': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 25-vuotias lievästi kehitysvammainen mies, joka käy nyt päivätoiminnassa. Hän haluaisi oikeisiin palkkatöihin, esimerkiksi kaupan varastoon tai kiinteistöhuoltoon. Mitä reittejä sinne on ja voiko työnantaja saada tukea, jos palkkaa hänet?',
    municipality: '761',
    ageGroup: 'adults',
    judgments: {
      'employment-services': 3,
      'pay-subsidy': 3,
      'disability-services': 2,
      'youth-workshop': 2,
      ohjaamo: 1,
      'outreach-youth-work': 1,
      'rehabilitative-work': 1,
    },
  }),
  m({
    needs:
      'mä (26) ja mun tyttöystävä haetaan yhteistä vuokrakämppää mut kaikki vuokranantajat hylkää heti kun mulla on maksuhäiriömerkintä vanhasta puhelinlaskusta. nyt asutaan sen vanhempien luona ja se käy kaikkien hermoille. miten tässä tilanteessa saa kämpän?',
    municipality: '853',
    judgments: {
      'rental-housing': 3,
      'housing-advice': 3,
      'youth-housing': 2,
      'debt-advice': 2,
      ohjaamo: 1,
      'debt-helpline': 1,
    },
  }),
  m({
    needs:
      '15v tyttö ei tullu yöks kotiin eikä vastaa puhelimeen, kaverit sanoo ettei ne tiedä missä se on. tää on jo kolmas kerta tänä syksynä ja se hengaa jonkun paljon vanhemman porukan kanssa. mitä mä teen nyt yöllä ja kuka auttaa tän kanssa jatkossa',
    municipality: '423',
    ageGroup: 'youth',
    judgments: {
      'emergency-social-services': 3,
      'parents-helpline': 2,
      'family-counselling-clinic': 2,
      'crime-report': 1,
      'school-social-worker': 1,
      'youth-mental-health': 1,
      'outreach-youth-work': 1,
    },
  }),
  m({
    needs:
      'tuli verottajalta 2800 euroa jäännösveroa kun tein viime vuonna ruokalähettihommia sivussa enkä tajunnu maksaa ennakkoveroja. säästöjä ei oo yhtään ja eräpäivä on kuukauden päästä. mitä jos en pysty maksaa, meneekö se suoraan ulosottoon?',
    municipality: '636',
    judgments: {
      'debt-advice': 3,
      'debt-helpline': 3,
      'enforcement-info': 2,
      'social-credit': 1,
      'diaconal-economic-advice': 1,
    },
  }),
  m({
    needs:
      'Miehellä on kaksisuuntainen mielialahäiriö ja nyt se on ollu pari viikkoa ihan ylikierroksilla: ei nuku, osti netistä auton ja otti kolme pikalainaa, ja puhuu että perustaa firman. Lääkkeet se on lopettanu omin päin. Miten saan sen hoitoon ja voiko noita kauppoja ja lainoja vielä perua?',
    municipality: '529',
    judgments: {
      'adult-mental-health': 3,
      'consumer-advice': 3,
      'medical-helpline': 2,
      'emergency-social-services': 2,
      'debt-advice': 2,
      'debt-helpline': 1,
      'health-centre': 1,
      'crisis-helpline': 1,
      'public-guardianship': 1,
    },
  }),
  m({
    needs:
      'Naapuri rakensi kesällä ison varaston ihan meidän tontin rajaan, ja nyt sen katolta valuu vesi meidän puolelle, ja sen kuusiaita varjostaa koko kasvimaan. Puhuminen ei auta, se vaan huutaa. Olisko tollanen rakennus tarvinnu luvan ja mitkä on meidän oikeudet?',
    municipality: '734',
    judgments: {
      'building-permit': 3,
      'legal-aid': 2,
      'free-legal-advice': 2,
      'housing-advice': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan 68-vuotias äiti muutti Irakista perheen luo viime vuonna. Hän puhuu vain kurdia, on päivät yksin kotona kun muut ovat töissä ja koulussa, ja on alkanut olla alakuloinen. Perhe toivoisi hänelle omaa tekemistä ja seuraa, ja mielellään myös suomen alkeita.',
    municipality: '202',
    ageGroup: 'older',
    judgments: {
      'finnish-courses': 3,
      'service-centre': 2,
      befriending: 2,
      'immigrant-advice': 2,
      'elderly-day-activities': 2,
      'language-cafe': 1,
      'senior-exercise': 1,
      'adult-education-centre': 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs:
      'Vaimoni (58) sai juuri diagnoosin otsa-ohimolohkorappeumasta. Hän on muuttunut: ostelee netistä turhaa tavaraa satoilla euroilla viikossa ja on hakenut useita luottokortteja. Itse hän ei näe ongelmaa. Miten saisin raha-asiat turvaan, ja mistä saisin itse tukea tähän?',
    municipality: '400',
    judgments: {
      'public-guardianship': 3,
      'memory-guidance': 3,
      'legal-aid': 2,
      'carer-peer-group': 2,
      'memory-nurse': 1,
      'memory-cafe': 1,
      'consumer-advice': 1,
      'adult-social-work': 1,
      'carer-allowance': 1,
    },
  }),
  m({
    needs:
      'oon 71 ja mun 44-vuotias poika, jolla on skitsofrenia, on asunu aina mun kanssa. lääkkeet se ottaa ja pärjää kotona kun mä teen ruoat ja hoidan laskut. mut mitä sille käy kun mä en enää jaksa tai kuolen? pitäis varmaan alkaa ettiä sille omaa asuntoa missä on tukea',
    municipality: '680',
    judgments: {
      'supported-housing': 3,
      'adult-mental-health': 2,
      clubhouse: 2,
      'adult-social-work': 2,
      'public-guardianship': 1,
      'carer-peer-group': 1,
      'carer-allowance': 1,
      'disability-services': 1,
    },
  }),
  m({
    needs:
      'Asiakas on raskausviikolla 9 ja on käyttänyt viikonloppuisin amfetamiinia ja alkoholia. Hän haluaa pitää lapsen ja lopettaa käytön, mutta pelkää kertoa asiasta neuvolassa, koska uskoo lapsen otettavan heti huostaan.',
    municipality: '853',
    judgments: {
      'maternity-clinic': 3,
      'a-clinic': 3,
      detox: 2,
      'adult-social-work': 1,
      'health-counselling-point': 1,
    },
  }),
  m({
    needs:
      'Äitini (79) ryöstettiin torstaina kaupan parkkipaikalla: joku repi laukun hänen kädestään ja hän kaatui. Luut ei onneks murtunu, mutta nyt hän ei uskalla lähteä ulos ollenkaan, vaikka ennen kävi rollaattorilla joka päivä kaupassa. Rikosilmoitus pitäis kai tehdä, ja hän tarvitsisi jonkun, jonka kanssa uskaltaa taas liikkua.',
    municipality: '503',
    ageGroup: 'older',
    mobility: 'limited',
    judgments: {
      'crime-report': 3,
      'victim-support': 3,
      'crisis-centre': 2,
      'outdoor-friend': 2,
      befriending: 2,
      'shopping-help': 1,
      'senior-advice': 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    needs:
      'mieheni kuoli viime viikolla sydänkohtaukseen, hän oli 38. lapset on 3 ja 6 enkä tiedä miten selitän tän niille. miten pärjään yksin niiden kanssa, ja tuleeko meille jotain eläkettä tai tukea kun talolainakin on',
    municipality: '577',
    judgments: {
      'young-widows': 3,
      'crisis-centre': 3,
      'family-home-help': 2,
      'parents-helpline': 2,
      'social-guidance': 2,
      'family-counselling-clinic': 2,
      'grief-group': 1,
      'debt-advice': 1,
    },
  }),
  m({
    needs:
      'ex-poikaystävä on laittanu mun alastonkuvia johonki telegram-ryhmään ja uhkaa lähettää niitä mun työkavereille jos en palaa sen kanssa yhteen. kuvat otettiin ku oltiin yhessä. en pysty nukkumaan, mitä mä voin tehä?',
    municipality: '704',
    judgments: {
      'crime-report': 3,
      'victim-support': 3,
      nollalinja: 2,
      'legal-aid': 2,
      'crisis-centre': 2,
      'crisis-helpline': 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs:
      'Olen 44-vuotias mies, naimisissa ja kahden teinin isä. Olen pitkään tiennyt olevani homo enkä jaksa enää elää valheessa, mutta pelkään, mitä vaimolle ja lapsille tapahtuu, kun kerron. Kenen kanssa voisin puhua tästä ensin luottamuksellisesti?',
    municipality: '481',
    judgments: {
      'men-meeting-place': 3,
      'crisis-centre': 2,
      'crisis-helpline': 2,
      'church-chat': 2,
      'church-family-counselling': 2,
      'adult-mental-health': 1,
      'family-counselling-clinic': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vi har bestämt oss för att skiljas, men vi är överens om det mesta och vill att barnen (4 och 9) ska bo varannan vecka hos oss båda. Hur gör vi ett avtal om vårdnad och boende som gäller, och hur räknas underhållet ut när barnen bor så?',
    municipality: '322',
    language: 'sv',
    judgments: {
      'child-maintenance': 3,
      'family-mediation': 2,
      'family-counselling-clinic': 1,
      'church-family-counselling': 1,
      'divorce-group': 1,
      'legal-aid': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min man lämnade mig i våras efter 46 års äktenskap, för en annan kvinna. Jag är 71. Jag sover dåligt, skäms inför bekanta och vet inte hur jag ska fylla dagarna. Finns det någon grupp eller någon att prata med på svenska?',
    municipality: '202',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'divorce-group': 3,
      'church-family-counselling': 2,
      'crisis-centre': 2,
      'adult-mental-health': 1,
      'church-chat': 1,
      'service-centre': 1,
      'pensioners-clubs': 1,
      'parish-open-house': 1,
      'grief-group': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vår son är 29 och har flyttat hem igen. Han använder droger, det har försvunnit pengar och smycken ur huset och han blir aggressiv när vi tar upp saken. Vi vet inte om vi ska polisanmäla eller kasta ut honom. Var kan vi som föräldrar få stöd?',
    municipality: '853',
    judgments: {
      'relatives-substance-group': 3,
      'a-clinic': 3,
      'crime-report': 1,
      'victim-support': 1,
      nollalinja: 1,
      detox: 1,
      'emergency-social-services': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Pappa dog i december. Han bodde i en hyreslägenhet som ska vara tömd före slutet av månaden, och jag vet inte vad jag ska göra med alla möbler och saker. Dessutom ska det göras en bouppteckning – kan man få hjälp med den om man inte har råd med en jurist?',
    municipality: '445',
    judgments: {
      'legal-aid': 3,
      'waste-management': 3,
      'free-legal-advice': 2,
      'grief-group': 1,
      'diaconal-reception': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 66 och bröt handleden när jag halkade i vintras. Nu har jag fått diagnosen benskörhet och läkaren sa att jag borde träna balans och styrka. Jag har aldrig gått på gym och vet inte var jag ska börja. Finns det grupper på svenska?',
    municipality: '529',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'senior-exercise': 3,
      'exercise-counselling': 2,
      'swimming-hall': 2,
      'adapted-exercise': 1,
      'aqua-aerobics': 1,
      'walking-group': 1,
      'nutrition-advice': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'Our daughter was born at Turku hospital three weeks ago. My wife and I are Nigerian and I work here on a work-based residence permit. Does the baby need her own permit, how do we apply, and can she use the child health clinic in the meantime?',
    municipality: '680',
    language: 'en',
    judgments: {
      'residence-permit': 3,
      'immigrant-advice': 2,
      'child-health-clinic': 2,
      'social-guidance': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "Our daughter is 12. Her football coach, a man in his thirties, has been messaging her privately on Instagram late at night, tells her to keep it a secret and bought her expensive earbuds. She thinks he's just being nice. Is this something for the police, and how do we talk to her about it?",
    municipality: '538',
    ageGroup: 'children',
    judgments: {
      'crime-report': 3,
      'victim-support': 2,
      'parents-helpline': 2,
      'family-counselling-clinic': 2,
      'school-social-worker': 1,
      'sekasin-chat': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm 22 and work at a hotel in Kustavi for the summer. The manager keeps touching me and texting me at night, and he hinted that I won't get hours next month if I complain. Who can help me?",
    municipality: '304',
    judgments: {
      'victim-support': 3,
      'legal-aid': 2,
      'crime-report': 2,
      'crisis-centre': 1,
      'employment-services': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'My father (74) is visiting us from Ohio for the summer. Since yesterday he has had a fever and a painful, swollen leg. He has US travel insurance but no Finnish ID or Kela card. Where can he see a doctor, and do we need to call first?',
    municipality: '895',
    language: 'en',
    ageGroup: 'older',
    judgments: {
      'medical-helpline': 3,
      'health-centre': 3,
      'health-point': 1,
      pharmacy: 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "Our son (6) was just diagnosed with autism. We moved here from Scotland two years ago and don't really know the system. He starts preschool in August and has meltdowns in noisy places. What support can we apply for, and are there other parents we could talk to?",
    municipality: '202',
    ageGroup: 'children',
    judgments: {
      'disability-services': 3,
      'family-counselling-clinic': 2,
      'early-education': 2,
      'disabled-family-peer': 2,
      'parents-helpline': 1,
      'family-home-help': 1,
      'social-guidance': 1,
    },
  }),
];
