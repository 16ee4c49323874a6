/** Loneliness, peer support, parishes, grief and loss. */
import type { Concept } from '../types.ts';

export const communityConcepts: Concept[] = [
  {
    key: 'befriending',
    name: ['Ystävätoiminta', 'Vänverksamhet', 'Befriending service'],
    summary: [
      'Koulutettu vapaaehtoinen ystävä tulee seuraksi kotiin, kävelylle tai asioille.',
      'En utbildad frivillig vän kommer på besök, följer med på promenad eller ärenden.',
      'A trained volunteer friend visits you at home or joins you for walks and errands.',
    ],
    description: [
      'Tunnetko itsesi yksinäiseksi tai kaipaatko juttuseuraa? Välitämme vapaaehtoisia ystäviä, jotka tapaavat ystäväänsä säännöllisesti, esimerkiksi kerran viikossa. Ystävää voi toivoa itselleen tai läheiselleen.',
      'Känner du dig ensam eller saknar du någon att prata med? Vi förmedlar frivilliga vänner.',
      'Do you feel lonely or miss having someone to talk to? We match you with a volunteer friend.',
    ],
    keywords: ['ystävä', 'seuraa', 'yksinäisyys', 'vapaaehtoinen'],
    classes: ['P4.12'],
    targetGroups: ['KR1'],
    channels: ['phone', 'visit'],
    at: [
      [
        'red-cross',
        ['853'],
        { name: ['Ystävätoiminta, Turku', 'Vänverksamhet, Åbo', 'Befriending service, Turku'] },
      ],
      [
        'red-cross',
        ['202'],
        {
          name: [
            'Ystävätoiminta, Kaarina',
            'Vänverksamhet, S:t Karins',
            'Befriending service, Kaarina',
          ],
        },
      ],
      [
        'red-cross',
        ['734'],
        { name: ['Ystävätoiminta, Salo', 'Vänverksamhet, Salo', 'Befriending service, Salo'] },
      ],
      [
        'uusikaupunki-parish',
        ['895'],
        { name: ['Seurakunnan ystäväpalvelu', 'Församlingens väntjänst'] },
      ],
    ],
  },
  {
    key: 'residents-lounge',
    name: ['Asukastupa', 'Invånarstuga', 'Residents’ lounge'],
    summary: [
      'Maksuton kohtaamispaikka, jonne voi tulla juomaan kahvia, lukemaan lehtiä ja juttelemaan ilman ajanvarausta.',
      'En avgiftsfri mötesplats där du kan dricka kaffe och prata utan tidsbokning.',
      'A free meeting place where you can drop in for coffee, read the papers and chat.',
    ],
    description: [
      'Asukastupa on kaikille avoin olohuone. Viikoittain on bingoa, käsityöpiiri ja yhteislaulua, ja ohjaaja auttaa lomakkeiden täyttämisessä. Kahvi maksaa 50 senttiä.',
    ],
    keywords: ['olohuone', 'kohtaamispaikka', 'seuraa'],
    classes: ['P25.5', 'P4.12'],
    channels: ['visit'],
    at: [
      [
        'turku',
        ['853'],
        { name: ['Varissuon asukastupa', 'Invånarstugan i Vårdberg'], accessible: true },
      ],
      ['turku', ['853'], { name: ['Runosmäen asukastupa'] }],
      ['salo', ['734'], { name: ['Salon asukastupa'], accessible: true }],
    ],
  },
  {
    key: 'silver-line',
    name: [
      'Hopealinja – juttuseuraa puhelimessa',
      'Silverlinjen – samtalsvän i telefon',
      'Silver Line phone company for older people',
    ],
    summary: [
      'Yksinäisille ikäihmisille maksuton puhelinlinja, johon voi soittaa juttelemaan.',
      'En avgiftsfri telefonlinje för ensamma äldre.',
      'A free phone line older people can call just to chat.',
    ],
    description: [
      'Hopealinjaan vastaavat koulutetut vapaaehtoiset. Soittaa voi, kun kaipaa seuraa tai haluaa jakaa päivän kuulumiset.',
    ],
    keywords: ['yksinäisyys', 'puhelinystävä'],
    classes: ['P4.12'],
    targetGroups: ['KR1.1'],
    channels: ['phone'],
    at: [['silver-line', 'nationwide']],
  },
  {
    key: 'parish-open-house',
    name: ['Diakonian avoin olohuone', 'Diakonins öppna vardagsrum', 'Parish drop-in living room'],
    summary: [
      'Seurakunnan kaikille avoin kohtaamispaikka: kahvia, seuraa ja mahdollisuus keskustella diakonin kanssa.',
      'Församlingens öppna mötesplats: kaffe, sällskap och samtal med diakon.',
      'An open parish meeting place: coffee, company and a chance to talk with a deacon.',
    ],
    description: [
      'Avoimeen olohuoneeseen voi tulla yksin ja viipyä niin kauan kuin haluaa. Tarjolla on aamupala ja päivän lehdet.',
      'Till det öppna vardagsrummet kan du komma ensam och stanna så länge du vill.',
      'Come alone and stay as long as you like; breakfast and papers are served.',
    ],
    classes: ['P25.6', 'P4.12'],
    channels: ['visit'],
    at: [
      ['turku-parish', ['853']],
      ['salo-parish', ['734']],
      [
        'pargas-parish',
        ['445'],
        {
          name: ['Öppna vardagsrummet', 'Diakonian avoin olohuone, Parainen'],
          languages: ['sv', 'fi'],
        },
      ],
    ],
  },
  {
    key: 'men-meeting-place',
    name: ['Miesten kohtaamispaikka', 'Mötesplats för män', 'Meeting place for men'],
    summary: [
      'Miehille tarkoitettu kohtaamispaikka, vertaisryhmiä ja keskusteluapua erotilanteissa ja kriiseissä.',
      'En mötesplats för män med kamratgrupper och samtalsstöd.',
      'A meeting place for men with peer groups and counselling in breakups and crises.',
    ],
    description: [
      'Miessakit järjestää miehille keskusteluryhmiä, eroryhmiä ja yksilökeskusteluja. Toiminta on maksutonta.',
    ],
    classes: ['P4.12', 'P3.1'],
    channels: ['visit', 'phone'],
    at: [['men', ['853', '202', '680']]],
  },
  {
    key: 'support-person',
    name: ['Tukihenkilötoiminta', 'Stödpersonsverksamhet', 'Support person service'],
    summary: [
      'Vapaaehtoinen tukihenkilö kulkee rinnalla vaikeassa elämäntilanteessa.',
      'En frivillig stödperson finns vid din sida i en svår situation.',
      'A volunteer support person walks alongside you in a difficult situation.',
    ],
    description: [
      'Tukihenkilö voi lähteä mukaan viranomaisasiointiin, auttaa arjen asioissa tai olla keskustelukumppani. Tukihenkilöt ovat koulutettuja ja sitoutuneet vaitioloon.',
    ],
    classes: ['P4.12'],
    channels: ['phone'],
    at: [['city-mission', ['853', '202']]],
  },
  {
    key: 'diaconal-reception',
    name: ['Diakoniatyön vastaanotto', 'Diakonimottagning', 'Diaconal reception'],
    summary: [
      'Diakoniatyöntekijän kanssa voi keskustella elämän vaikeuksista ja saada apua taloudelliseen hätään.',
      'Hos diakoniarbetaren kan du tala om svårigheter och få hjälp i ekonomisk nöd.',
      'Talk to a deacon about life’s difficulties and get help in financial hardship.',
    ],
    description: [
      'Diakoniatyöntekijä kuuntelee ja auttaa, kun elämässä on yksinäisyyttä, sairautta, surua tai rahahuolia. Vastaanotolle voi varata ajan tai tulla päivystysaikaan. Apua saa uskontokunnasta riippumatta.',
      'Diakoniarbetaren lyssnar och hjälper vid ensamhet, sjukdom, sorg eller penningbekymmer.',
      'The deacon listens and helps with loneliness, illness, grief or money worries.',
    ],
    keywords: ['diakonia', 'diakoni', 'keskusteluapu'],
    classes: ['P25.6', 'P4.12'],
    channels: ['visit', 'phone'],
    at: [
      ['turku-parish', ['853', '202']],
      ['salo-parish', ['734']],
      ['raisio-parish', ['680']],
      ['uusikaupunki-parish', ['895']],
      ['loimaa-parish', ['430']],
      [
        'pargas-parish',
        ['445'],
        {
          name: ['Diakonimottagning', 'Diakoniatyön vastaanotto, Parainen'],
          languages: ['sv', 'fi'],
        },
      ],
    ],
  },
  {
    key: 'grief-group',
    name: ['Sururyhmä', 'Sorggrupp', 'Grief support group'],
    summary: [
      'Läheisensä menettäneille tarkoitettu ryhmä, jossa surua voi käsitellä yhdessä muiden kanssa.',
      'En grupp för den som förlorat en närstående.',
      'A group for people who have lost someone close, to work through grief together.',
    ],
    description: [
      'Sururyhmä kokoontuu kuusi kertaa. Ryhmää ohjaavat diakoniatyöntekijä ja pappi. Ryhmään voi tulla, kun läheisen kuolemasta on kulunut vähintään kolme kuukautta.',
      'Sorggruppen träffas sex gånger och leds av en diakon och en präst.',
      'The group meets six times, led by a deacon and a priest.',
    ],
    keywords: ['suru', 'menetys', 'leski'],
    classes: ['P25.6', 'P4.12'],
    lifeEvents: ['KE14'],
    channels: ['visit'],
    at: [
      ['turku-parish', ['853', '202']],
      ['salo-parish', ['734']],
      ['raisio-parish', ['680']],
      [
        'abo-svenska',
        ['853', '202'],
        { name: ['Sorggrupp', 'Sururyhmä ruotsiksi'], languages: ['sv'] },
      ],
    ],
  },
  {
    key: 'funeral',
    name: [
      'Hautaan siunaaminen ja hautapaikat',
      'Jordfästning och gravplatser',
      'Funerals and burial plots',
    ],
    summary: [
      'Siunaustilaisuuden sopiminen, hautapaikan varaus ja hautainhoito.',
      'Jordfästning, gravplatser och gravskötsel.',
      'Arranging a funeral service, reserving a grave and grave care.',
    ],
    description: [
      'Kun läheinen kuolee, ota yhteyttä seurakuntaan siunauksen ja hautauksen sopimiseksi. Pappi tapaa omaiset ennen siunaustilaisuutta.',
    ],
    keywords: ['hautajaiset', 'hautaus'],
    classes: ['P25.6'],
    lifeEvents: ['KE14'],
    chargeable: true,
    channels: ['phone', 'visit'],
    at: [
      ['turku-parish', ['853', '202']],
      ['salo-parish', ['734']],
    ],
  },
  {
    key: 'wedding',
    name: ['Kirkollinen vihkiminen', 'Kyrklig vigsel', 'Church wedding'],
    summary: [
      'Vihkimisen ja avioliiton esteiden tutkinnan varaaminen.',
      'Bokning av vigsel och hindersprövning.',
      'Booking a wedding and the marriage impediment check.',
    ],
    description: [
      'Vihkiaika varataan seurakunnan keskusvirastosta. Avioliiton esteiden tutkintaa pyydetään Digi- ja väestötietovirastolta tai seurakunnasta.',
    ],
    classes: ['P25.6', 'P3.1'],
    channels: ['phone', 'online'],
    at: [['turku-parish', ['853', '202']]],
  },
  {
    key: 'young-widows',
    name: [
      'Nuorten leskien vertaistuki',
      'Kamratstöd för unga änkor och änklingar',
      'Peer support for young widows and widowers',
    ],
    summary: [
      'Vertaistukea työikäisenä puolisonsa menettäneille: tapaamisia, verkkoryhmiä ja tukihenkilöitä.',
      'Kamratstöd för dem som förlorat sin make eller maka i arbetsför ålder.',
      'Peer support for people who lost a spouse at working age.',
    ],
    description: ['Yhdistys järjestää leskille vertaistapaamisia eri puolilla Suomea ja verkossa.'],
    classes: ['P4.12'],
    lifeEvents: ['KE14'],
    channels: ['online', 'phone'],
    at: [['widows', 'nationwide']],
  },
];
