// Common words of Swedish service descriptions, for splitting compounds (skuldrådgivning →
// skuld + rådgivning). Base forms only: a part may also appear with the linking -s-
// (arbetslös), or without its final -a/-e (skolhälsovård, arbetsplats); "base:form" adds other
// first-part forms (hälsa:hälso as in hälsovård).
export const SWEDISH_LEXICON = `
akut alkohol allmän anhörig ansökan arbete arbetslös arbetslöshet assistans assistent avgift
barn:barna bidrag bo boende bostad bostadslös budget bygg centrum dag daghem demens diakoni drog
ekonomi ekonomisk elev familj fattig flykting förälder föräldraskap förebyggande förening
församling försäkring fritid frisk funktion funktionshinder funktionsnedsättning fysisk grupp
gård hand handikapp hem hemlös hjälp hus hyra hälsa:hälso hörsel idrott inkomst integration
invandrare jour kontakt kost kris kultur kurs kvinna:kvinno kommun lag ledig lek liv lots läkare
läkemedel lägenhet man mat medicin migration minne missbruk missbrukare mottagning
mödra mun närstående omsorg område organisation pension pensionär person psykisk
psykiatri psykolog rehabilitering resa råd rådgivning rådgivare samtal samhälle sanering
service sjuk sjukdom sjukhus sjukvård skola skuld skydd social socialtjänst språk stöd
stödperson syn tand tandvård tjänst tolk transport trygghet träff träning tvätt ungdom
utbildning utredning vård vårdare vuxen våld väntan äldre övernattning
arbetsförmedling arbetsplats barnskydd barnomsorg barnavård barnavårdscentral dagverksamhet
ekonomisk familjerådgivning fritidsverksamhet färdtjänst hemtjänst hemsjukvård hälsovård
hälsocentral jourhem kamratstöd kvinnojour matbank matkasse missbrukarvård
närståendevårdare rådgivningsbyrå skuldrådgivning skuldsanering socialarbetare
stödboende stödgrupp tandläkare ungdomsgård vårdcentral äldreomsorg äldreboende
förlossning graviditet mödravård mödrarådgivning rådgivningsbyrå kurator sjuksköterska
hemvård hemvårdare handledning vägledning samordning samordnare koordinator bedömning
behov beslut ansökning avlastning avlösning dagvård korttidsvård intervall nattvård
psykoterapi terapi terapeut samtalsstöd krisstöd krishjälp kriscentrum jourtelefon telefon
chatt epost webb digital distans grupp verksamhet motion simhall gym dans musik konst
bibliotek museum teater kyrka församling diakoni volontär frivillig frivilligarbete
sysselsättning arbetsverksamhet praktik lön lönesubvention företag företagare studier
student studerande skolhälsovård elevhälsa studiehälsovård vaccination vaccin provtagning
laboratorium röntgen operation kirurgi akutmottagning jourmottagning hälsostation
diabetes astma allergi cancer reumatism hjärta lunga hjärna stroke minnessjukdom
demenssjukdom depression ångest panik rädsla stress utmattning sömn sömnlöshet sorg
trauma självmord våldsutsatt offer brott polis rätt rättshjälp intressebevakning
intressebevakare arv testamente död begravning spel spelberoende beroende nikotin tobak
narkotika substitution avgiftning avvänjning ensamhet ensam delaktighet invånare lös central
anmälan färd plats
`;
