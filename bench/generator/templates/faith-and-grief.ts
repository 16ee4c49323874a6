/** Templates: spiritual support, grief and loss. */
import type { ServiceTemplate } from './types.ts';

export const faithAndGriefTemplates: ServiceTemplate[] = [
  {
    key: 'spiritual-support/diaconal-drop-in',
    theme: 'spiritual-support',
    sector: 'parish',
    weight: 3,
    names: [
      { fi: 'Diakoniatyön vastaanotto', sv: 'Diakonimottagning', en: 'Diaconal work drop-in' },
      {
        fi: 'Keskusteluapua diakoniatyöntekijältä',
        sv: 'Samtal med diakoniarbetare',
        en: 'Talk to a deacon',
      },
      { fi: 'Diakoniavastaanotto' },
    ],
    summary: {
      fi: 'Diakoniatyöntekijä kuuntelee ja auttaa, kun elämässä on vaikeaa. Keskustelut ovat luottamuksellisia ja maksuttomia.',
      sv: 'Diakoniarbetaren lyssnar och hjälper när livet är svårt. Samtalen är konfidentiella och avgiftsfria.',
      en: 'A deacon listens and helps when life is hard. Conversations are confidential and free of charge.',
    },
    description: {
      fi: 'Diakoniatyöntekijän vastaanotolle voit tulla, kun mieltäsi painaa yksinäisyys, sairaus, raha-asiat tai elämän kriisi. Yhdessä mietitään, mikä auttaisi juuri sinun tilanteessasi.\nDiakoniatyöntekijä voi muun muassa\n* kuunnella ja keskustella\n* auttaa hakemaan tukia ja ohjata oikeisiin palveluihin\n* myöntää harkinnanvaraista taloudellista apua, esimerkiksi ruokakortin\n* tehdä kotikäynnin, jos et itse pääse liikkeelle\nVastaanotto on {paikassa}. Aikaa ei aina tarvitse varata, mutta soittamalla varmistat, että työntekijä ehtii paikalle. Apu ei edellytä kirkkoon kuulumista.',
      sv: 'Till diakonimottagningen kan du komma när ensamhet, sjukdom, pengar eller en kris tynger dig. Tillsammans funderar vi på vad som kunde hjälpa.\nDiakoniarbetaren kan lyssna, hjälpa dig att ansöka om stöd, bevilja behovsprövad ekonomisk hjälp och göra hembesök.\nMottagningen finns {på_plats}. Du behöver inte vara medlem i kyrkan.',
      en: 'You can visit a deacon when loneliness, illness, money worries or a life crisis weigh on you. Together you think about what would help in your situation.\nThe deacon can listen, help you apply for benefits, grant discretionary financial help such as a food card, and make home visits.\nThe drop-in is {at_place}. You do not need to be a church member.',
    },
    keywords: {
      fi: ['diakonia', 'keskusteluapu', 'taloudellinen apu'],
      sv: ['diakoni', 'samtalsstöd'],
      en: ['deacon', 'church'],
    },
    serviceClasses: ['P25.6', 'P4.12', 'P15.1'],
    channels: [
      { kind: 'location', place: 'parishCentre' },
      {
        kind: 'phone',
        name: {
          fi: 'Diakoniatyön ajanvaraus',
          sv: 'Diakonins tidsbokning',
          en: 'Diaconal work appointments',
        },
      },
      { kind: 'web', p: 0.5 },
    ],
  },
  {
    key: 'spiritual-support/pastoral-care',
    theme: 'spiritual-support',
    sector: 'parish',
    names: [
      { fi: 'Sielunhoito ja rippi', sv: 'Själavård och bikt', en: 'Pastoral care and confession' },
      { fi: 'Keskustelu papin kanssa', sv: 'Samtal med en präst' },
    ],
    summary: {
      fi: 'Voit varata ajan luottamukselliseen keskusteluun papin kanssa. Pappia sitoo ehdoton vaitiolovelvollisuus.',
      sv: 'Du kan boka tid för ett förtroligt samtal med en präst. Prästen har absolut tystnadsplikt.',
      en: 'You can book a confidential conversation with a priest, who is bound by absolute confidentiality.',
    },
    description: {
      fi: 'Sielunhoidollisessa keskustelussa voit puhua mistä tahansa elämääsi koskettavasta: surusta, syyllisyydestä, parisuhteesta, uskosta tai epäuskosta. Keskustelu voi päättyä rukoukseen tai synninpäästöön, jos niin toivot.\nPappi tulee tarvittaessa myös kotiin, sairaalaan tai palvelutaloon. Ota yhteyttä kirkkoherranvirastoon tai suoraan papistoon.',
      sv: 'I ett själavårdande samtal kan du tala om allt som berör ditt liv: sorg, skuld, relationer, tro eller tvivel. Prästen kan också komma hem till dig eller till sjukhuset.',
    },
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Kirkkoherranvirasto', sv: 'Pastorskansliet', en: 'Parish office' },
      },
      { kind: 'location', place: 'church', p: 0.4 },
    ],
  },
  {
    key: 'spiritual-support/church-helpline',
    theme: 'spiritual-support',
    sector: 'national',
    provider: 'kirkkohallitus',
    nationwide: true,
    names: [
      {
        fi: 'Kirkon keskusteluapu',
        sv: 'Kyrkans samtalstjänst',
        en: 'Church conversation support',
      },
    ],
    summary: {
      fi: 'Kirkon keskusteluavun puhelimessa ja chatissa voit puhua nimettömästi koulutetun päivystäjän kanssa.',
      en: 'Talk anonymously with a trained volunteer by phone or chat.',
    },
    description: {
      fi: 'Kirkon keskusteluapu on tarkoitettu kaikille, jotka kaipaavat keskustelukumppania. Voit soittaa tai kirjoittaa nimettömästi, eikä päivystäjä näe puhelinnumeroasi.\nPäivystäjät ovat koulutettuja vapaaehtoisia ja kirkon työntekijöitä, joita sitoo vaitiolovelvollisuus. Keskustelun aiheena voi olla mikä tahansa: yksinäisyys, ihmissuhteet, suru, pelko tai usko.',
      en: 'Church conversation support is for anyone who needs someone to talk to. You can call or write anonymously.\nThe volunteers are trained and bound by confidentiality.',
    },
    channels: [
      { kind: 'phone', line: 'churchLine' },
      { kind: 'echannel', name: { fi: 'Kirkon keskusteluavun chat', en: 'Church chat' } },
    ],
  },
  {
    key: 'grief/grief-group',
    theme: 'grief-and-loss',
    sector: 'parish',
    group: true,
    weight: 2,
    names: [
      { fi: 'Sururyhmä', sv: 'Sorgegrupp', en: 'Grief group' },
      { fi: 'Sururyhmä läheisensä menettäneille', sv: 'Sorgegrupp för anhöriga' },
      { fi: 'Leskien vertaisryhmä', sv: 'Kamratgrupp för änkor och änklingar' },
    ],
    summary: {
      fi: 'Sururyhmä on tarkoitettu sinulle, jonka läheinen on kuollut. Ryhmässä jaetaan kokemuksia pienessä ja luottamuksellisessa piirissä.',
      sv: 'Sorgegruppen är till för dig som har förlorat en närstående. Vi delar erfarenheter i en liten och förtrolig grupp.',
      en: 'A grief group for people who have lost someone close, meeting in a small and confidential circle.',
    },
    description: {
      fi: 'Sururyhmä kokoontuu {paikassa} kuusi kertaa {päivä} {aika}. Ryhmä sopii sinulle, jonka läheinen on kuollut noin puoli vuotta – kaksi vuotta sitten.\nRyhmässä puhutaan surun herättämistä ajatuksista ja tunteista ja siitä, miten arki jatkuu menetyksen jälkeen. Ryhmää ohjaavat diakoniatyöntekijä ja pappi.\nRyhmään mahtuu kahdeksan osallistujaa. Ilmoittaudu viimeistään viikkoa ennen ensimmäistä tapaamista.',
      sv: 'Sorgegruppen träffas {på_plats} sex gånger {dag} {tid}. Gruppen passar dig som har förlorat en närstående för ungefär ett halvt till två år sedan.\nGruppen leds av en diakoniarbetare och en präst. Anmäl dig senast en vecka före den första träffen.',
      en: 'The group meets {at_place} six times {day} {time}. It suits you if someone close to you died roughly six months to two years ago.\nThe group is led by a deacon and a priest. Please register at least a week before the first meeting.',
    },
    lifeEvents: ['KE14'],
    channels: [
      { kind: 'location', place: 'parishCentre' },
      { kind: 'phone', p: 0.6, name: { fi: 'Diakoniatyön puhelin', sv: 'Diakonins telefon' } },
    ],
  },
  {
    key: 'grief/funeral',
    theme: 'grief-and-loss',
    sector: 'parish',
    names: [
      { fi: 'Hautaan siunaaminen', sv: 'Jordfästning', en: 'Funeral service' },
      { fi: 'Hautajaisten järjestäminen', sv: 'Begravning i församlingen' },
    ],
    summary: {
      fi: 'Kun läheinen kuolee, seurakunta auttaa siunaustilaisuuden ja hautapaikan järjestämisessä.',
      sv: 'När en närstående dör hjälper församlingen med jordfästningen och gravplatsen.',
      en: 'When someone close dies, the parish helps arrange the funeral service and the grave.',
    },
    description: {
      fi: 'Ota yhteyttä kirkkoherranvirastoon, kun haluat sopia siunaustilaisuuden ajankohdasta. Pappi soittaa omaisille ja sopii muistokeskustelusta, jossa suunnitellaan siunaustilaisuus yhdessä.\nSeurakunnan hautausmaalle voidaan haudata seurakunnan jäsenet ja paikkakunnalla asuneet. Hautapaikasta ja haudan hoidosta peritään hinnaston mukaiset maksut.\nMuistotilaisuuden voi järjestää seurakunnan tiloissa.',
      sv: 'Kontakta pastorskansliet för att komma överens om tidpunkten för jordfästningen. Prästen kontaktar de anhöriga och planerar jordfästningen tillsammans med er.',
    },
    charge: 'Chargeable',
    chargeInfo: {
      fi: 'Siunaustilaisuus on seurakunnan jäsenille maksuton. Hautapaikka ja haudan hoito ovat maksullisia.',
    },
    lifeEvents: ['KE14'],
    industrialClasses: ['9491'],
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Kirkkoherranvirasto', sv: 'Pastorskansliet', en: 'Parish office' },
      },
      { kind: 'web', p: 0.7 },
    ],
  },
  {
    key: 'grief/bereaved-peer-group',
    theme: 'grief-and-loss',
    sector: 'association',
    kinds: ['mentalHealth', 'redCross', 'settlement'],
    group: true,
    names: [
      {
        fi: 'Surevien vertaistukiryhmä',
        sv: 'Kamratgrupp för sörjande',
        en: 'Peer group for the bereaved',
      },
      { fi: 'Itsemurhan kautta läheisensä menettäneiden ryhmä' },
    ],
    summary: {
      fi: 'Vertaisryhmä läheisensä menettäneille. Ryhmässä saa puhua surusta ilman selittelyä.',
      sv: 'Kamratgrupp för den som har förlorat en närstående.',
      en: 'A peer group for people who have lost someone close, where grief can be shared without explaining.',
    },
    description: {
      fi: 'Ryhmä kokoontuu {paikassa} {päivä} {aika}. Ryhmän ohjaajat ovat itsekin menettäneet läheisensä ja käyneet vertaisohjaajakoulutuksen.\nRyhmä on suljettu, ja siihen otetaan kerrallaan kahdeksan osallistujaa. Ota yhteyttä ohjaajaan, niin kerromme seuraavan ryhmän alkamisesta.',
      sv: 'Gruppen träffas {på_plats} {dag} {tid}. Gruppledarna har själva förlorat en närstående.',
      en: 'The group meets {at_place} {day} {time}. The facilitators have lost someone close themselves and are trained peer leaders.',
    },
    lifeEvents: ['KE14'],
    channels: [
      { kind: 'location', place: 'associationOffice' },
      { kind: 'phone', p: 0.6, name: { fi: 'Vertaisryhmien ohjaaja', sv: 'Gruppledaren' } },
    ],
  },
];
