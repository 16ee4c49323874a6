// Inflected forms whose stem the light stemmer cannot relate to the base form (consonant stems,
// -si/-de- alternation, diphthong change in the plural). Only frequent service-vocabulary words.
const FORMS: Record<string, string> = {
  lapsi: 'lasten',
  mies: 'miehen miestä miehet miehiä miesten miehelle miehille miehenä',
  vuosi: 'vuoden vuotta vuodet vuosien vuosia vuonna vuodessa vuodeksi vuosina vuosiksi',
  kuukausi: 'kuukauden kuukautta kuukaudet kuukausien kuukausia kuukaudessa kuukaudeksi',
  uusi: 'uuden uutta uudet uusien uusia uudessa uudelle uusille uuteen',
  vesi: 'veden vettä vedet vesien vesiä vedessä',
  käsi: 'käden kättä kädet käsien käsiä kädessä',
  työ: 'töissä töihin töistä töitä töille töiden töiltä',
  aika: 'ajan ajat ajalla ajalta ajassa ajaksi ajoissa',
  ikä: 'iän iät ikää iässä iästä iälle',
  puhelin:
    'puhelimen puhelimet puhelimeen puhelimessa puhelimella puhelimitse puhelimia puhelimien',
  jäsen: 'jäsenen jäsenet jäsenelle jäsenille jäsenten jäseniä jäsenenä jäsenistä',
  sydän: 'sydämen sydämet sydämessä sydämelle',
  yksi: 'yhden yhtä yhteen yhdessä',
  kaksi: 'kahden kahta kahteen kahdessa',
};

/** Inflected form → base form, for the forms in {@link FORMS}. */
export const IRREGULAR_BASE: ReadonlyMap<string, string> = new Map(
  Object.entries(FORMS).flatMap(([base, forms]) =>
    forms.split(' ').map((form) => [form, base] as const),
  ),
);
