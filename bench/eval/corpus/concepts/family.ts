/** Families and children, young people, relationships and violence. */
import type { Concept } from '../types.ts';

export const familyConcepts: Concept[] = [
  {
    key: 'family-cafe',
    name: ['Perhekahvila', 'Familjecafé', 'Family café'],
    summary: [
      'Vanhemmille ja pienille lapsille avoin kohtaamispaikka: leikkiä, kahvia ja vertaistukea.',
      'Öppen mötesplats för föräldrar och småbarn.',
      'An open meeting place for parents and young children: play, coffee and peer support.',
    ],
    description: [
      'Perhekahvilaan voi tulla vauvan tai leikki-ikäisen kanssa ilman ilmoittautumista. Ohjaajat järjestävät laulu- ja leikkihetkiä, ja vanhemmat voivat jakaa kokemuksia arjesta.',
    ],
    keywords: ['perhekerho', 'vauvaperhe', 'avoin päiväkoti'],
    classes: ['P3.6', 'P4.12'],
    targetGroups: ['KR1.2'],
    channels: ['visit'],
    at: [
      ['turku-parish', ['853']],
      ['salo-parish', ['734']],
      ['raisio-parish', ['680']],
      ['mll', ['202'], { name: ['MLL:n perhekahvila, Kaarina'] }],
    ],
  },
  {
    key: 'child-health-clinic',
    name: ['Lastenneuvola', 'Barnrådgivning', 'Child health clinic'],
    summary: [
      'Alle kouluikäisen lapsen terveystarkastukset, rokotukset ja vanhempien tuki.',
      'Hälsokontroller och vaccinationer för barn under skolåldern.',
      'Health checks, vaccinations and parenting support for children under school age.',
    ],
    description: [
      'Neuvolassa seurataan lapsen kasvua ja kehitystä. Terveydenhoitaja neuvoo imetyksessä, unessa ja ravitsemuksessa.',
    ],
    keywords: ['neuvola', 'terveydenhoitaja'],
    classes: ['P5.2'],
    targetGroups: ['KR1.2'],
    channels: ['visit', 'phone'],
    at: [
      ['county', ['853']],
      ['county', ['734']],
      ['county', ['202']],
      ['county', ['680']],
    ],
  },
  {
    key: 'maternity-clinic',
    name: ['Äitiysneuvola', 'Mödrarådgivning', 'Maternity clinic'],
    summary: [
      'Raskauden seuranta ja valmennus synnytykseen ja vauvaperheen arkeen.',
      'Uppföljning av graviditeten och förberedelse för förlossningen.',
      'Pregnancy check-ups and antenatal classes.',
    ],
    description: [
      'Äitiysneuvolaan otetaan yhteyttä, kun raskaustesti on positiivinen. Käynnit ovat maksuttomia.',
    ],
    keywords: ['raskaus', 'odottava äiti'],
    classes: ['P5.2', 'P3.2'],
    targetGroups: ['KR1.2'],
    lifeEvents: ['KE1'],
    channels: ['visit', 'phone'],
    at: [
      ['county', ['853', '202', '680']],
      ['county', ['734']],
    ],
  },
  {
    key: 'family-counselling-clinic',
    name: [
      'Kasvatus- ja perheneuvola',
      'Uppfostrings- och familjerådgivning',
      'Family counselling clinic',
    ],
    summary: [
      'Apua lapsen kasvatukseen, kehitykseen ja perheen ristiriitoihin ilman lähetettä.',
      'Hjälp med barnets uppfostran och familjens konflikter.',
      'Help with child-rearing, development and family conflicts, no referral needed.',
    ],
    description: [
      'Perheneuvolassa psykologi ja sosiaalityöntekijä tukevat vanhempia, kun lapsen käytös, tunteet tai perheen tilanne huolestuttaa.',
    ],
    keywords: ['perheneuvola', 'kasvatusneuvonta'],
    classes: ['P3.7'],
    targetGroups: ['KR1.2'],
    channels: ['visit', 'phone'],
    at: [
      ['county', ['853', '202', '680', '529']],
      ['county', ['734']],
    ],
  },
  {
    key: 'family-home-help',
    name: [
      'Lapsiperheiden kotipalvelu',
      'Hemservice för barnfamiljer',
      'Home help for families with children',
    ],
    summary: [
      'Apua kotiin lastenhoitoon ja arjen töihin, kun vanhempi on uupunut tai sairas.',
      'Hjälp hem med barnskötsel och vardagssysslor när föräldern är utmattad eller sjuk.',
      'Help at home with childcare and chores when a parent is exhausted or ill.',
    ],
    description: [
      'Kotipalvelua voi saada esimerkiksi synnytyksen jälkeen, vanhemman sairastuessa tai perheen kriisissä. Hae palvelua soittamalla perhepalvelujen neuvontaan.',
    ],
    keywords: ['kotipalvelu', 'väsynyt vanhempi'],
    classes: ['P3.6'],
    targetGroups: ['KR1.2'],
    chargeable: true,
    channels: ['phone'],
    at: [['county', 'all']],
  },
  {
    key: 'parents-helpline',
    name: ['Vanhempainpuhelin', 'Föräldratelefonen', 'Parents’ helpline'],
    summary: [
      'Maksuton puhelin ja chat vanhemmille ja isovanhemmille kasvatuksen ja arjen kysymyksiin.',
      'Avgiftsfri telefon och chatt för föräldrar.',
      'A free phone and chat line for parents and grandparents.',
    ],
    description: [
      'Vanhempainpuhelimessa vastaavat koulutetut vapaaehtoiset. Soittaa voi nimettömänä.',
    ],
    classes: ['P3.7'],
    targetGroups: ['KR1.2'],
    channels: ['phone', 'online'],
    at: [['mll-central', 'nationwide']],
  },
  {
    key: 'early-education',
    name: ['Varhaiskasvatus', 'Småbarnspedagogik', 'Early childhood education'],
    summary: [
      'Päiväkodit ja perhepäivähoito, hakeminen ja asiakasmaksut.',
      'Daghem och familjedagvård.',
      'Day-care centres and family day care: applying and fees.',
    ],
    description: [
      'Varhaiskasvatuspaikkaa haetaan viimeistään neljä kuukautta ennen tarvetta. Maksu määräytyy perheen tulojen mukaan.',
    ],
    keywords: ['päiväkoti', 'päivähoito'],
    classes: ['P3.4'],
    targetGroups: ['KR1.2'],
    chargeable: true,
    channels: ['online', 'phone'],
    at: [
      ['turku', ['853']],
      ['salo', ['734']],
      ['kaarina', ['202']],
    ],
  },
  {
    key: 'youth-centre',
    name: ['Nuorisotalo', 'Ungdomsgård', 'Youth centre'],
    summary: [
      'Nuorille avoin paikka iltaisin: pelejä, harrastuksia, kavereita ja nuorisotyöntekijä juttukaverina.',
      'En öppen plats för unga på kvällarna.',
      'An open place for young people in the evenings: games, hobbies and youth workers to talk to.',
    ],
    description: [
      'Nuorisotalo on avoinna 13–17-vuotiaille arki-iltaisin. Toiminta on maksutonta. Nuorisotyöntekijöiltä voi kysyä neuvoa mihin tahansa asiaan.',
    ],
    keywords: ['nuorisotila', 'nuorisotyö'],
    classes: ['P28.1', 'P28.2'],
    targetGroups: ['KR1.3'],
    channels: ['visit'],
    at: [
      ['turku', ['853']],
      ['salo', ['734']],
      ['raisio', ['680']],
      ['kaarina', ['202']],
    ],
  },
  {
    key: 'outreach-youth-work',
    name: ['Etsivä nuorisotyö', 'Uppsökande ungdomsarbete', 'Outreach youth work'],
    summary: [
      'Tukea alle 29-vuotiaalle, joka on jäänyt ilman opiskelu- tai työpaikkaa.',
      'Stöd för unga under 29 som står utan studie- eller arbetsplats.',
      'Support for under-29s who have no place in education or work.',
    ],
    description: [
      'Etsivä nuorisotyöntekijä auttaa löytämään opiskelupaikan, työn tai tarvittavat palvelut. Yhteyttä voi ottaa nuori itse, vanhempi tai kuka tahansa huolestunut.',
    ],
    keywords: ['koulupudokas', 'syrjäytyminen'],
    classes: ['P28.4'],
    targetGroups: ['KR1.3'],
    channels: ['phone', 'visit'],
    at: [
      ['turku', ['853']],
      ['salo', ['734']],
      ['uusikaupunki', ['895']],
      ['loimaa', ['430']],
    ],
  },
  {
    key: 'ohjaamo',
    name: [
      'Ohjaamo – nuorten neuvontapiste',
      'Ohjaamo – vägledning för unga',
      'Ohjaamo one-stop guidance centre for young people',
    ],
    summary: [
      'Alle 30-vuotiaille apua työhön, opiskeluun, asumiseen ja raha-asioihin samasta paikasta.',
      'Hjälp för unga under 30 med arbete, studier, boende och pengar.',
      'Help for under-30s with jobs, studies, housing and money in one place.',
    ],
    description: [
      'Ohjaamossa voi asioida ilman ajanvarausta. Paikalla ovat nuorten työllisyyspalvelut, opinto-ohjaaja, sosiaaliohjaaja ja Kelan asiantuntija.',
    ],
    classes: ['P28.5', 'P10.1'],
    targetGroups: ['KR1.3'],
    channels: ['visit', 'online'],
    at: [
      ['turku', ['853', '202', '680', '529', '423']],
      ['salo', ['734']],
    ],
  },
  {
    key: 'sekasin-chat',
    name: ['Sekasin-chat', 'Sekasin-chatten', 'Sekasin chat for young people'],
    summary: [
      'Nuorten valtakunnallinen chat, jossa voi puhua nimettömänä mistä tahansa mieltä painavasta.',
      'En rikstäckande chatt för unga.',
      'A nationwide anonymous chat for young people about anything on their mind.',
    ],
    description: [
      'Sekasin-chat on 12–29-vuotiaille. Chattiin vastaavat koulutetut vapaaehtoiset ja ammattilaiset.',
    ],
    keywords: ['nuorten chat', 'sekasin'],
    classes: ['P5.7', 'P28.5'],
    targetGroups: ['KR1.3'],
    channels: ['online'],
    at: [['sekasin', 'nationwide']],
  },
  {
    key: 'afternoon-club',
    name: [
      'Koululaisten iltapäivätoiminta',
      'Eftermiddagsverksamhet för skolbarn',
      'After-school activities',
    ],
    summary: [
      'Iltapäiväkerho 1.–2.-luokkalaisille koulupäivän jälkeen.',
      'Eftermiddagsklubb för elever i årskurs 1–2.',
      'After-school club for first and second graders.',
    ],
    description: [
      'Iltapäivätoimintaa järjestetään koulujen yhteydessä kello 17 asti. Toiminnasta peritään kuukausimaksu.',
    ],
    keywords: ['iltapäiväkerho'],
    classes: ['P6.3'],
    targetGroups: ['KR1.2'],
    chargeable: true,
    channels: ['online'],
    at: [
      ['turku', ['853']],
      ['kaarina', ['202']],
    ],
  },
  {
    key: 'school-social-worker',
    name: ['Koulukuraattori', 'Skolkurator', 'School social worker'],
    summary: [
      'Koulun kuraattori auttaa oppilaita kaverisuhteissa, kiusaamisessa ja koulunkäynnin vaikeuksissa.',
      'Skolkuratorn hjälper elever med kompisrelationer, mobbning och skolsvårigheter.',
      'The school social worker helps pupils with friendships, bullying and difficulties at school.',
    ],
    description: [
      'Kuraattorille voi mennä itse tai vanhempi voi ottaa yhteyttä. Keskustelut ovat luottamuksellisia.',
    ],
    keywords: ['kiusaaminen', 'oppilashuolto'],
    classes: ['P4.9'],
    targetGroups: ['KR1.3', 'KR1.2'],
    channels: ['visit', 'phone'],
    at: [['county', 'all']],
  },
  {
    key: 'summer-jobs-youth',
    name: ['Nuorten kesätyöt', 'Sommarjobb för unga', 'Summer jobs for young people'],
    summary: [
      'Kaupungin kesätyöpaikat ja kesätyöseteli 15–17-vuotiaille.',
      'Stadens sommarjobb och sommarjobbssedel för 15–17-åringar.',
      'City summer jobs and summer job vouchers for 15 to 17-year-olds.',
    ],
    description: [
      'Kesätyöpaikkoja haetaan helmikuussa. Kesätyöseteli on työnantajalle maksettava tuki nuoren palkkaamiseen.',
    ],
    keywords: ['kesätyöseteli'],
    classes: ['P10.1'],
    targetGroups: ['KR1.3'],
    channels: ['online'],
    at: [
      ['turku', ['853']],
      ['salo', ['734']],
    ],
  },
  {
    key: 'youth-workshop',
    name: ['Nuorten työpaja', 'Ungdomsverkstad', 'Youth workshop'],
    summary: [
      'Työpajalla nuori harjoittelee työtä käytännössä ja saa valmennusta opiskeluun tai työhön.',
      'I verkstaden får unga öva arbete och coachning mot studier eller jobb.',
      'Young people practise real work and get coaching towards studies or employment.',
    ],
    description: [
      'Työpajoja on muun muassa puu-, ravintola- ja mediatyössä. Pajajaksolla saa työmarkkinatuen ja kulukorvauksen.',
    ],
    classes: ['P28.3', 'P10.7'],
    targetGroups: ['KR1.3'],
    channels: ['visit'],
    at: [
      ['turku', ['853']],
      ['salo', ['734']],
    ],
  },
  {
    key: 'family-mediation',
    name: ['Perheasioiden sovittelu', 'Medling i familjefrågor', 'Family mediation'],
    summary: [
      'Sovittelija auttaa eroavia vanhempia sopimaan lasten huollosta, asumisesta ja tapaamisista.',
      'Medlaren hjälper föräldrar som skiljer sig att komma överens om vårdnad och umgänge.',
      'A mediator helps separating parents agree on custody, living arrangements and contact.',
    ],
    description: [
      'Sovittelu on maksutonta ja vapaaehtoista. Sovittelussa tehty sopimus voidaan vahvistaa lastenvalvojalla.',
    ],
    keywords: ['huoltajuus', 'tapaamisoikeus', 'ero'],
    classes: ['P3.5'],
    targetGroups: ['KR1.2'],
    lifeEvents: ['KE7'],
    channels: ['visit', 'phone'],
    at: [['county', 'all']],
  },
  {
    key: 'church-family-counselling',
    name: ['Kirkon perheneuvonta', 'Kyrkans familjerådgivning', 'Church family counselling'],
    summary: [
      'Keskusteluapua parisuhteen ongelmiin, eroon ja perheen kriiseihin. Maksutonta kaikille.',
      'Samtalshjälp vid problem i parförhållandet, skilsmässa och familjekriser.',
      'Counselling for relationship problems, divorce and family crises, free for everyone.',
    ],
    description: [
      'Perheneuvojat ovat koulutettuja pari- ja perheterapeutteja. Vastaanotolle voi tulla yksin, parina tai koko perheenä. Palvelu ei edellytä kirkon jäsenyyttä.',
    ],
    keywords: ['parisuhde', 'pariterapia', 'avioero'],
    classes: ['P3.1', 'P3.7'],
    lifeEvents: ['KE7'],
    channels: ['visit', 'phone'],
    at: [
      ['turku-parish', ['853', '202', '680', '529', '423']],
      ['salo-parish', ['734']],
    ],
  },
  {
    key: 'divorce-group',
    name: ['Eroryhmä', 'Skilsmässogrupp', 'Divorce support group'],
    summary: [
      'Vertaisryhmä eron kokeneille: tukea uuden elämän alkuun.',
      'Kamratgrupp för dem som gått igenom en skilsmässa.',
      'A peer group for people going through a divorce or breakup.',
    ],
    description: [
      'Eroryhmä kokoontuu kahdeksan kertaa. Ryhmässä käsitellään eron herättämiä tunteita ja vanhemmuutta eron jälkeen.',
    ],
    classes: ['P3.1', 'P4.12'],
    lifeEvents: ['KE7'],
    channels: ['visit'],
    at: [['shelter-assoc', ['853', '202']]],
  },
  {
    key: 'child-maintenance',
    name: [
      'Lastenvalvoja – elatus ja huoltosopimukset',
      'Barnatillsyningsman – underhåll och vårdnadsavtal',
      'Child welfare officer: maintenance and custody agreements',
    ],
    summary: [
      'Lastenvalvoja vahvistaa sopimukset lapsen huollosta, asumisesta, tapaamisoikeudesta ja elatusavusta.',
      'Barnatillsyningsmannen fastställer avtal om vårdnad och underhållsbidrag.',
      'The officer confirms agreements on custody, residence, contact and child maintenance.',
    ],
    description: [
      'Lastenvalvojalta voi varata ajan elatusavun laskemiseen ja huoltosopimuksen tekemiseen. Palvelu on maksuton.',
    ],
    keywords: ['elatusapu', 'lastenvalvoja'],
    classes: ['P3.9', 'P3.5'],
    targetGroups: ['KR1.2'],
    lifeEvents: ['KE7'],
    channels: ['visit', 'phone'],
    at: [['county', 'all']],
  },
  {
    key: 'maintenance-allowance',
    name: ['Elatustuki', 'Underhållsstöd', 'Maintenance allowance'],
    summary: [
      'Kelan tuki lapselle, jos elatusvelvollinen ei maksa elatusapua.',
      'FPA:s stöd till barnet om den underhållsskyldiga inte betalar.',
      'Kela’s support for a child whose other parent does not pay maintenance.',
    ],
    description: [
      'Elatustukea haetaan Kelasta verkossa. Tuki on 199 euroa kuukaudessa lasta kohden.',
    ],
    classes: ['P3.9'],
    targetGroups: ['KR1.2'],
    channels: ['online', 'phone'],
    at: [['kela', 'nationwide']],
  },
  {
    key: 'shelter',
    name: ['Turvakoti', 'Skyddshem', 'Shelter for people fleeing violence'],
    summary: [
      'Turvallinen paikka lähisuhdeväkivaltaa kokeneille ja heidän lapsilleen ympäri vuorokauden.',
      'En trygg plats dygnet runt för den som utsatts för våld i nära relationer.',
      'A safe place around the clock for people facing domestic violence and their children.',
    ],
    description: [
      'Turvakotiin voi tulla ilman lähetettä mihin vuorokauden aikaan tahansa. Turvakodissa saa kriisiapua, keskusteluja ja apua jatkosuunnitelmaan. Palvelu on maksuton.',
      'Till skyddshemmet kan du komma utan remiss när som helst på dygnet.',
      'You can come at any time without a referral; the service is free.',
    ],
    keywords: ['lähisuhdeväkivalta', 'perheväkivalta'],
    classes: ['P3.6', 'P19.3'],
    channels: ['visit', 'phone'],
    alwaysOpen: true,
    at: [
      [
        'shelter-assoc',
        'all',
        { name: ['Turun turvakoti', 'Skyddshemmet i Åbo', 'Turku Shelter'] },
      ],
      ['county', ['734', '761', '322'], { name: ['Salon turvakoti', 'Skyddshemmet i Salo'] }],
    ],
  },
  {
    key: 'nollalinja',
    name: [
      'Nollalinja – väkivaltaa kokeneiden auttava puhelin',
      'Nollinjen – hjälptelefon för våldsutsatta',
      'Nollalinja helpline for people experiencing violence',
    ],
    summary: [
      'Maksuton auttava puhelin lähisuhdeväkivaltaa kokeneille ja heidän läheisilleen, auki aina.',
      'Avgiftsfri hjälptelefon för personer som utsatts för våld i nära relationer.',
      'A free helpline for people facing violence in close relationships, always open.',
    ],
    description: [
      'Nollalinjaan voi soittaa nimettömästi. Päivystäjät auttavat arvioimaan tilannetta ja kertovat, mistä saa apua ja suojaa.',
    ],
    classes: ['P19.3', 'P5.7'],
    channels: ['phone', 'online'],
    alwaysOpen: true,
    at: [['nollalinja', 'nationwide']],
  },
  {
    key: 'violence-intervention',
    name: [
      'Väkivallan katkaisuohjelma',
      'Våldsavbrytande program',
      'Violence intervention programme',
    ],
    summary: [
      'Apua väkivaltaa käyttäneelle, joka haluaa lopettaa väkivallan perheessään.',
      'Hjälp för den som använt våld och vill sluta.',
      'Help for people who have used violence and want to stop.',
    ],
    description: [
      'Ohjelmassa käydään yksilö- ja ryhmäkeskusteluja. Tavoite on väkivallaton perhe-elämä.',
    ],
    classes: ['P3.6', 'P5.7'],
    channels: ['visit', 'phone'],
    at: [['shelter-assoc', ['853', '202', '680']]],
  },
  {
    key: 'victim-support',
    name: ['Rikosuhripäivystys', 'Brottsofferjouren', 'Victim Support Finland'],
    summary: [
      'Tukea ja neuvontaa rikoksen uhrille, hänen läheisilleen ja todistajille.',
      'Stöd och rådgivning för brottsoffer, deras närstående och vittnen.',
      'Support and advice for victims of crime, their families and witnesses.',
    ],
    description: [
      'Rikosuhripäivystys neuvoo rikosilmoituksen tekemisessä, oikeudenkäynnissä ja korvausten hakemisessa. Tukihenkilö voi tulla mukaan oikeudenkäyntiin.',
    ],
    keywords: ['rikoksen uhri', 'RIKU'],
    classes: ['P7.5'],
    channels: ['phone', 'online', 'visit'],
    at: [
      ['victim-support', 'nationwide'],
      [
        'victim-support',
        'all',
        {
          name: [
            'Rikosuhripäivystys, Turun palvelupiste',
            'Brottsofferjouren, Åbo',
            'Victim Support, Turku office',
          ],
        },
      ],
    ],
  },
  {
    key: 'crime-report',
    name: ['Rikosilmoitus', 'Brottsanmälan', 'Reporting a crime'],
    summary: [
      'Tee rikosilmoitus poliisille verkossa tai poliisiasemalla.',
      'Gör en brottsanmälan till polisen på nätet eller på polisstationen.',
      'Report a crime to the police online or at a police station.',
    ],
    description: [
      'Verkossa voi ilmoittaa esimerkiksi varkaudesta, vahingonteosta tai petoksesta. Kiireellisissä tilanteissa soita 112.',
    ],
    classes: ['P7.5'],
    channels: ['online', 'visit'],
    at: [['police', 'nationwide']],
  },
];
