/** Debt and money, social assistance, food aid, housing and legal help. */
import type { Concept } from '../types.ts';

export const moneyConcepts: Concept[] = [
  {
    key: 'debt-advice',
    name: ['Talous- ja velkaneuvonta', 'Ekonomi- och skuldrådgivning', 'Financial and debt advice'],
    summary: [
      'Maksutonta neuvontaa, kun rahat eivät riitä laskuihin tai velkoja on kertynyt liikaa.',
      'Avgiftsfri rådgivning när pengarna inte räcker till räkningarna eller skulderna har vuxit.',
      'Free advice when your money does not cover your bills or your debts have grown too large.',
    ],
    description: [
      'Talous- ja velkaneuvoja auttaa laatimaan budjetin, neuvottelemaan velkojien kanssa maksusuunnitelmasta ja hakemaan tarvittaessa velkajärjestelyä. Neuvonta on luottamuksellista ja maksutonta. Ota mukaan tiedot tuloistasi, menoistasi ja veloistasi, esimerkiksi perintäkirjeet ja ulosoton päätökset.',
      'Ekonomi- och skuldrådgivaren hjälper dig att göra upp en budget, förhandla med borgenärerna om en betalningsplan och vid behov ansöka om skuldsanering. Rådgivningen är konfidentiell.',
      'The adviser helps you draw up a budget, negotiate a payment plan with creditors and, if needed, apply for debt adjustment. The service is confidential.',
    ],
    keywords: ['velat', 'budjetti', 'maksuhäiriö', 'perintä'],
    classes: ['P15.1'],
    lifeEvents: ['KE9'],
    channels: ['visit', 'phone'],
    at: [
      [
        'legal-aid',
        ['853', '202', '680', '529', '423', '481', '503', '538', '577', '738', '019', '704', '445'],
        {
          name: [
            'Talous- ja velkaneuvonta, Turun toimipaikka',
            'Ekonomi- och skuldrådgivning, Åbo',
            'Financial and debt advice, Turku office',
          ],
        },
      ],
      [
        'legal-aid',
        ['734', '761', '322', '284', '480'],
        {
          name: [
            'Talous- ja velkaneuvonta, Salon toimipaikka',
            'Ekonomi- och skuldrådgivning, Salo',
            'Financial and debt advice, Salo office',
          ],
        },
      ],
      [
        'legal-aid',
        ['895', '400', '631', '918', '833', '304', '430', '561', '636'],
        { name: ['Talous- ja velkaneuvonta, Uudenkaupungin ja Loimaan toimipaikat'] },
      ],
    ],
  },
  {
    key: 'debt-helpline',
    name: [
      'Velkalinja – neuvontaa velkaongelmiin',
      'Skuldlinjen – rådgivning om skuldproblem',
      'Debt helpline',
    ],
    summary: [
      'Valtakunnallinen puhelin- ja chat-neuvonta, kun velat, pikavipit tai maksuhäiriömerkintä huolettavat.',
      'Rikstäckande telefon- och chattrådgivning för den som oroar sig för skulder, snabblån eller betalningsanmärkning.',
      'Nationwide phone and chat advice for worries about debts, payday loans or a bad credit record.',
    ],
    description: [
      'Velkalinjalta saat nimettömästi neuvoja velkojen hoitamiseen. Neuvojat kertovat, miten maksusuunnitelmaa haetaan, mitä ulosotossa tapahtuu ja miten pikavippikierteestä pääsee eroon.',
      'På Skuldlinjen får du anonymt råd om hur du sköter dina skulder och tar dig ur en spiral av snabblån.',
      'The helpline gives anonymous advice on managing debts, enforcement and getting out of a payday loan spiral.',
    ],
    keywords: ['pikavippi', 'luottotiedot', 'velkakierre'],
    classes: ['P15.1', 'P15.3'],
    lifeEvents: ['KE9'],
    channels: ['phone', 'online'],
    at: [['guarantee', 'nationwide']],
  },
  {
    key: 'guarantee-loan',
    name: [
      'Järjestelylaina ja takaus velkojen yhdistämiseen',
      'Saneringslån och borgen för skulder',
      'Consolidation loan guarantee',
    ],
    summary: [
      'Takuusäätiö voi taata pankkilainan, jolla useat pienet velat maksetaan kerralla pois.',
      'Garantistiftelsen kan ställa borgen för ett banklån som betalar flera små skulder på en gång.',
      'The foundation can guarantee a bank loan used to pay off several small debts at once.',
    ],
    description: [
      'Järjestelylainalla kalliit kulutusluotot ja pikavipit korvataan yhdellä edullisemmalla lainalla. Takuusäätiö arvioi, riittävätkö tulosi lainan hoitamiseen, ja myöntää pankille takauksen.',
      'Med ett saneringslån ersätts dyra konsumtionskrediter med ett billigare lån.',
      'A consolidation loan replaces expensive consumer credit with one cheaper loan.',
    ],
    classes: ['P15.3'],
    lifeEvents: ['KE9'],
    channels: ['online', 'phone'],
    at: [['guarantee', 'nationwide']],
  },
  {
    key: 'diaconal-economic-advice',
    name: [
      'Diakonian talousneuvonta',
      'Diakonins ekonomiska rådgivning',
      'Diaconal financial counselling',
    ],
    summary: [
      'Seurakunnan diakoniatyöntekijä auttaa talouden suunnittelussa ja voi myöntää tilapäistä taloudellista apua.',
      'Församlingens diakoniarbetare hjälper dig att planera din ekonomi och kan bevilja tillfälligt ekonomiskt stöd.',
      'A parish deacon helps you plan your finances and may grant temporary financial help.',
    ],
    description: [
      'Kun rahat loppuvat kesken kuun, voit varata ajan diakoniatyöntekijälle. Käymme yhdessä läpi tulot ja menot, autamme hakemaan etuuksia ja tarvittaessa annamme ruokakortin tai maksusitoumuksen. Apu ei edellytä kirkon jäsenyyttä.',
      'När pengarna tar slut före månadens slut kan du boka tid hos en diakoniarbetare. Hjälpen förutsätter inte medlemskap i kyrkan.',
      'If your money runs out before the end of the month, book a time with a deacon. Help does not require church membership.',
    ],
    keywords: ['diakonia', 'taloudellinen tuki', 'ruokakortti'],
    classes: ['P15.1', 'P25.6'],
    channels: ['visit', 'phone'],
    at: [
      ['turku-parish', ['853', '202']],
      ['salo-parish', ['734']],
      ['raisio-parish', ['680']],
    ],
  },
  {
    key: 'debt-peer-group',
    name: [
      'Velkaantuneiden vertaistukiryhmä',
      'Kamratstödgrupp för skuldsatta',
      'Peer group for people in debt',
    ],
    summary: [
      'Keskusteluryhmä, jossa velkojen kanssa kamppailevat jakavat kokemuksia ja keinoja selviytyä.',
      'En samtalsgrupp där personer med skulder delar erfarenheter.',
      'A discussion group where people struggling with debt share experiences.',
    ],
    description: [
      'Ryhmä kokoontuu joka toinen tiistai Kaupunkilähetyksen tiloissa. Velkahäpeästä on helpompi puhua samassa tilanteessa olevien kanssa. Ohjaajana toimii kokemusasiantuntija ja sosiaaliohjaaja.',
    ],
    classes: ['P15.1', 'P4.12'],
    channels: ['visit'],
    at: [['city-mission', ['853']]],
  },
  {
    key: 'enforcement-info',
    name: [
      'Ulosotto – tietoa velalliselle',
      'Utsökning – information för gäldenärer',
      'Enforcement: information for debtors',
    ],
    summary: [
      'Ulosottolaitos kertoo, miten ulosotto etenee, paljonko palkasta voidaan ulosmitata ja miten maksuohjelmaa haetaan.',
      'Utsökningsverket berättar hur utsökningen framskrider och hur mycket av lönen som kan utmätas.',
      'How enforcement proceeds, how much of your wages can be garnished and how to apply for a payment schedule.',
    ],
    description: [
      'Kun velkaa ei ole maksettu, velkoja voi hakea perintää ulosoton kautta. Ulosottolaitoksen verkkoasioinnissa näet velkasi ja voit hakea maksuaikaa tai vapaakuukausia.',
      'I utsökningsverkets e-tjänst ser du dina skulder och kan ansöka om betalningstid.',
      'In the online service you can see your debts under enforcement and apply for more time to pay.',
    ],
    classes: ['P15.5'],
    chargeable: true,
    channels: ['online', 'phone'],
    at: [['enforcement', 'nationwide']],
  },
  {
    key: 'consumer-advice',
    name: ['Kuluttajaneuvonta', 'Konsumentrådgivning', 'Consumer advice'],
    summary: [
      'Neuvoja kaupan riitoihin, virheellisiin tuotteisiin, reklamaatioihin ja perintään liittyviin kysymyksiin.',
      'Råd vid tvister om köp, felaktiga produkter, reklamationer och indrivning.',
      'Advice on disputes with sellers, faulty products, complaints and debt collection.',
    ],
    description: [
      'Kuluttajaneuvonta auttaa, jos ostamasi tuote on virheellinen tai yritys ei noudata sopimusta. Neuvonta on maksutonta.',
      'Konsumentrådgivningen hjälper om en vara du köpt är felaktig.',
      'Consumer advice helps if a product you bought is faulty or a company breaks a contract.',
    ],
    classes: ['P21.1'],
    channels: ['phone', 'online'],
    at: [['consumer', 'nationwide']],
  },
  {
    key: 'debt-adjustment',
    name: [
      'Yksityishenkilön velkajärjestely',
      'Skuldsanering för privatpersoner',
      'Debt adjustment for private individuals',
    ],
    summary: [
      'Käräjäoikeus voi vahvistaa maksuohjelman, jonka jälkeen loput velat annetaan anteeksi.',
      'Tingsrätten kan fastställa ett betalningsprogram varefter resten av skulderna efterskänks.',
      'The district court can confirm a payment programme after which the remaining debts are written off.',
    ],
    description: [
      'Velkajärjestelyä haetaan käräjäoikeudesta, kun velat ovat kasvaneet niin suuriksi, ettei niitä pysty maksamaan. Hakemuksen laatimisessa auttaa talous- ja velkaneuvonta.',
      'Skuldsanering söks hos tingsrätten när skulderna har blivit så stora att de inte kan betalas.',
      'You apply to the district court when your debts are too large to pay.',
    ],
    classes: ['P15.1', 'P7.7'],
    lifeEvents: ['KE9'],
    chargeable: true,
    channels: ['online', 'visit'],
    at: [['court', 'all']],
  },
  {
    key: 'business-debt-advice',
    name: [
      'Yrityksen talous- ja velkaneuvonta',
      'Ekonomi- och skuldrådgivning för företag',
      'Financial and debt advice for businesses',
    ],
    summary: [
      'Yrittäjälle neuvoja, kun yrityksen maksuvalmius heikkenee tai yritystoiminta on lopettamassa.',
      'Råd till företagare när företagets likviditet försvagas.',
      'Advice for entrepreneurs when the company runs into payment difficulties.',
    ],
    description: [
      'Neuvonta on tarkoitettu yrittäjille ja yrityksille. Neuvoja auttaa arvioimaan yrityksen taloustilanteen, yrityssaneerauksen mahdollisuudet ja konkurssin vaihtoehdot.',
      'Rådgivningen är avsedd för företagare.',
      'The service is for entrepreneurs and companies.',
    ],
    classes: ['P15.2'],
    targetGroups: ['KR2'],
    channels: ['phone', 'online'],
    at: [['science-park', 'all']],
  },
  {
    key: 'basic-social-assistance',
    name: ['Perustoimeentulotuki', 'Grundläggande utkomststöd', 'Basic social assistance'],
    summary: [
      'Kelan viimesijainen taloudellinen tuki välttämättömiin menoihin, kun tulot ja varat eivät riitä.',
      'FPA:s ekonomiska stöd i sista hand för nödvändiga utgifter när inkomsterna inte räcker.',
      'Kela’s last-resort financial support for essential expenses when your income and assets are not enough.',
    ],
    description: [
      'Toimeentulotukea haetaan ensin Kelasta. Tuki on tarkoitettu ruokaan, vaatteisiin, asumiseen ja lääkkeisiin. Hakemuksen voi tehdä verkossa OmaKelassa, puhelimitse tai Kelan palvelupisteessä.',
      'Utkomststöd söks först hos FPA. Stödet är avsett för mat, kläder, boende och mediciner.',
      'You apply to Kela first. The support covers food, clothing, housing and medicines.',
    ],
    keywords: ['toimeentulotuki', 'kela', 'toimari'],
    classes: ['P4.10'],
    channels: ['online', 'phone', 'visit'],
    at: [['kela', 'nationwide']],
  },
  {
    key: 'supplementary-social-assistance',
    name: [
      'Täydentävä ja ehkäisevä toimeentulotuki',
      'Kompletterande och förebyggande utkomststöd',
      'Supplementary and preventive social assistance',
    ],
    summary: [
      'Hyvinvointialueen myöntämä toimeentulotuki erityisiin menoihin ja tilanteisiin, joita perustoimeentulotuki ei kata.',
      'Utkomststöd från välfärdsområdet för särskilda utgifter som det grundläggande stödet inte täcker.',
      'Social assistance from the wellbeing services county for special expenses not covered by basic assistance.',
    ],
    description: [
      'Täydentävää toimeentulotukea voi saada esimerkiksi suurempiin asumis- tai terveydenhuoltomenoihin. Ehkäisevällä toimeentulotuella tuetaan selviytymistä äkillisessä taloudellisessa kriisissä, kuten häätöuhan tai vuokrarästien vuoksi.',
      'Förebyggande utkomststöd kan beviljas vid en plötslig ekonomisk kris, till exempel hot om vräkning.',
      'Preventive assistance helps in a sudden financial crisis such as a threatened eviction.',
    ],
    classes: ['P4.10'],
    channels: ['online', 'phone'],
    at: [['county', 'all']],
  },
  {
    key: 'adult-social-work',
    name: ['Aikuissosiaalityö', 'Socialt arbete för vuxna', 'Social work for adults'],
    summary: [
      'Sosiaalityöntekijän tukea elämän vaikeissa tilanteissa: toimeentulo, asuminen, päihteet ja arjenhallinta.',
      'Stöd av en socialarbetare i svåra livssituationer: utkomst, boende, missbruk och vardag.',
      'Support from a social worker in difficult situations: income, housing, substance use and managing everyday life.',
    ],
    description: [
      'Aikuissosiaalityö on työikäisille tarkoitettua sosiaalityötä. Sosiaalityöntekijä tekee kanssasi suunnitelman, ohjaa palveluihin ja voi myöntää maksusitoumuksia.',
      'Socialt arbete för vuxna är avsett för personer i arbetsför ålder.',
      'Adult social work is for working-age people.',
    ],
    classes: ['P4.13', 'P4.10'],
    channels: ['visit', 'phone'],
    at: [
      [
        'county',
        ['853'],
        {
          name: [
            'Aikuissosiaalityö, Turku',
            'Socialt arbete för vuxna, Åbo',
            'Social work for adults, Turku',
          ],
        },
      ],
      [
        'county',
        ['734', '761'],
        {
          name: ['Aikuissosiaalityö, Salo ja Somero', 'Socialt arbete för vuxna, Salo och Somero'],
        },
      ],
      ['county', ['895', '400', '631', '918'], { name: ['Aikuissosiaalityö, Vakka-Suomi'] }],
    ],
  },
  {
    key: 'social-guidance',
    name: ['Sosiaalineuvonta', 'Social rådgivning', 'Social guidance'],
    summary: [
      'Puhelinneuvonta sosiaalipalveluista ja etuuksista: kerromme, mistä apua saa ja miten sitä haetaan.',
      'Telefonrådgivning om socialtjänster och förmåner.',
      'Phone advice on social services and benefits: where to get help and how to apply.',
    ],
    description: [
      'Sosiaalineuvonnasta saat tietoa hyvinvointialueen sosiaalipalveluista. Voit soittaa myös läheisesi puolesta, jos olet huolissasi hänen pärjäämisestään.',
      'Du kan också ringa för en närståendes räkning.',
      'You can also call on behalf of someone you are worried about.',
    ],
    classes: ['P4.13'],
    channels: ['phone'],
    at: [['county', 'all']],
  },
  {
    key: 'housing-allowance',
    name: ['Yleinen asumistuki', 'Allmänt bostadsbidrag', 'General housing allowance'],
    summary: [
      'Kelan tuki pienituloisen ruokakunnan asumismenoihin, kuten vuokraan.',
      'FPA:s stöd för boendeutgifter, till exempel hyra, för hushåll med låga inkomster.',
      'Kela’s support towards housing costs such as rent for low-income households.',
    ],
    description: [
      'Asumistukea voi saada vuokra-asuntoon, asumisoikeusasuntoon tai omistusasuntoon. Tuen määrään vaikuttavat ruokakunnan tulot ja asumismenot.',
      'Bostadsbidrag kan beviljas för hyresbostad eller ägarbostad.',
      'The allowance can be paid for rented or owner-occupied homes.',
    ],
    keywords: ['asumistuki', 'vuokra'],
    classes: ['P1.4'],
    channels: ['online', 'phone', 'visit'],
    at: [['kela', 'nationwide']],
  },
  {
    key: 'social-credit',
    name: ['Sosiaalinen luototus', 'Social kreditgivning', 'Social credit'],
    summary: [
      'Pienituloiselle edullinen laina esimerkiksi velkojen järjestelyyn tai välttämättömiin hankintoihin.',
      'Ett förmånligt lån för personer med små inkomster.',
      'An affordable loan for people on low incomes, for example to rearrange debts.',
    ],
    description: [
      'Sosiaalista luottoa voi hakea, jos et saa lainaa pankista. Lainaan liittyy aina talousneuvonta.',
      'Social kredit kan sökas om du inte får lån från banken.',
      'You can apply if a bank will not lend to you.',
    ],
    classes: ['P4.10', 'P15.3'],
    channels: ['phone', 'visit'],
    at: [['county', 'all']],
  },
  {
    key: 'food-aid',
    name: ['Ruoka-apu', 'Mathjälp', 'Food aid'],
    summary: [
      'Ruokakasseja ja ruoka-avun jakelua vähävaraisille ilman ajanvarausta.',
      'Matkassar och utdelning av mathjälp till mindre bemedlade utan tidsbokning.',
      'Food bags and food aid distribution for people on low incomes, no appointment needed.',
    ],
    description: [
      'Seurakunta jakaa ruoka-apua kaupoista lahjoitettuna hävikkiruokana. Jakelu on kerran viikossa, ja jonoon voi tulla kuka tahansa avun tarvitsija. Ota mukaan oma kassi.',
      'Församlingen delar ut mat som butikerna donerat. Ta med egen kasse.',
      'The parish hands out food donated by shops once a week. Bring your own bag.',
    ],
    keywords: ['ruokakassi', 'leipäjono', 'ruokajakelu'],
    classes: ['P4.14', 'P25.6'],
    channels: ['visit'],
    at: [
      ['turku-parish', ['853', '202']],
      ['salo-parish', ['734']],
      ['raisio-parish', ['680']],
      ['uusikaupunki-parish', ['895']],
      ['loimaa-parish', ['430']],
    ],
  },
  {
    key: 'food-bank',
    name: ['Ruokapankki', 'Matbank', 'Food bank'],
    summary: [
      'Ruokapankki jakaa lahjoitettua ruokaa kaikille sitä tarvitseville.',
      'Matbanken delar ut donerad mat till alla som behöver.',
      'The food bank distributes donated food to anyone in need.',
    ],
    description: [
      'Ruokapankki kerää kaupoilta ja tukuista ylijäämäruokaa ja jakaa sen vapaaehtoisten voimin. Jakelusta ei tarvitse esittää todistuksia.',
    ],
    classes: ['P4.14'],
    channels: ['visit'],
    at: [
      ['red-cross', ['853'], { name: ['Ruokapankki, Turku', 'Matbank, Åbo', 'Food bank, Turku'] }],
      ['kaarina-food', ['202'], { name: ['Kaarinan ruokapankki'] }],
    ],
  },
  {
    key: 'community-meal',
    name: ['Yhteisöateria', 'Gemensam måltid', 'Community meal'],
    summary: [
      'Edullinen lämmin lounas ja seuraa yhteisessä pöydässä.',
      'En förmånlig varm lunch och sällskap vid ett gemensamt bord.',
      'An affordable hot lunch and company at a shared table.',
    ],
    description: [
      'Yhteisöateria on kaikille avoin lounas, joka maksaa kaksi euroa. Ruoka valmistetaan hävikkiruoasta. Aterialle voi tulla yksin tai porukalla.',
    ],
    keywords: ['diakonialounas', 'edullinen lounas'],
    classes: ['P4.14', 'P4.12'],
    chargeable: true,
    channels: ['visit'],
    at: [
      ['city-mission', ['853']],
      ['salo-parish', ['734'], { name: ['Diakonialounas', 'Diakonilunch'] }],
    ],
  },
  {
    key: 'food-control',
    name: ['Elintarvikevalvonta', 'Livsmedelstillsyn', 'Food control'],
    summary: [
      'Ravintoloiden, kauppojen ja elintarvikeyritysten tarkastukset sekä ilmoitukset elintarvikehuoneistoista.',
      'Inspektioner av restauranger, butiker och livsmedelsföretag.',
      'Inspections of restaurants, shops and food businesses.',
    ],
    description: [
      'Ympäristöterveydenhuolto valvoo elintarvikkeiden turvallisuutta. Elintarvikealan yrityksen on tehtävä ilmoitus toiminnastaan ennen aloittamista. Ruokamyrkytysepäilystä voi ilmoittaa valvontaan.',
    ],
    classes: ['P5.21'],
    targetGroups: ['KR2'],
    chargeable: true,
    channels: ['online'],
    at: [['turku', ['853', '202', '680', '529', '423']]],
  },
  {
    key: 'nutrition-advice',
    name: ['Ravitsemusterapia', 'Näringsterapi', 'Nutrition therapy'],
    summary: [
      'Ravitsemusterapeutin ohjausta erityisruokavalioihin ja painonhallintaan lääkärin lähetteellä.',
      'Handledning av näringsterapeut med läkarremiss.',
      'Guidance from a nutritionist on special diets and weight management, with a referral.',
    ],
    description: [
      'Ravitsemusterapeutti ohjaa esimerkiksi diabeteksen, keliakian tai ruoka-allergioiden ruokavaliossa.',
    ],
    classes: ['P5.20', 'P5.17'],
    channels: ['visit'],
    at: [['county', 'all']],
  },
  {
    key: 'housing-advice',
    name: ['Asumisneuvonta', 'Boenderådgivning', 'Housing advice'],
    summary: [
      'Apua vuokrarästeihin, häätöuhkaan ja asunnon etsimiseen sekä naapuririitoihin.',
      'Hjälp vid hyresskulder, hot om vräkning och bostadssökande.',
      'Help with rent arrears, threatened eviction, finding a home and disputes with neighbours.',
    ],
    description: [
      'Asumisneuvoja auttaa, kun vuokra on jäänyt maksamatta tai asunto on menossa alta. Neuvoja selvittää tilannetta vuokranantajan kanssa ja ohjaa hakemaan tukia. Palvelu on maksuton kaikille kunnan asukkaille.',
      'Boenderådgivaren hjälper när hyran är obetald eller bostaden riskerar att gå förlorad.',
      'The adviser helps when rent is unpaid or you are about to lose your home.',
    ],
    keywords: ['häätö', 'vuokrarästit', 'asunnottomuus'],
    classes: ['P1.1', 'P4.13'],
    channels: ['visit', 'phone'],
    at: [
      ['turku', ['853']],
      ['salo', ['734']],
      ['raisio', ['680']],
      ['kaarina', ['202']],
    ],
  },
  {
    key: 'night-shelter',
    name: ['Yömaja', 'Natthärbärge', 'Night shelter'],
    summary: [
      'Yöpaikka asunnottomalle: sänky, suihku ja iltapala ilman ennakkoilmoittautumista.',
      'En sovplats för bostadslösa utan föranmälan.',
      'A bed for the night for homeless people, no advance booking.',
    ],
    description: [
      'Yömaja on avoinna joka ilta kello 20–8. Yömajaan voi tulla myös päihtyneenä. Työntekijä auttaa hakemaan asuntoa ja ohjaa sosiaalipalveluihin.',
    ],
    keywords: ['asunnoton', 'yöpaikka', 'hätämajoitus'],
    classes: ['P1.1', 'P4.1'],
    channels: ['visit'],
    alwaysOpen: true,
    at: [['city-mission', ['853']]],
  },
  {
    key: 'emergency-accommodation',
    name: ['Hätämajoitus', 'Nödinkvartering', 'Emergency accommodation'],
    summary: [
      'Tilapäinen majoitus, kun asunto on äkillisesti menetetty esimerkiksi häädön tai tulipalon vuoksi.',
      'Tillfälligt boende när man plötsligt förlorat sin bostad.',
      'Temporary accommodation when you have suddenly lost your home.',
    ],
    description: [
      'Hätämajoitusta järjestetään sosiaalipäivystyksen kautta. Majoitus on tarkoitettu lyhytaikaiseksi, ja samalla etsitään pysyvämpi ratkaisu.',
    ],
    classes: ['P4.1', 'P1.1'],
    channels: ['phone'],
    alwaysOpen: true,
    at: [['county', 'all']],
  },
  {
    key: 'supported-housing',
    name: ['Tuettu asuminen', 'Stött boende', 'Supported housing'],
    summary: [
      'Ohjaajan tukea omassa asunnossa asumiseen mielenterveys- tai päihdekuntoutujille ja nuorille.',
      'Handledning för att klara sig i egen bostad.',
      'Support from a counsellor to live independently in your own home.',
    ],
    description: [
      'Tuetussa asumisessa ohjaaja käy kotona ja auttaa arjen asioissa, kuten laskujen maksamisessa ja siivouksessa. Palveluun haetaan sosiaalityöntekijän kautta.',
    ],
    classes: ['P4.1'],
    targetGroups: ['KR1', 'KR1.3'],
    chargeable: true,
    channels: ['visit'],
    at: [
      ['county', ['853', '202', '680'], { name: ['Tuettu asuminen, Turun seutu'] }],
      ['county', ['734'], { name: ['Tuettu asuminen, Salo'] }],
    ],
  },
  {
    key: 'rental-housing',
    name: ['Vuokra-asunnot', 'Hyresbostäder', 'Rental flats'],
    summary: [
      'Kaupungin vuokrataloyhtiön kohtuuhintaiset vuokra-asunnot. Hae asuntoa verkossa.',
      'Stadens hyresbolags förmånliga hyresbostäder.',
      'Affordable rental flats from the city’s housing company.',
    ],
    description: [
      'Vuokra-asuntoa haetaan sähköisellä asuntohakemuksella. Asukasvalinnassa otetaan huomioon hakijan asunnon tarve, varallisuus ja tulot.',
    ],
    keywords: ['vuokra-asunto', 'asuntohakemus'],
    classes: ['P1.1'],
    chargeable: true,
    channels: ['online', 'visit'],
    at: [
      ['tvt', ['853']],
      ['salo-housing', ['734']],
    ],
  },
  {
    key: 'youth-housing',
    name: [
      'Nuorten asumisneuvonta ja vuokra-asunnot',
      'Bostadsrådgivning och hyresbostäder för unga',
      'Housing advice and flats for young people',
    ],
    summary: [
      'Alle 30-vuotiaille edullisia vuokra-asuntoja sekä neuvontaa ensimmäiseen omaan kotiin muuttaessa.',
      'Förmånliga hyresbostäder och rådgivning för unga under 30.',
      'Affordable flats and advice for under-30s moving into their first home.',
    ],
    description: [
      'Nuorisoasuntoyhdistys vuokraa asuntoja opiskelijoille ja nuorille työntekijöille. Asumisohjaaja auttaa vuokrasopimuksen, asumistuen ja muuton kanssa.',
    ],
    classes: ['P1.1'],
    targetGroups: ['KR1.3'],
    lifeEvents: ['KE4.1'],
    chargeable: true,
    channels: ['visit', 'online'],
    at: [['youth-housing', ['853', '202', '680']]],
  },
  {
    key: 'building-permit',
    name: ['Rakennuslupa', 'Bygglov', 'Building permit'],
    summary: [
      'Lupa uuden rakennuksen rakentamiseen tai laajentamiseen. Hae lupaa Lupapiste-palvelussa.',
      'Tillstånd för att bygga eller bygga ut en byggnad.',
      'A permit to build or extend a building.',
    ],
    description: [
      'Rakennusvalvonta käsittelee rakennusluvat, toimenpideluvat ja purkuluvat. Lupahakemukseen liitetään pääpiirustukset.',
    ],
    classes: ['P2'],
    chargeable: true,
    channels: ['online', 'visit'],
    at: [
      ['turku', ['853']],
      ['salo', ['734']],
    ],
  },
  {
    key: 'renovation-grant',
    name: [
      'Korjausavustus iäkkäiden ja vammaisten asuntoihin',
      'Reparationsunderstöd för äldre och personer med funktionsnedsättning',
      'Renovation grant for older and disabled people',
    ],
    summary: [
      'Avustusta esteettömyyttä parantaviin korjauksiin, kuten hissin rakentamiseen tai kylpyhuoneen muutostöihin.',
      'Understöd för reparationer som förbättrar tillgängligheten.',
      'A grant for repairs that improve accessibility, such as lifts or bathroom conversions.',
    ],
    description: [
      'Avustusta voi saada, kun iäkkään tai vammaisen henkilön kotona asuminen vaatii asunnon muutostöitä.',
    ],
    classes: ['P2.2'],
    targetGroups: ['KR1.1', 'KR1.6'],
    channels: ['online'],
    at: [['ara', 'nationwide']],
  },
  {
    key: 'legal-aid',
    name: ['Oikeusapu', 'Rättshjälp', 'Legal aid'],
    summary: [
      'Valtion oikeusaputoimiston lakimies auttaa oikeudellisissa asioissa. Pienituloiselle maksuton.',
      'En jurist vid statens rättshjälpsbyrå hjälper i juridiska frågor. Avgiftsfritt för personer med små inkomster.',
      'A lawyer at the state legal aid office helps with legal matters, free of charge for people on low incomes.',
    ],
    description: [
      'Oikeusaputoimisto auttaa esimerkiksi perunkirjoituksessa, perinnönjaossa, avioerossa, lasten huoltoon liittyvissä riidoissa ja rikosasioissa. Oikeusavun hinta riippuu tuloistasi.',
      'Rättshjälpsbyrån hjälper till exempel vid bouppteckning, arvskifte, skilsmässa och brottmål.',
      'The office helps with estate inventories, inheritance, divorce, custody disputes and criminal cases.',
    ],
    keywords: ['lakimies', 'juristi', 'oikeusaputoimisto'],
    classes: ['P7.4'],
    channels: ['visit', 'phone', 'online'],
    at: [
      [
        'legal-aid',
        'all',
        { name: ['Turun oikeusaputoimisto', 'Åbo rättshjälpsbyrå', 'Turku Legal Aid Office'] },
      ],
      [
        'legal-aid',
        ['734', '761', '322'],
        { name: ['Salon oikeusaputoimisto', 'Salo rättshjälpsbyrå', 'Salo Legal Aid Office'] },
      ],
    ],
  },
  {
    key: 'public-guardianship',
    name: ['Yleinen edunvalvonta', 'Allmän intressebevakning', 'Public guardianship'],
    summary: [
      'Edunvalvoja hoitaa raha-asiat ja omaisuuden henkilölle, joka ei itse siihen kykene.',
      'En intressebevakare sköter ekonomin för den som inte själv klarar det.',
      'A guardian manages the finances and property of someone who cannot do so themselves.',
    ],
    description: [
      'Edunvalvontaa voi hakea itselleen tai läheiselle esimerkiksi muistisairauden vuoksi. Edunvalvoja maksaa laskut ja huolehtii, että rahat riittävät elämiseen.',
    ],
    keywords: ['edunvalvoja', 'edunvalvontavaltakirja'],
    classes: ['P7.11'],
    chargeable: true,
    channels: ['phone', 'visit'],
    at: [['legal-aid', 'all']],
  },
  {
    key: 'social-ombudsman',
    name: ['Sosiaaliasiavastaava', 'Socialombudsman', 'Social welfare ombudsman'],
    summary: [
      'Neuvoo sosiaalihuollon asiakkaan oikeuksissa ja auttaa tekemään muistutuksen tai valituksen.',
      'Ger råd om klientens rättigheter inom socialvården.',
      'Advises on your rights as a social welfare client and helps you make a complaint.',
    ],
    description: [
      'Jos olet tyytymätön saamaasi sosiaalipalveluun tai päätökseen, sosiaaliasiavastaava kertoo, miten asiassa voi edetä. Palvelu on maksuton ja puolueeton.',
    ],
    classes: ['P5.19', 'P7.1'],
    channels: ['phone'],
    at: [['county', 'all']],
  },
  {
    key: 'patient-ombudsman',
    name: ['Potilasasiavastaava', 'Patientombudsman', 'Patient ombudsman'],
    summary: [
      'Neuvoo potilaan oikeuksissa ja auttaa muistutuksen tekemisessä, jos olet tyytymätön hoitoon.',
      'Ger råd om patientens rättigheter.',
      'Advises on patients’ rights and helps you complain if you are unhappy with your care.',
    ],
    description: [
      'Potilasasiavastaava auttaa, jos koet tulleesi kohdelluksi väärin terveydenhuollossa tai epäilet hoitovirhettä.',
    ],
    classes: ['P5.19'],
    channels: ['phone'],
    at: [['county', 'all']],
  },
  {
    key: 'free-legal-advice',
    name: ['Maksuton lakineuvonta', 'Avgiftsfri juridisk rådgivning', 'Free legal advice evenings'],
    summary: [
      'Vapaaehtoiset juristit neuvovat maksutta arjen oikeudellisissa kysymyksissä kerran kuukaudessa.',
      'Frivilliga jurister ger avgiftsfri rådgivning en gång i månaden.',
      'Volunteer lawyers give free advice on everyday legal questions once a month.',
    ],
    description: [
      'Lakineuvontailloissa voi kysyä esimerkiksi vuokrasopimuksista, perinnöstä, testamentista tai kuluttajan oikeuksista. Ilmoittautumista ei tarvita.',
    ],
    classes: ['P7.4', 'P4.12'],
    channels: ['visit'],
    at: [['city-mission', ['853']]],
  },
];
