/** Templates: loneliness and peer support. */
import type { ServiceTemplate } from './types.ts';

export const lonelinessTemplates: ServiceTemplate[] = [
  {
    key: 'loneliness/befriending',
    theme: 'loneliness',
    sector: 'association',
    kinds: ['redCross', 'pensioners', 'elderlySupport', 'settlement'],
    weight: 3,
    names: [
      { fi: 'Ystävätoiminta', sv: 'Vänverksamhet', en: 'Befriending service' },
      {
        fi: 'Ystäväpalvelu yksinäisille',
        sv: 'Väntjänst för ensamma',
        en: 'Befriending for lonely people',
      },
      { fi: 'Vapaaehtoinen ystävä kotiin' },
    ],
    summary: {
      fi: 'Koulutettu vapaaehtoinen ystävä tulee seuraksi kotiin, kävelylle tai asioille. Palvelu on maksuton.',
      sv: 'En utbildad frivillig vän kommer på besök, följer med på promenad eller på ärenden. Tjänsten är avgiftsfri.',
      en: 'A trained volunteer friend visits you at home, joins you for walks or comes along on errands. The service is free.',
    },
    description: {
      fi: 'Tunnetko itsesi yksinäiseksi tai kaipaatko juttuseuraa? {org} välittää {kunnassa} asuville vapaaehtoisia ystäviä, jotka tapaavat ystäväänsä säännöllisesti, esimerkiksi kerran viikossa tai joka toinen viikko.\nYstävän kanssa voi jutella, ulkoilla, käydä kahvilla tai lähteä yhdessä tapahtumiin. Ystävä ei tee kotitöitä eikä hoida sairaanhoidollisia tehtäviä.\nVapaaehtoiset ovat käyneet ystävätoiminnan peruskurssin, ja heitä sitoo vaitiolovelvollisuus. Ystävää voi toivoa itselleen tai läheiselleen.',
      sv: 'Känner du dig ensam eller saknar du någon att prata med? {org} förmedlar frivilliga vänner till personer som bor {i_kommun}. Vännen träffar dig regelbundet, till exempel en gång i veckan eller varannan vecka.\nTillsammans kan ni prata, promenera, dricka kaffe eller gå på evenemang. Vännen gör inte hushållsarbete och utför inga vårdåtgärder.\nDe frivilliga har gått en grundkurs i vänverksamhet och har tystnadsplikt.',
      en: 'Do you feel lonely or miss having someone to talk to? {org} matches people living in {municipality} with volunteer friends who meet them regularly, for example once a week or every other week.\nYou can chat, go for walks, have coffee or attend events together. The volunteer does not do housework or provide care.\nAll volunteers have completed a basic befriending course and are bound by confidentiality.',
    },
    instruction: {
      fi: 'Soita tai lähetä sähköpostia ystävätoiminnan ohjaajalle. Kerro, millaista seuraa toivot ja milloin sinulle sopii tavata, niin sovimme tutustumiskäynnin.',
      sv: 'Ring eller skicka e-post till vänverksamhetens handledare och berätta vilket slags sällskap du önskar.',
    },
    keywords: {
      fi: ['ystävä', 'seuraa', 'vapaaehtoinen', 'juttukaveri'],
      sv: ['vän', 'sällskap'],
      en: ['friend', 'company'],
    },
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Ystävätoiminnan puhelin',
          sv: 'Vänverksamhetens telefon',
          en: 'Befriending service phone',
        },
      },
      { kind: 'location', place: 'associationOffice', p: 0.4 },
      {
        kind: 'web',
        p: 0.5,
        name: {
          fi: 'Ystävätoiminta verkossa',
          sv: 'Vänverksamheten på webben',
          en: 'Befriending online',
        },
      },
    ],
  },
  {
    key: 'loneliness/residents-lounge',
    theme: 'loneliness',
    sector: 'municipality',
    unit: 'leisure',
    weight: 2,
    names: [
      { fi: 'Asukastupa', sv: 'Invånarstugan', en: "Residents' lounge" },
      { fi: 'Avoin olohuone', sv: 'Öppet vardagsrum', en: 'Open living room' },
      { fi: 'Kohtaamispaikka kaikille' },
    ],
    summary: {
      fi: 'Maksuton kohtaamispaikka, jonne voi tulla juomaan kahvia, lukemaan lehtiä ja juttelemaan ilman ajanvarausta.',
      sv: 'En avgiftsfri mötesplats där du kan dricka kaffe, läsa tidningar och prata utan tidsbokning.',
      en: 'A free meeting place where you can drop in for coffee, read the papers and chat, no appointment needed.',
    },
    description: {
      fi: '{paikka} on kaikille avoin olohuone {kunnassa}. Voit tulla paikalle ilman ajanvarausta, juoda kupin kahvia, lukea päivän lehdet tai vain jutella muiden kävijöiden kanssa.\nTuvalla on viikoittain myös yhteistä ohjelmaa:\n* bingoa ja muistipelejä\n* käsityöpiiri\n* tietovisoja ja yhteislaulua\n* ohjaajan neuvontaa arjen asioissa, esimerkiksi lomakkeiden täyttämisessä\nKahvi maksaa 50 senttiä. Tilat ovat esteettömät.',
      sv: '{plats} är ett öppet vardagsrum för alla {i_kommun}. Du kan komma utan tidsbokning, dricka en kopp kaffe, läsa dagens tidningar eller bara prata med andra besökare.\nVarje vecka ordnas också gemensamt program, till exempel bingo, handarbetscirkel och allsång.\nKaffet kostar 50 cent. Lokalerna är tillgängliga.',
      en: "{place} is an open living room for everyone in {municipality}. Drop in without an appointment, have a cup of coffee, read the day's papers or just chat with other visitors.\nThere is a weekly programme of bingo, a crafts circle, quizzes and sing-alongs, and staff can help with everyday matters such as filling in forms.",
    },
    keywords: { fi: ['olohuone', 'kahvila', 'kohtaamispaikka', 'seuraa'], sv: ['mötesplats'] },
    channels: [
      { kind: 'location', place: 'residentsLounge' },
      { kind: 'phone', p: 0.3, name: { fi: 'Asukastuvan puhelin', sv: 'Invånarstugans telefon' } },
    ],
  },
  {
    key: 'loneliness/parish-day-circle',
    theme: 'loneliness',
    sector: 'parish',
    group: true,
    weight: 2,
    names: [
      { fi: 'Päiväpiiri', sv: 'Dagklubben', en: 'Day circle' },
      { fi: 'Kohtaamiskahvila', sv: 'Samtalskafé', en: 'Drop-in café' },
      { fi: 'Miesten piiri', sv: 'Mansgruppen', en: "Men's circle" },
    ],
    summary: {
      fi: 'Seurakunnan avoin päiväpiiri, jossa juodaan kahvia, jutellaan ja lauletaan yhdessä. Tervetuloa yksin tai ystävän kanssa.',
      sv: 'Församlingens öppna dagklubb där vi dricker kaffe, pratar och sjunger tillsammans.',
      en: 'An open parish circle for coffee, conversation and singing together. Come alone or bring a friend.',
    },
    description: {
      fi: '{org} järjestää päiväpiirin {paikassa} {päivä} {aika}. Piirissä juodaan kahvia, lauletaan yhdessä, kuullaan lyhyt hartaus ja jutellaan ajankohtaisista asioista.\nPiiri on avoin kaikille, eikä osallistuminen edellytä kirkkoon kuulumista. Moni tulee ensimmäistä kertaa yksin, joten sinua odotetaan.\nKahvimaksu on vapaaehtoinen. Jos tarvitset kyytiä, ota yhteyttä diakoniatyöntekijään.',
      sv: '{org} ordnar dagklubb {på_plats} {dag} {tid}. Vi dricker kaffe, sjunger, hör en kort andakt och pratar om aktuella saker.\nKlubben är öppen för alla, och du behöver inte vara medlem i kyrkan. Kaffeavgiften är frivillig.',
      en: '{org} hosts a day circle {at_place} {day} {time}. We have coffee, sing together, hear a short devotion and talk about current matters.\nEveryone is welcome, whether or not you belong to the church.',
    },
    keywords: { fi: ['diakonia', 'kerho', 'seurakunta'], sv: ['diakoni', 'klubb'] },
    channels: [
      { kind: 'location', place: 'parishCentre' },
      {
        kind: 'phone',
        p: 0.5,
        name: { fi: 'Diakoniatyön puhelin', sv: 'Diakonins telefon', en: 'Diaconal work phone' },
      },
    ],
  },
  {
    key: 'peer-support/support-person',
    theme: 'peer-support',
    sector: 'association',
    kinds: ['redCross', 'settlement', 'mentalHealth'],
    names: [
      { fi: 'Tukihenkilötoiminta', sv: 'Stödpersonsverksamhet', en: 'Support person service' },
      { fi: 'Tukihenkilö arjen tueksi', sv: 'Stödperson i vardagen' },
    ],
    summary: {
      fi: 'Vapaaehtoinen tukihenkilö kulkee rinnalla vaikeassa elämäntilanteessa, esimerkiksi eron, sairauden tai muuton jälkeen.',
      sv: 'En frivillig stödperson finns vid din sida i en svår livssituation, till exempel efter en skilsmässa eller en flytt.',
      en: 'A volunteer support person walks alongside you in a difficult situation, for example after a divorce, illness or move.',
    },
    description: {
      fi: 'Tukihenkilö on koulutettu vapaaehtoinen, joka tapaa sinua säännöllisesti sovitun ajan, yleensä puolesta vuodesta vuoteen. Tapaamisissa voi puhua mieltä painavista asioista, harjoitella arjen taitoja tai lähteä yhdessä liikkeelle.\nTukihenkilö ei korvaa ammattiapua, mutta hän voi auttaa löytämään oikeat palvelut {kunnassa} ja kulkea mukana ensimmäisillä käynneillä.\nToiminta on maksutonta ja luottamuksellista.',
      sv: 'Stödpersonen är en utbildad frivillig som träffar dig regelbundet under en överenskommen tid, oftast ett halvt år till ett år.\nStödpersonen ersätter inte professionell hjälp men kan hjälpa dig att hitta rätt tjänster {i_kommun}.',
    },
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Tukihenkilötoiminnan koordinaattori',
          sv: 'Koordinator för stödpersonsverksamheten',
        },
      },
      { kind: 'web', p: 0.6 },
    ],
  },
  {
    key: 'peer-support/experts-by-experience',
    theme: 'peer-support',
    sector: 'association',
    kinds: ['mentalHealth', 'soberClub', 'patients'],
    group: true,
    names: [
      { fi: 'Vertaistukiryhmä', sv: 'Kamratstödsgrupp', en: 'Peer support group' },
      { fi: 'Kokemusasiantuntijoiden vertaisryhmä' },
      { fi: 'Keskusteluryhmä', sv: 'Samtalsgrupp' },
    ],
    summary: {
      fi: 'Avoin vertaisryhmä, jossa samaa kokeneet jakavat kokemuksia ja tukevat toisiaan. Ohjaajina koulutetut kokemusasiantuntijat.',
      sv: 'En öppen kamratgrupp där personer med liknande erfarenheter stöder varandra.',
      en: 'An open peer group where people with similar experiences share and support each other, led by trained experts by experience.',
    },
    description: {
      fi: 'Vertaisryhmä kokoontuu {paikassa} {päivä} {aika}. Ryhmässä saat puhua omista kokemuksistasi omalla tavallasi – tai vain kuunnella. Monelle tärkeintä on huomata, ettei ole tilanteensa kanssa yksin.\nRyhmää ohjaavat koulutetut kokemusasiantuntijat. Ryhmässä sovitaan yhteisistä pelisäännöistä, ja kaikki kerrottu jää ryhmän sisälle.\nRyhmään ei tarvitse ilmoittautua, ja se on maksuton.',
      sv: 'Gruppen träffas {på_plats} {dag} {tid}. Du får berätta om dina erfarenheter på ditt eget sätt – eller bara lyssna.\nGruppen leds av utbildade erfarenhetsexperter. Ingen anmälan behövs och deltagandet är avgiftsfritt.',
      en: 'The group meets {at_place} {day} {time}. You can share your own experiences in your own way, or simply listen.\nThe group is led by trained experts by experience. No registration is needed and it is free of charge.',
    },
    channels: [
      { kind: 'location', place: 'associationOffice' },
      { kind: 'phone', p: 0.4, name: { fi: 'Yhdistyksen puhelin', sv: 'Föreningens telefon' } },
    ],
  },
  {
    key: 'peer-support/experts-county',
    theme: 'peer-support',
    sector: 'county',
    unit: 'mental',
    names: [
      {
        fi: 'Kokemusasiantuntijatoiminta',
        sv: 'Verksamhet med erfarenhetsexperter',
        en: 'Experts by experience',
      },
      {
        fi: 'Vertaistuki mielenterveys- ja päihdepalveluissa',
        sv: 'Kamratstöd inom mentalvårds- och missbrukartjänsterna',
      },
    ],
    summary: {
      fi: 'Koulutetut kokemusasiantuntijat tukevat asiakkaita hoidon rinnalla ja ohjaavat vertaisryhmiä.',
      sv: 'Utbildade erfarenhetsexperter stöder klienter vid sidan av vården och leder kamratgrupper.',
      en: 'Trained experts by experience support clients alongside treatment and run peer groups.',
    },
    description: {
      fi: 'Kokemusasiantuntija on ihminen, jolla on omakohtaista kokemusta mielenterveys- tai päihdeongelmista ja niistä toipumisesta. Hän voi tulla mukaan vastaanottokäynnille, tavata sinua kahden kesken tai ohjata vertaisryhmää.\nKysy kokemusasiantuntijan tapaamisesta omalta työntekijältäsi tai ota yhteyttä suoraan.',
      sv: 'En erfarenhetsexpert har egen erfarenhet av psykisk ohälsa eller missbruk och av återhämtning.',
    },
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Kokemusasiantuntijatoiminnan koordinaattori',
          sv: 'Koordinator för erfarenhetsexperter',
        },
      },
    ],
  },
];
