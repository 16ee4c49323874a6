/**
 * The 27 municipalities of Varsinais-Suomi as the eval corpus places services: code, Finnish
 * nominative and genitive (descriptions say "Turun asukkaille"), Swedish name, and the TM35FIN
 * centre (northing, easting) visit locations sit near.
 */
export interface EvalMunicipality {
  code: string;
  fi: string;
  gen: string;
  sv: string;
  centre: readonly [number, number];
}

const m = (
  code: string,
  fi: string,
  gen: string,
  sv: string,
  n: number,
  e: number,
): EvalMunicipality => ({
  code,
  fi,
  gen,
  sv,
  centre: [n, e],
});

export const municipalities: readonly EvalMunicipality[] = [
  m('853', 'Turku', 'Turun', 'Åbo', 6711089, 239742),
  m('202', 'Kaarina', 'Kaarinan', 'S:t Karins', 6705695, 245180),
  m('680', 'Raisio', 'Raision', 'Reso', 6715259, 234660),
  m('529', 'Naantali', 'Naantalin', 'Nådendal', 6713835, 226625),
  m('734', 'Salo', 'Salon', 'Salo', 6700356, 286504),
  m('895', 'Uusikaupunki', 'Uudenkaupungin', 'Nystad', 6753479, 195911),
  m('445', 'Parainen', 'Paraisten', 'Pargas', 6694484, 240505),
  m('423', 'Lieto', 'Liedon', 'Lundo', 6716270, 250554),
  m('481', 'Masku', 'Maskun', 'Masku', 6725011, 231582),
  m('503', 'Mynämäki', 'Mynämäen', 'Mynämäki', 6737351, 226582),
  m('538', 'Nousiainen', 'Nousiaisten', 'Nousis', 6728197, 230831),
  m('577', 'Paimio', 'Paimion', 'Pemar', 6710075, 262927),
  m('738', 'Sauvo', 'Sauvon', 'Sagu', 6697367, 262536),
  m('322', 'Kemiönsaari', 'Kemiönsaaren', 'Kimitoön', 6677227, 263113),
  m('430', 'Loimaa', 'Loimaan', 'Loimaa', 6752634, 285776),
  m('019', 'Aura', 'Auran', 'Aura', 6731561, 258963),
  m('636', 'Pöytyä', 'Pöytyän', 'Pöytyä', 6736879, 268081),
  m('480', 'Marttila', 'Marttilan', 'Marttila', 6723567, 275460),
  m('284', 'Koski Tl', 'Kosken Tl', 'Koski Åbo l', 6730447, 289045),
  m('561', 'Oripää', 'Oripään', 'Oripää', 6754309, 266270),
  m('761', 'Somero', 'Someron', 'Somero', 6726522, 309323),
  m('400', 'Laitila', 'Laitilan', 'Laitila', 6760970, 212092),
  m('631', 'Pyhäranta', 'Pyhärannan', 'Pyhäranta', 6769975, 199331),
  m('833', 'Taivassalo', 'Taivassalon', 'Tövsala', 6726112, 204698),
  m('304', 'Kustavi', 'Kustavin', 'Gustavs', 6725383, 190751),
  m('704', 'Rusko', 'Ruskon', 'Rusko', 6721298, 237968),
  m('918', 'Vehmaa', 'Vehmaan', 'Vehmaa', 6739158, 210708),
];

export const municipalityByCode = new Map(municipalities.map((x) => [x.code, x]));
