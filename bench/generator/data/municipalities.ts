/**
 * Municipalities the generator places services in: the 27 of Varsinais-Suomi, plus three
 * cities elsewhere for contrast. Names, codes and Y-tunnukset follow PTV's seed data; postal
 * codes come from the postal code register; centres are TM35FIN (northing, easting).
 */

/** Finnish inflected forms a template needs, so texts read naturally ("Paraisilla", "Liedon"). */
export interface FinnishForms {
  /** Nominative: Turku. */
  nom: string;
  /** Genitive: Turun. */
  gen: string;
  /** Locative (inessive or adessive as the name takes): Turussa, Paraisilla. */
  loc: string;
}

export interface Municipality {
  code: string;
  fi: FinnishForms;
  /** Swedish name as PTV's code list has it. */
  sv: string;
  /** Swedish name Swedish-language texts use (traditional names such as Virmo, Letala). */
  svProse: string;
  /** Swedish locative phrase: "i Åbo", "på Kimitoön". */
  svIn: string;
  city: boolean;
  /** Content languages of the municipality's own texts, majority language first. */
  languages: ('fi' | 'sv')[];
  inVarsinaisSuomi: boolean;
  /** Business region (seutukunta) code, Varsinais-Suomi only. */
  businessRegion: string | null;
  population: number;
  businessId: string;
  domain: string;
  /** Landline area code without the leading zero. */
  areaCode: string;
  postal: { code: string; fi: string; sv?: string }[];
  streets: { fi: string; sv?: string }[];
  /** Districts or villages, Finnish nominative/genitive and an optional Swedish name. */
  districts: { nom: string; gen: string; sv?: string }[];
  /** TM35FIN northing, easting of the centre. */
  centre: [number, number];
}

const streets = (...names: (string | [string, string])[]) =>
  names.map((n) => (Array.isArray(n) ? { fi: n[0], sv: n[1] } : { fi: n }));
const postal = (...codes: [string, string, string?][]) =>
  codes.map(([code, fi, sv]) => ({ code, fi, ...(sv ? { sv } : {}) }));
const districts = (...d: [string, string, string?][]) => d.map(([nom, gen, sv]) => ({ nom, gen, ...(sv ? { sv } : {}) }));
const common = ['Asematie', 'Koulutie', 'Kirkkotie', 'Keskustie', 'Myllytie', 'Urheilutie', 'Puistotie', 'Torikatu'];

type Row = Omit<Municipality, 'postal' | 'streets' | 'districts'> & {
  postal: ReturnType<typeof postal>;
  streets?: ReturnType<typeof streets>;
  districts?: ReturnType<typeof districts>;
};

const row = (m: Row): Municipality => ({ ...m, streets: m.streets ?? streets(...common), districts: m.districts ?? [] });
const fi = (nom: string, gen: string, loc: string): FinnishForms => ({ nom, gen, loc });
const vs = { inVarsinaisSuomi: true } as const;

