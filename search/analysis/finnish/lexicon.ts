// Common words of Finnish service descriptions, for splitting compounds when Voikko is absent
// (or does not know a word). One entry per base form; "base:form,form" adds the forms the word
// takes as the first half of a compound when that is not the base form (genitive: mielen-,
// lasten-). Words ending in -nen also split in their -s- form (omais-, asumis-) automatically.
// Words of one or two letters are useless as parts and left out.
export const FINNISH_LEXICON = `
aamu aika:ajan aikuinen aistivamma akuutti alkoholi alue ammatti apu apuväline arki:arjen arvio
arviointi asia asiakas:asiakkaan asiointi askare asukas:asukkaan asunto asuminen ateria avo
avustaja avustus elatus elämä:elämän eläke eläkeläinen ennaltaehkäisy ensi ero erityinen esteetön
etsivä etä etuus hammas:hampaan harrastus hakemus hallinta hätä häätö henkilö henkinen hoito hoitaja
hoiva huolto huoltaja huone huumausaine huume hyvinvointi:hyvinvoinnin hätäkeskus ihminen:ihmisten
ikä ikääntynyt ilta infektio jakelu jäsen kaatuminen kahvila kasvatus kaupunki:kaupungin kauppa
kehitys:kehityksen keho kela kerho keskus keskustelu kielitaito kieli:kielen kipu kirjasto koti:kodin
koulu koulutus kriisi kulttuuri kuljetus kunta:kunnan kunto kuntoutus kuntoutuja kurssi kuulo
kuraattori kuvantaminen kysely käynti laboratorio laki lapsi:lasten lapsiperhe leikki liikunta
liikenne lomake luku lupa lähete lähi lähisuhde lääkäri lääke lääkitys maa:maahan maksu
maahanmuuttaja majoitus masennus matka mieli:mielen mielenterveys moni muisti muutos neuvo
neuvola neuvonta neuvoja nuori:nuorten nainen:naisten mies:miesten oma omainen ohjaaja ohjaus opas
opiskelija opiskelu oppilas:oppilaan oppiminen osasto paikka palvelu palveluohjaus perhe:perheen
peli piste poliklinikka psykiatria psykologi puhelin päivä päihde päivystys raha rahoitus raskaus
ravitsemus ruoka:ruoan,ruuan ryhmä saattohoito sairaala sairaanhoitaja sairaus seksuaali
selvitys seniori seurakunta siivous sosiaali sosiaalityö sote suhde suojelu suu:suun syömishäiriö
talo talous taloudellinen tapaaminen terapia terapeutti terveys:terveyden tila toiminta
toimeentulo:toimeentulon tuki tukihenkilö tulkki turva tutkimus työ:työn työllisyys työtön uni
valvoja vamma vammainen vanhempi vanhus:vanhusten vapaa vapaaehtoinen varhainen vastaanotto
velka verkko vertainen veteraani väkivalta yhdistys yhteisö yksilö yksinäisyys ympäristö
ehkäisy ehkäisevä hengellinen kotitalous kuoro käsityö leiri liikuntarajoitteinen loma
muistisairaus ohjelma sydän:sydämen tapaturma toimisto vaate vastaava kumppani kotihoito
kehitysvamma kehitysvammainen vanhemmuus parisuhde kasvu synnytys raskaana kiintiö pakolainen
turvapaikka kotoutuminen kotoutus suomi:suomen ruotsi:ruotsin kotimaa nuoriso:nuorison
opinto:opintojen ammatillinen kuntouttava päivätoiminta työtoiminta työkyky työpaikka työnhaku
työnhakija työntekijä työnantaja työkokeilu palkka palkkatuki yrittäjä yritys asumistuki
vuokra vuokralainen vuokranantaja omistus kiinteistö isännöitsijä hätämajoitus asuntola
tilapäinen tukiasunto palveluasuminen laitos hoivakoti hoitokoti palvelutalo tehostettu
ryhmäkoti perhekoti sijaisperhe sijoitus huostaanotto lastensuojelu avohuolto jälkihuolto
lastenvalvoja tapaamisoikeus sovittelu eroperhe uusperhe yksinhuoltaja isä:isän äiti:äidin
vauva taapero esikoulu varhaiskasvatus päiväkoti perhepäivähoito koululainen iltapäivätoiminta
harrastaja leikkipuisto perhekeskus perhetyö kotipalvelu lapsiperhe palveluseteli seteli
omaishoito omaishoitaja hoidettava sijaishoito intervallihoito lyhytaikainen pitkäaikainen
muistihoitaja muistisairas muistihäiriö dementia aivot:aivojen aivoinfarkti kuntoutussuunnitelma
fysioterapia fysioterapeutti toimintaterapia puheterapia ravitsemusterapia jalkahoito
hieronta suuhygienisti hammaslääkäri hammashoito hammashoitola silmä:silmän
optikko korva:korvan kuulokoje apteekki resepti rokotus rokote laboratorio verikoe näyte
verenpaine diabetes sokeri astma allergia syöpä reuma keuhko:keuhkojen sydän infarkti
leikkaus päiväkirurgia kirurgia ensiapu päivystyspoliklinikka terveyskeskus terveysasema
vastaanotto hoitotarvike hoitotarvikejakelu kotisairaanhoito kotisairaala saattohoito
palliatiivinen kipu lepo uni unettomuus ahdistus paniikki pelko stressi uupumus loppuunpalaminen
kriisiapu keskusteluapu itsetuhoisuus itsemurha suru menetys trauma väkivalta lähisuhdeväkivalta
turvakoti rikos:rikoksen uhri:uhrin sovittelu poliisi oikeus:oikeuden oikeusapu edunvalvonta
edunvalvoja holhous testamentti perintö perunkirjoitus kuolema hautajaiset hautaus
riippuvuus peliriippuvuus rahapeli nikotiini tupakka alkoholi:alkoholin korvaushoito
vieroitus katkaisuhoito selviämisasema päihdetyö päihdekuntoutus päihdepalvelu asumisyksikkö
terveysneuvonta neulanvaihto matalakynnys matala:matalan kynnys vertaistuki tukiryhmä
keskusteluryhmä ryhmätoiminta kohtaamispaikka olohuone asukastalo kylätalo monitoimitalo
kansalaisopisto kurssi opetus:opetuksen koulutus kielikurssi suomenkieli suomen kotoutumiskoulutus
tulkkaus käännös asiointi:asioinnin digituki neuvontapiste palvelupiste infopiste asiakaspalvelu
verkkopalvelu sähköposti chat puhelinpalvelu soitto ajanvaraus takaisinsoitto jono
hakemus päätös:päätöksen valitus oikaisu muutoksenhaku etuus toimeentulotuki perustoimeentulotuki
asumistuki työttömyysturva työmarkkinatuki ansiosidonnainen päiväraha sairauspäiväraha
kuntoutusraha eläke takuueläke kansaneläke työeläke lapsilisä elatustuki elatusapu
vammaistuki hoitotuki kuljetuspalvelu taksi bussi:bussin saattaja saattoapu henkilökohtainen
avustaja tulkkipalvelu viittomakieli kuuro:kuurojen sokea:sokeiden näkövamma kuulovamma
liikuntavamma pyörätuoli rollaattori apuvälinelainaamo esteettömyys asunnonmuutostyö
velkaneuvonta talousneuvonta velkajärjestely ulosotto luotto laina pikavippi maksuhäiriö
budjetti kulutus kuluttaja sosiaalinen sosiaaliohjaus sosiaalityöntekijä sosiaaliohjaaja
palvelutarve palvelutarpeenarviointi asiakassuunnitelma ennakoiva ennakointi
nuorisotyö nuorisotila nuorisotalo koulupsykologi kouluterveydenhoitaja terveydenhoitaja
opiskeluterveydenhuolto kouluterveydenhuolto terveydenhuolto perusterveydenhuolto
erikoissairaanhoito mielenterveyspalvelu psykiatri psykoterapia terapeutti kognitiivinen
yksinäinen syrjäytyminen osallisuus kohtaaminen kuuleminen vaikuttaminen vapaaehtoistyö
järjestö säätiö seurakunta diakonia diakoniatyö leipäjono ruokajakelu ruokaapu
ruokapankki vaatejakelu kierrätys kirpputori liikuntapaikka uimahalli kuntosali liikuntaryhmä
tuolijumppa tanssi musiikki taide kulttuuripalvelu museo teatteri elokuva lukeminen retki
ulkoilu luonto metsä puisto mökki asuntoauto
`;
