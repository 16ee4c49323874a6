/** Templates: food aid and social assistance. */
import type { ServiceTemplate } from './types.ts';

export const foodAndIncomeTemplates: ServiceTemplate[] = [
  {
    key: 'food/parish-food-aid',
    theme: 'food-aid',
    sector: 'parish',
    group: true,
    weight: 3,
    names: [
      { fi: 'Ruoka-apu', sv: 'Matbistånd', en: 'Food aid' },
      { fi: 'Ruokakassien jako', sv: 'Utdelning av matkassar', en: 'Food bag distribution' },
      { fi: 'Diakonian ruokajakelu' },
    ],
    summary: {
      fi: 'Seurakunta jakaa ruokakasseja viikoittain. Apua saa ilman ennakkoilmoittautumista eikä tuloja kysytä.',
      sv: 'Församlingen delar ut matkassar varje vecka. Ingen förhandsanmälan behövs.',
      en: 'The parish hands out food bags every week. No registration needed and no questions about income.',
    },
    description: {
      fi: '{org} jakaa ruoka-apua {paikassa} {päivä} {aika}. Jaossa on kauppojen lahjoittamaa hävikkiruokaa sekä kuivatuotteita, kuten puuroa, pastaa ja säilykkeitä.\nRuoka-apua saa ilman ennakkoilmoittautumista, eikä sinun tarvitse kertoa tuloistasi. Ota mukaan oma kassi. Jonoon kannattaa tulla hyvissä ajoin, sillä ruokaa jaetaan niin kauan kuin sitä riittää.\nJos et pääse paikalle liikkumisen vuoksi, ota yhteyttä diakoniatyöhön.',
      sv: '{org} delar ut matbistånd {på_plats} {dag} {tid}. Vi delar ut svinnmat som butikerna donerat samt torrvaror.\nDu behöver inte anmäla dig eller berätta om dina inkomster. Ta med en egen kasse.',
      en: '{org} distributes food aid {at_place} {day} {time}: surplus food donated by shops and dry goods such as porridge, pasta and tinned food.\nNo registration is needed and you do not have to tell us about your income. Please bring your own bag.',
    },
    keywords: {
      fi: ['ruokakassi', 'hävikkiruoka', 'leipäjono', 'diakonia'],
      sv: ['matkasse'],
      en: ['food bank'],
    },
    channels: [
      { kind: 'location', place: 'parishCentre' },
      { kind: 'phone', p: 0.4, name: { fi: 'Diakoniatyön puhelin', sv: 'Diakonins telefon' } },
    ],
  },
  {
    key: 'food/community-meal',
    theme: 'food-aid',
    sector: 'association',
    kinds: ['foodBank', 'marthas', 'redCross', 'settlement'],
    group: true,
    weight: 2,
    names: [
      { fi: 'Yhteinen pöytä', sv: 'Gemensamt bord', en: 'Shared table' },
      { fi: 'Yhteisöateria', sv: 'Gemensam måltid', en: 'Community meal' },
      { fi: 'Edullinen lounas' },
    ],
    summary: {
      fi: 'Lämmin ateria hyvässä seurassa kerran viikossa. Ruoka valmistetaan kauppojen hävikkiruoasta.',
      sv: 'En varm måltid i gott sällskap en gång i veckan, lagad av svinnmat från butikerna.',
      en: 'A warm meal in good company once a week, cooked from surplus food from local shops.',
    },
    description: {
      fi: '{org} tarjoaa yhteisöaterian {paikassa} {päivä} {aika}. Vapaaehtoiset valmistavat ruoan kauppojen ja leipomoiden lahjoittamasta hävikkiruoasta.\nAterialle ovat tervetulleita kaikki – lapsiperheet, opiskelijat, työttömät ja eläkeläiset. Ruokailun jälkeen voi jäädä kahville ja juttelemaan.\nMukaan voi lähteä myös vapaaehtoiseksi kokkaamaan.',
      sv: '{org} serverar en gemensam måltid {på_plats} {dag} {tid}. Frivilliga lagar maten av svinnmat som butiker och bagerier donerat. Alla är välkomna.',
    },
    charge: 'Chargeable',
    chargeInfo: {
      fi: 'Ateria maksaa 2 euroa. Jos sinulla ei ole rahaa, voit syödä ilmaiseksi.',
      sv: 'Måltiden kostar 2 euro.',
    },
    channels: [{ kind: 'location', place: 'associationHouse' }],
  },
  {
    key: 'food/food-bank',
    theme: 'food-aid',
    sector: 'association',
    kinds: ['foodBank'],
    names: [
      {
        fi: 'Ruokapankin ruokajakelu',
        sv: 'Matbankens matutdelning',
        en: 'Food bank distribution',
      },
    ],
    summary: {
      fi: 'Ruokapankki kerää hävikkiruokaa ja jakaa sen edelleen avun tarvitsijoille ja jakopisteisiin.',
      en: 'The food bank collects surplus food and passes it on to people in need and to distribution points.',
    },
    description: {
      fi: 'Ruokapankki noutaa kaupoilta, tukuista ja tuottajilta ylijäämäruokaa, joka muuten menisi hukkaan. Ruoka jaetaan {kunnassa} ruokapankin omassa jakelupisteessä sekä seurakuntien ja yhdistysten kautta.\nJakelupiste on avoinna {päivä} {aika}. Jakelussa noudatetaan jonotusnumeroita, ja jokainen saa yhden kassin.\nRuokapankin toiminta perustuu vapaaehtoistyöhön.',
    },
    group: true,
    channels: [
      { kind: 'location', place: 'associationOffice' },
      { kind: 'web', p: 0.6 },
    ],
  },
  {
    key: 'food/diaconal-lunch',
    theme: 'food-aid',
    sector: 'parish',
    group: true,
    names: [
      { fi: 'Diakonialounas', sv: 'Diakonilunch', en: 'Parish lunch' },
      { fi: 'Seurakunnan keittolounas', sv: 'Soppunch i församlingen' },
    ],
    summary: {
      fi: 'Edullinen lounas kaikille seurakunnan tiloissa. Samalla voi tavata diakoniatyöntekijän.',
      sv: 'En förmånlig lunch för alla i församlingens lokaler.',
      en: 'A low-cost lunch for everyone on parish premises, with a deacon available to talk.',
    },
    description: {
      fi: 'Diakonialounas tarjoillaan {paikassa} {päivä} {aika}. Tarjolla on keitto tai laatikkoruoka, leipää ja kahvi.\nLounaalla voi tavata muita ja keskustella diakoniatyöntekijän kanssa. Lounaalle ei tarvitse ilmoittautua.',
      sv: 'Diakonilunchen serveras {på_plats} {dag} {tid}. Det finns soppa eller låda, bröd och kaffe. Ingen anmälan behövs.',
    },
    charge: 'Chargeable',
    chargeInfo: {
      fi: 'Lounas maksaa 3 euroa.',
      sv: 'Lunchen kostar 3 euro.',
      en: 'Lunch costs 3 euros.',
    },
    channels: [{ kind: 'location', place: 'parishCentre' }],
  },
  {
    key: 'social-assistance/basic',
    theme: 'social-assistance',
    sector: 'state',
    provider: 'kela',
    nationwide: true,
    weight: 2,
    names: [
      {
        fi: 'Perustoimeentulotuki',
        sv: 'Grundläggande utkomststöd',
        en: 'Basic social assistance',
      },
    ],
    summary: {
      fi: 'Viimesijainen taloudellinen tuki, kun tulot ja varat eivät riitä välttämättömiin menoihin.',
      sv: 'Ekonomiskt stöd i sista hand när inkomsterna och tillgångarna inte räcker till nödvändiga utgifter.',
      en: 'Last-resort financial support when income and assets do not cover essential expenses.',
    },
    description: {
      fi: 'Perustoimeentulotukea haetaan Kelasta. Ennen kuin haet toimeentulotukea, hae muita etuuksia, joihin sinulla voi olla oikeus, kuten asumistukea tai työttömyysetuutta.\nToimeentulotuki lasketaan kuukaudeksi kerrallaan. Laskelmassa huomioidaan perusosa, asumismenot ja terveydenhuoltomenot sekä kaikki tulosi ja varasi.\nVoit hakea tukea verkossa, postitse tai palvelupisteessä. Jos tarvitset myös täydentävää tai ehkäisevää toimeentulotukea, voit mainita siitä samassa hakemuksessa.',
      sv: 'Grundläggande utkomststöd söks hos FPA. Innan du ansöker om utkomststöd ska du ansöka om andra förmåner, till exempel bostadsbidrag eller arbetslöshetsförmån.\nUtkomststödet beräknas för en månad i taget.',
      en: 'Basic social assistance is applied for from Kela. Before applying, apply for other benefits you may be entitled to, such as housing allowance or unemployment benefit.\nSocial assistance is calculated one month at a time.',
    },
    instruction: {
      fi: 'Näin haet perustoimeentulotukea:\n1. Hae ensin muut etuudet, joihin sinulla voi olla oikeus.\n2. Täytä hakemus verkossa tai lomakkeella TO1.\n3. Liitä mukaan tiliotteet ja laskut, joihin haet tukea.\n4. Kela pyytää tarvittaessa lisäselvitystä.',
      sv: 'Så ansöker du om grundläggande utkomststöd:\n1. Ansök först om andra förmåner som du kan ha rätt till.\n2. Fyll i ansökan på nätet eller på blankett TO1.\n3. Bifoga kontoutdrag och räkningar.\n4. FPA begär vid behov tilläggsutredning.',
      en: 'How to apply for basic social assistance:\n1. First apply for any other benefits you may be entitled to.\n2. Fill in the application online or on form TO1.\n3. Attach bank statements and the bills you need help with.\n4. Kela will ask for more information if needed.',
    },
    languages: ['se'],
    channels: [
      {
        kind: 'echannel',
        name: {
          fi: 'Hae toimeentulotukea verkossa',
          sv: 'Ansök om utkomststöd på nätet',
          en: 'Apply for social assistance online',
        },
      },
      { kind: 'phone', line: 'kelaSocialAssistance' },
      { kind: 'location', place: 'kelaOffice', p: 0.5 },
      {
        kind: 'form',
        p: 0.4,
        name: {
          fi: 'Toimeentulotukihakemus (TO1)',
          sv: 'Ansökan om utkomststöd (TO1)',
          en: 'Social assistance application (TO1)',
        },
      },
    ],
  },
  {
    key: 'social-assistance/supplementary',
    theme: 'social-assistance',
    sector: 'county',
    unit: 'adults',
    weight: 2,
    names: [
      {
        fi: 'Täydentävä ja ehkäisevä toimeentulotuki',
        sv: 'Kompletterande och förebyggande utkomststöd',
        en: 'Supplementary and preventive social assistance',
      },
    ],
    summary: {
      fi: 'Hyvinvointialue voi myöntää tukea erityisiin menoihin ja ehkäistä taloudellisen tilanteen heikkenemistä.',
      sv: 'Välfärdsområdet kan bevilja stöd för särskilda utgifter och förebygga att ekonomin försämras.',
      en: 'The wellbeing services county can grant support for special expenses and to prevent your situation from worsening.',
    },
    description: {
      fi: 'Täydentävää toimeentulotukea voidaan myöntää menoihin, joita perustoimeentulotuki ei kata, esimerkiksi muuttokuluihin tai lapsen harrastukseen. Ehkäisevällä toimeentulotuella tuetaan esimerkiksi vuokrarästien hoitamista, jotta asunto ei menisi alta.\nHae ensin perustoimeentulotukea Kelasta. Kela siirtää pyynnöstäsi täydentävää ja ehkäisevää tukea koskevan hakemuksen hyvinvointialueelle.\nSosiaalityöntekijä tai -ohjaaja arvioi tilanteesi kokonaisuutena ja voi ohjata myös muihin palveluihin.',
      sv: 'Kompletterande utkomststöd kan beviljas för utgifter som det grundläggande stödet inte täcker. Förebyggande utkomststöd kan användas till exempel för att betala hyresskulder.\nAnsök först om grundläggande utkomststöd hos FPA.',
    },
    channels: [
      { kind: 'phone', line: 'countySocialAdvice' },
      { kind: 'location', place: 'socialOffice', p: 0.6 },
      {
        kind: 'echannel',
        p: 0.5,
        name: { fi: 'Sosiaalipalvelujen sähköinen asiointi', sv: 'Socialtjänstens e-tjänst' },
      },
    ],
  },
  {
    key: 'social-work/adult-social-work',
    theme: 'social-work',
    sector: 'county',
    unit: 'adults',
    names: [
      { fi: 'Aikuissosiaalityö', sv: 'Socialt arbete för vuxna', en: 'Social work for adults' },
      { fi: 'Sosiaaliohjaus aikuisille', sv: 'Social handledning för vuxna' },
    ],
    summary: {
      fi: 'Tukea työikäisille, kun elämäntilanne on vaikea: toimeentulo, asuminen, päihteet tai syrjäytymisen uhka.',
      sv: 'Stöd för personer i arbetsför ålder när livssituationen är svår.',
      en: 'Support for working-age adults in difficult situations involving income, housing, substances or the risk of exclusion.',
    },
    description: {
      fi: 'Aikuissosiaalityössä sosiaalityöntekijä ja -ohjaaja auttavat sinua selvittämään tilannettasi ja laativat kanssasi suunnitelman. Tuki voi sisältää esimerkiksi raha-asioiden järjestämistä, asunnon hakemista tai ohjausta kuntouttavaan työtoimintaan.\nVoit ottaa yhteyttä itse, tai yhteydenoton voi tehdä läheisesi tai ammattilainen.',
      sv: 'Inom det sociala arbetet för vuxna hjälper socialarbetaren och socialhandledaren dig att reda ut din situation och gör upp en plan tillsammans med dig.',
    },
    channels: [
      { kind: 'phone', line: 'countySocialAdvice' },
      { kind: 'location', place: 'socialOffice', p: 0.6 },
    ],
  },
  {
    key: 'social-work/social-counselling',
    theme: 'social-work',
    sector: 'association',
    kinds: ['settlement', 'redCross'],
    names: [
      { fi: 'Sosiaalineuvonta', sv: 'Social rådgivning', en: 'Social counselling' },
      { fi: 'Sosiaaliohjauksen neuvontapiste', sv: 'Rådgivningspunkt för social handledning' },
    ],
    summary: {
      fi: 'Maksutonta neuvontaa, kun arjessa on monta asiaa yhtä aikaa: raha, asunto, etuudet tai jaksaminen.',
      sv: 'Avgiftfri rådgivning när många saker i vardagen hopar sig: pengar, bostad, förmåner eller ork.',
      en: 'Free advice when several things pile up at once: money, housing, benefits or coping.',
    },
    description: {
      fi: '{org} tarjoaa {kunnassa} matalan kynnyksen sosiaalineuvontaa. Ohjaaja kuuntelee, selvittää kanssasi, mistä apua saa, ja ohjaa tarvittaessa aikuissosiaalityöhön tai sosiaalipäivystykseen.\nNeuvontaan voi tulla ilman ajanvarausta {paikassa}.',
      sv: '{org} erbjuder social rådgivning med låg tröskel {i_kommun}. Handledaren reder ut var du kan få hjälp och hänvisar vid behov till socialt arbete för vuxna eller socialjouren.',
      en: '{org} offers low-threshold social counselling in {municipality}. The counsellor helps you find out where to get help and refers you to adult social work or out-of-hours social services when needed.',
    },
    channels: [
      { kind: 'location', place: 'associationHouse' },
      {
        kind: 'phone',
        p: 0.7,
        name: { fi: 'Sosiaalineuvonnan puhelin', sv: 'Social rådgivning per telefon' },
      },
    ],
  },
  {
    key: 'social-assistance/form-help',
    theme: 'social-assistance',
    sector: 'association',
    kinds: ['unemployed', 'redCross', 'multicultural', 'settlement'],
    group: true,
    names: [
      {
        fi: 'Apua Kela-hakemusten täyttämiseen',
        sv: 'Hjälp med FPA-ansökningar',
        en: 'Help with Kela applications',
      },
      { fi: 'Lomakeneuvonta', sv: 'Blankettrådgivning', en: 'Help with forms' },
    ],
    summary: {
      fi: 'Vapaaehtoiset auttavat täyttämään toimeentulotuki-, asumistuki- ja muita hakemuksia paperilla tai verkossa.',
      sv: 'Frivilliga hjälper dig att fylla i ansökningar om utkomststöd, bostadsbidrag och andra förmåner.',
      en: 'Volunteers help you fill in applications for social assistance, housing allowance and other benefits.',
    },
    description: {
      fi: 'Lomakeneuvonta on avoinna {paikassa} {päivä} {aika}. Autamme esimerkiksi toimeentulotuki-, asumistuki- ja työttömyysturvahakemusten kanssa sekä selvittämään, mitä liitteitä hakemukseen tarvitaan.\nOta mukaan henkilötodistus, tiliotteet ja vuokrasopimus. Jos asioit verkossa, tarvitset pankkitunnukset tai mobiilivarmenteen.\nNeuvonta on maksutonta, eikä sinun tarvitse varata aikaa.',
      sv: 'Blankettrådgivningen är öppen {på_plats} {dag} {tid}. Vi hjälper med ansökningar om utkomststöd, bostadsbidrag och arbetslöshetsförmåner. Ta med identitetsbevis och kontoutdrag.',
      en: 'Form help is open {at_place} {day} {time}. We help with applications for social assistance, housing allowance and unemployment benefits. Bring your ID and bank statements.',
    },
    languages: ['en', 'ar', 'ru'],
    channels: [
      { kind: 'location', place: 'associationOffice', p: 0.6 },
      { kind: 'location', place: 'library', p: 0.4 },
    ],
  },
];