export const municipalities: readonly Municipality[] = [
  row({ ...vs, code: '853', fi: fi('Turku', 'Turun', 'Turussa'), sv: 'Åbo', svProse: 'Åbo', svIn: 'i Åbo', city: true,
    languages: ['fi', 'sv'], businessRegion: '89008', population: 201000, businessId: '0204819-8', domain: 'turku.fi', areaCode: '2',
    postal: postal(['20100', 'TURKU', 'ÅBO'], ['20200', 'TURKU', 'ÅBO'], ['20240', 'TURKU', 'ÅBO'], ['20300', 'TURKU', 'ÅBO'], ['20320', 'TURKU', 'ÅBO'], ['20360', 'TURKU', 'ÅBO'], ['20380', 'TURKU', 'ÅBO'], ['20460', 'TURKU', 'ÅBO'], ['20500', 'TURKU', 'ÅBO'], ['20520', 'TURKU', 'ÅBO'], ['20540', 'TURKU', 'ÅBO']),
    streets: streets(['Aurakatu', 'Auragatan'], ['Linnankatu', 'Slottsgatan'], ['Yliopistonkatu', 'Universitetsgatan'], ['Eerikinkatu', 'Eriksgatan'], ['Humalistonkatu', 'Humlegårdsgatan'], ['Hämeenkatu', 'Tavastgatan'], ['Kaskenkatu', 'Kaskisgatan'], ['Puolalankatu', 'Puolalagatan'], ['Läntinen Rantakatu', 'Västra Strandgatan'], ['Itäinen Pitkäkatu', 'Östra Långgatan'], ['Uudenmaankatu', 'Nylandsgatan'], ['Ratapihankatu', 'Bangårdsgatan'], ['Kristiinankatu', 'Kristinegatan'], 'Nisse Kavon katu', 'Lemminkäisenkatu'),
    districts: districts(['Varissuo', 'Varissuon'], ['Runosmäki', 'Runosmäen'], ['Hirvensalo', 'Hirvensalon'], ['Pansio', 'Pansion'], ['Nummi', 'Nummen'], ['Halinen', 'Halisten'], ['Lauste', 'Lausteen'], ['Ilpoinen', 'Ilpoisten'], ['Kupittaa', 'Kupittaan'], ['Martti', 'Martin'], ['Nättinummi', 'Nättinummen'], ['Uittamo', 'Uittamon'], ['Paattinen', 'Paattisten'], ['Maaria', 'Maarian'], ['Hepokulta', 'Hepokullan'], ['Perno', 'Pernon'], ['Härkämäki', 'Härkämäen'], ['Jäkärlä', 'Jäkärlän'], ['Moikoinen', 'Moikoisten'], ['Kärsämäki', 'Kärsämäen']),
    centre: [6711089, 239742] }),
  row({ ...vs, code: '202', fi: fi('Kaarina', 'Kaarinan', 'Kaarinassa'), sv: 'S:t Karins', svProse: 'S:t Karins', svIn: 'i S:t Karins', city: true,
    languages: ['fi'], businessRegion: '89008', population: 36000, businessId: '0133226-9', domain: 'kaarina.fi', areaCode: '2',
    postal: postal(['20780', 'KAARINA'], ['20660', 'LITTOINEN'], ['20760', 'PIISPANRISTI'], ['21500', 'PIIKKIÖ'], ['21620', 'KUUSISTO']),
    streets: streets('Oskarinaukio', 'Lautakunnankatu', 'Piikkiöntie', 'Hovirinnantie', 'Voivalantie', 'Kirkkotie', 'Koulutie', 'Asematie'),
    districts: districts(['Littoinen', 'Littoisten'], ['Piikkiö', 'Piikkiön'], ['Kuusisto', 'Kuusiston'], ['Voivala', 'Voivalan'], ['Hovirinta', 'Hovirinnan'], ['Rauvola', 'Rauvolan']),
    centre: [6705695, 245180] }),
  row({ ...vs, code: '680', fi: fi('Raisio', 'Raision', 'Raisiossa'), sv: 'Reso', svProse: 'Reso', svIn: 'i Reso', city: true,
    languages: ['fi'], businessRegion: '89008', population: 25000, businessId: '0204428-5', domain: 'raisio.fi', areaCode: '2',
    postal: postal(['21200', 'RAISIO'], ['21210', 'RAISIO'], ['21280', 'RAISIO']),
    streets: streets('Nallinkatu', 'Raisiontie', 'Kirkkoherrantie', 'Tikanmaantie', 'Eeronkuja', 'Koulutie', 'Kirkkotie', 'Puistotie'),
    districts: districts(['Ihala', 'Ihalan'], ['Kaanaa', 'Kaanaan'], ['Kerttula', 'Kerttulan'], ['Vaisaari', 'Vaisaaren'], ['Tahvio', 'Tahvion']),
    centre: [6715259, 234660] }),
  row({ ...vs, code: '529', fi: fi('Naantali', 'Naantalin', 'Naantalissa'), sv: 'Nådendal', svProse: 'Nådendal', svIn: 'i Nådendal', city: true,
    languages: ['fi'], businessRegion: '89008', population: 20000, businessId: '0135457-2', domain: 'naantali.fi', areaCode: '2',
    postal: postal(['21100', 'NAANTALI'], ['21110', 'NAANTALI'], ['21140', 'RYMÄTTYLÄ'], ['21160', 'MERIMASKU'], ['21195', 'VELKUA']),
    streets: streets('Käsityöläiskatu', 'Tullikatu', 'Luostarinkatu', 'Maariankatu', 'Koulutie', 'Kirkkotie', 'Asematie', 'Puistotie'),
    districts: districts(['Rymättylä', 'Rymättylän'], ['Merimasku', 'Merimaskun'], ['Velkua', 'Velkuan'], ['Luonnonmaa', 'Luonnonmaan'], ['Suopelto', 'Suopellon']),
    centre: [6713835, 226625] }),
  row({ ...vs, code: '734', fi: fi('Salo', 'Salon', 'Salossa'), sv: 'Salo', svProse: 'Salo', svIn: 'i Salo', city: true,
    languages: ['fi'], businessRegion: '88906', population: 51000, businessId: '0139533-1', domain: 'salo.fi', areaCode: '2',
    postal: postal(['24100', 'SALO'], ['24240', 'SALO'], ['24260', 'SALO'], ['24800', 'HALIKKO'], ['25180', 'PERTTELI'], ['25500', 'PERNIÖ']),
    streets: streets('Tehdaskatu', 'Vilhonkatu', 'Helsingintie', 'Turuntie', 'Anjalankatu', 'Asemakatu', 'Rummunlyöjänkatu', 'Koulutie'),
    districts: districts(['Halikko', 'Halikon'], ['Perniö', 'Perniön'], ['Kiikala', 'Kiikalan'], ['Kuusjoki', 'Kuusjoen'], ['Muurla', 'Muurlan'], ['Särkisalo', 'Särkisalon'], ['Suomusjärvi', 'Suomusjärven'], ['Pertteli', 'Perttelin']),
    centre: [6700356, 286504] }),
  row({ ...vs, code: '895', fi: fi('Uusikaupunki', 'Uudenkaupungin', 'Uudessakaupungissa'), sv: 'Nystad', svProse: 'Nystad', svIn: 'i Nystad', city: true,
    languages: ['fi'], businessRegion: '89017', population: 15000, businessId: '0144036-6', domain: 'uusikaupunki.fi', areaCode: '2',
    postal: postal(['23500', 'UUSIKAUPUNKI'], ['23600', 'KALANTI'], ['23930', 'PYHÄMAA'], ['23450', 'LOKALAHTI']),
    streets: streets('Alinenkatu', 'Ylinenkatu', 'Rauhankatu', 'Koulukatu', 'Välskärinkatu', 'Kirkkotie', 'Asematie', 'Puistotie'),
    districts: districts(['Kalanti', 'Kalannin'], ['Pyhämaa', 'Pyhämaan'], ['Lokalahti', 'Lokalahden']),
    centre: [6753479, 195911] }),
  row({ ...vs, code: '445', fi: fi('Parainen', 'Paraisten', 'Paraisilla'), sv: 'Pargas', svProse: 'Pargas', svIn: 'i Pargas', city: true,
    languages: ['sv', 'fi'], businessRegion: '89059', population: 15500, businessId: '0136082-5', domain: 'parainen.fi', areaCode: '2',
    postal: postal(['21600', 'PARAINEN', 'PARGAS'], ['21660', 'NAUVO', 'NAGU'], ['21710', 'KORPPOO', 'KORPO'], ['21760', 'HOUTSKARI', 'HOUTSKÄR'], ['23390', 'INIÖ']),
    streets: streets(['Rantatie', 'Strandvägen'], ['Kirkkoesplanadi', 'Kyrkoesplanaden'], ['Kauppiaskatu', 'Köpmansgatan'], ['Koulukatu', 'Skolgatan'], ['Kirkkotie', 'Kyrkvägen'], ['Asematie', 'Stationsvägen']),
    districts: districts(['Nauvo', 'Nauvon', 'Nagu'], ['Korppoo', 'Korppoon', 'Korpo'], ['Houtskari', 'Houtskarin', 'Houtskär'], ['Iniö', 'Iniön', 'Iniö']),
    centre: [6694484, 240505] }),
  row({ ...vs, code: '423', fi: fi('Lieto', 'Liedon', 'Liedossa'), sv: 'Lundo', svProse: 'Lundo', svIn: 'i Lundo', city: false,
    languages: ['fi'], businessRegion: '89008', population: 20500, businessId: '0134698-6', domain: 'lieto.fi', areaCode: '2',
    postal: postal(['21420', 'LIETO'], ['21360', 'LIETO AS'], ['21410', 'VANHALINNA'], ['21450', 'TARVASJOKI']),
    streets: streets('Hyvättyläntie', 'Kirkkotie', 'Keskuskaari', 'Kuloistentie', 'Koulutie', 'Asematie', 'Myllytie', 'Puistotie'),
    districts: districts(['Tarvasjoki', 'Tarvasjoen'], ['Ilmarinen', 'Ilmaristen'], ['Vanhalinna', 'Vanhalinnan'], ['Yliskulma', 'Yliskulman']),
    centre: [6716270, 250554] }),
  row({ ...vs, code: '481', fi: fi('Masku', 'Maskun', 'Maskussa'), sv: 'Masku', svProse: 'Masko', svIn: 'i Masko', city: false,
    languages: ['fi'], businessRegion: '89008', population: 9900, businessId: '0204064-7', domain: 'masku.fi', areaCode: '2',
    postal: postal(['21250', 'MASKU'], ['21230', 'LEMU'], ['21240', 'ASKAINEN']),
    districts: districts(['Lemu', 'Lemun'], ['Askainen', 'Askaisten']), centre: [6725011, 231582] }),
  row({ ...vs, code: '503', fi: fi('Mynämäki', 'Mynämäen', 'Mynämäellä'), sv: 'Mynämäki', svProse: 'Virmo', svIn: 'i Virmo', city: false,
    languages: ['fi'], businessRegion: '89008', population: 7700, businessId: '2048364-4', domain: 'mynamaki.fi', areaCode: '2',
    postal: postal(['23100', 'MYNÄMÄKI'], ['23120', 'MIETOINEN']), districts: districts(['Mietoinen', 'Mietoisten']), centre: [6737351, 226582] }),
  row({ ...vs, code: '538', fi: fi('Nousiainen', 'Nousiaisten', 'Nousiaisissa'), sv: 'Nousis', svProse: 'Nousis', svIn: 'i Nousis', city: false,
    languages: ['fi'], businessRegion: '89008', population: 4800, businessId: '0135821-5', domain: 'nousiainen.fi', areaCode: '2',
    postal: postal(['21270', 'NOUSIAINEN']), centre: [6728197, 230831] }),
  row({ ...vs, code: '577', fi: fi('Paimio', 'Paimion', 'Paimiossa'), sv: 'Pemar', svProse: 'Pemar', svIn: 'i Pemar', city: true,
    languages: ['fi'], businessRegion: '89008', population: 10900, businessId: '0136169-2', domain: 'paimio.fi', areaCode: '2',
    postal: postal(['21530', 'PAIMIO'], ['21510', 'HEVONPÄÄ']), districts: districts(['Hevonpää', 'Hevonpään']), centre: [6710075, 262927] }),
  row({ ...vs, code: '738', fi: fi('Sauvo', 'Sauvon', 'Sauvossa'), sv: 'Sagu', svProse: 'Sagu', svIn: 'i Sagu', city: false,
    languages: ['fi'], businessRegion: '89008', population: 3000, businessId: '9038213-6', domain: 'sauvo.fi', areaCode: '2',
    postal: postal(['21570', 'SAUVO'], ['21590', 'KARUNA']), districts: districts(['Karuna', 'Karunan']), centre: [6697367, 262536] }),
  row({ ...vs, code: '322', fi: fi('Kemiönsaari', 'Kemiönsaaren', 'Kemiönsaarella'), sv: 'Kimitoön', svProse: 'Kimitoön', svIn: 'på Kimitoön', city: false,
    languages: ['sv', 'fi'], businessRegion: '89059', population: 6500, businessId: '0133833-7', domain: 'kemionsaari.fi', areaCode: '2',
    postal: postal(['25700', 'KEMIÖ', 'KIMITO'], ['25900', 'TAALINTEHDAS', 'DALSBRUK'], ['25870', 'DRAGSFJÄRD'], ['25830', 'VÄSTANFJÄRD']),
    streets: streets(['Engelsbyntie', 'Engelsbyvägen'], ['Kirkkotie', 'Kyrkvägen'], ['Koulutie', 'Skolvägen'], ['Rantatie', 'Strandvägen'], ['Asematie', 'Stationsvägen']),
    districts: districts(['Dragsfjärd', 'Dragsfjärdin', 'Dragsfjärd'], ['Västanfjärd', 'Västanfjärdin', 'Västanfjärd'], ['Taalintehdas', 'Taalintehtaan', 'Dalsbruk']),
    centre: [6677227, 263113] }),
  row({ ...vs, code: '430', fi: fi('Loimaa', 'Loimaan', 'Loimaalla'), sv: 'Loimaa', svProse: 'Loimaa', svIn: 'i Loimaa', city: true,
    languages: ['fi'], businessRegion: '302081', population: 15400, businessId: '1927453-8', domain: 'loimaa.fi', areaCode: '2',
    postal: postal(['32200', 'LOIMAA'], ['32440', 'ALASTARO'], ['32300', 'MELLILÄ'], ['32270', 'METSÄMAA']),
    districts: districts(['Alastaro', 'Alastaron'], ['Mellilä', 'Mellilän'], ['Metsämaa', 'Metsämaan'], ['Hirvikoski', 'Hirvikosken']), centre: [6752634, 285776] }),
  row({ ...vs, code: '019', fi: fi('Aura', 'Auran', 'Aurassa'), sv: 'Aura', svProse: 'Aura', svIn: 'i Aura', city: false,
    languages: ['fi'], businessRegion: '302081', population: 4000, businessId: '0132103-3', domain: 'aura.fi', areaCode: '2',
    postal: postal(['21380', 'AURA']), centre: [6731561, 258963] }),
  row({ ...vs, code: '636', fi: fi('Pöytyä', 'Pöytyän', 'Pöytyällä'), sv: 'Pöytyä', svProse: 'Pöytis', svIn: 'i Pöytis', city: false,
    languages: ['fi'], businessRegion: '302081', population: 8200, businessId: '1929519-5', domain: 'poytya.fi', areaCode: '2',
    postal: postal(['21800', 'KYRÖ'], ['21870', 'RIIHIKOSKI'], ['21900', 'YLÄNE'], ['21840', 'KARINAINEN']),
    districts: districts(['Yläne', 'Yläneen'], ['Riihikoski', 'Riihikosken'], ['Kyrö', 'Kyrön'], ['Karinainen', 'Karinaisten']), centre: [6736879, 268081] }),
  row({ ...vs, code: '480', fi: fi('Marttila', 'Marttilan', 'Marttilassa'), sv: 'Marttila', svProse: 'Marttila', svIn: 'i Marttila', city: false,
    languages: ['fi'], businessRegion: '302081', population: 1900, businessId: '0135086-2', domain: 'marttila.fi', areaCode: '2',
    postal: postal(['21490', 'MARTTILA']), centre: [6723567, 275460] }),
  row({ ...vs, code: '284', fi: fi('Koski Tl', 'Kosken Tl', 'Koskella'), sv: 'Koski Åbo l', svProse: 'Koskis', svIn: 'i Koskis', city: false,
    languages: ['fi'], businessRegion: '302081', population: 2200, businessId: '0213007-9', domain: 'koski.fi', areaCode: '2',
    postal: postal(['31500', 'KOSKI TL']), centre: [6730447, 289045] }),
  row({ ...vs, code: '561', fi: fi('Oripää', 'Oripään', 'Oripäässä'), sv: 'Oripää', svProse: 'Oripää', svIn: 'i Oripää', city: false,
    languages: ['fi'], businessRegion: '302081', population: 1300, businessId: '0135869-6', domain: 'oripaa.fi', areaCode: '2',
    postal: postal(['32500', 'ORIPÄÄ']), centre: [6754309, 266270] }),
  row({ ...vs, code: '761', fi: fi('Somero', 'Someron', 'Somerolla'), sv: 'Somero', svProse: 'Somero', svIn: 'i Somero', city: true,
    languages: ['fi'], businessRegion: null, population: 8600, businessId: '0153082-0', domain: 'somero.fi', areaCode: '2',
    postal: postal(['31400', 'SOMERO'], ['31470', 'SOMERNIEMI']), districts: districts(['Somerniemi', 'Somerniemen']), centre: [6726522, 309323] }),
  row({ ...vs, code: '400', fi: fi('Laitila', 'Laitilan', 'Laitilassa'), sv: 'Laitila', svProse: 'Letala', svIn: 'i Letala', city: true,
    languages: ['fi'], businessRegion: '89017', population: 8300, businessId: '0134480-9', domain: 'laitila.fi', areaCode: '2',
    postal: postal(['23800', 'LAITILA'], ['23840', 'SOUKAINEN']), districts: districts(['Untamala', 'Untamalan']), centre: [6760970, 212092] }),
  row({ ...vs, code: '631', fi: fi('Pyhäranta', 'Pyhärannan', 'Pyhärannalla'), sv: 'Pyhäranta', svProse: 'Pyhäranta', svIn: 'i Pyhäranta', city: false,
    languages: ['fi'], businessRegion: '89017', population: 2000, businessId: '0204403-1', domain: 'pyharanta.fi', areaCode: '2',
    postal: postal(['23950', 'PYHÄRANTA']), centre: [6769975, 199331] }),
  row({ ...vs, code: '833', fi: fi('Taivassalo', 'Taivassalon', 'Taivassalossa'), sv: 'Tövsala', svProse: 'Tövsala', svIn: 'i Tövsala', city: false,
    languages: ['fi'], businessRegion: '89017', population: 1600, businessId: '0139991-4', domain: 'taivassalo.fi', areaCode: '2',
    postal: postal(['23310', 'TAIVASSALO']), centre: [6726112, 204698] }),
  row({ ...vs, code: '304', fi: fi('Kustavi', 'Kustavin', 'Kustavissa'), sv: 'Gustavs', svProse: 'Gustavs', svIn: 'i Gustavs', city: false,
    languages: ['fi'], businessRegion: '89017', population: 900, businessId: '0134349-4', domain: 'kustavi.fi', areaCode: '2',
    postal: postal(['23360', 'KUSTAVI']), centre: [6725383, 190751] }),
  row({ ...vs, code: '704', fi: fi('Rusko', 'Ruskon', 'Ruskolla'), sv: 'Rusko', svProse: 'Rusko', svIn: 'i Rusko', city: false,
    languages: ['fi'], businessRegion: '89008', population: 6200, businessId: '0204524-5', domain: 'rusko.fi', areaCode: '2',
    postal: postal(['21290', 'RUSKO'], ['21310', 'VAHTO']), districts: districts(['Vahto', 'Vahdon']), centre: [6721298, 237968] }),
  row({ ...vs, code: '918', fi: fi('Vehmaa', 'Vehmaan', 'Vehmaalla'), sv: 'Vehmaa', svProse: 'Vemo', svIn: 'i Vemo', city: false,
    languages: ['fi'], businessRegion: '89017', population: 2200, businessId: '0144561-8', domain: 'vehmaa.fi', areaCode: '2',
    postal: postal(['23210', 'VEHMAA'], ['23200', 'VINKKILÄ']), centre: [6739158, 210708] }),
  row({ code: '091', inVarsinaisSuomi: false, fi: fi('Helsinki', 'Helsingin', 'Helsingissä'), sv: 'Helsingfors', svProse: 'Helsingfors', svIn: 'i Helsingfors', city: true,
    languages: ['fi', 'sv'], businessRegion: null, population: 675000, businessId: '0201256-6', domain: 'hel.fi', areaCode: '9',
    postal: postal(['00100', 'HELSINKI', 'HELSINGFORS'], ['00530', 'HELSINKI', 'HELSINGFORS']),
    streets: streets(['Mannerheimintie', 'Mannerheimvägen'], ['Hämeentie', 'Tavastvägen'], ['Toinen linja', 'Andra linjen']), centre: [6672118, 385611] }),
  row({ code: '837', inVarsinaisSuomi: false, fi: fi('Tampere', 'Tampereen', 'Tampereella'), sv: 'Tammerfors', svProse: 'Tammerfors', svIn: 'i Tammerfors', city: true,
    languages: ['fi'], businessRegion: null, population: 255000, businessId: '0211675-2', domain: 'tampere.fi', areaCode: '3',
    postal: postal(['33100', 'TAMPERE'], ['33200', 'TAMPERE']), streets: streets('Hämeenkatu', 'Satakunnankatu', 'Kuninkaankatu'), centre: [6822520, 327614] }),
  row({ code: '609', inVarsinaisSuomi: false, fi: fi('Pori', 'Porin', 'Porissa'), sv: 'Björneborg', svProse: 'Björneborg', svIn: 'i Björneborg', city: true,
    languages: ['fi'], businessRegion: null, population: 83000, businessId: '0137323-9', domain: 'pori.fi', areaCode: '2',
    postal: postal(['28100', 'PORI']), streets: streets('Yrjönkatu', 'Antinkatu', 'Itsenäisyydenkatu'), centre: [6827879, 223122] }),
];

/** The 27 municipalities of Varsinais-Suomi. */
export const varsinaisSuomi = municipalities.filter((m) => m.inVarsinaisSuomi);

const byCode = new Map(municipalities.map((m) => [m.code, m]));

/** The municipality with this code; throws for codes outside the generator's table. */
export function municipality(code: string): Municipality {
  const m = byCode.get(code);
  if (!m) throw new Error(`No municipality ${code} in the generator table`);
  return m;
}
