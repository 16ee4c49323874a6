/**
 * Past forms of Swedish and English strong and irregular verbs that tell a need, which a stemmer
 * leaves as they are ("slog", "dog", "lost", "fought"; regular "-ade", "-ed" forms it stems to the
 * verb already), with the forms the verb's present is written in. Light verbs are left out:
 * "fick", "got", "left", "found" say too much else, and "fell" / "föll" is as often off a
 * bike as the fall at home the older people's theme means. Like the Finnish participles, a client's text
 * gets them as extra keys (`QueryOptions.verbs`), so "min man slog mig" meets a vocabulary that
 * says "slår mig"; documents never do.
 */

// Entries are separated by | or a line break: past forms : the verb's infinitive and present.
const SWEDISH = `
slog slagit slagen slagna:slå slår | dog dött:dö dör | drack druckit:dricka dricker
söp supit:supa super | sov sovit:sova sover | stal stulit stulen stulna:stjäla stjäl
försvann försvunnit:försvinna försvinner | skrek skrikit:skrika skriker
bröt brutit bruten:bryta bryter | grät gråtit:gråta gråter | sköt skjutit skjuten:skjuta skjuter
högg huggit:hugga hugger | knivhögg knivhuggit knivhuggen:knivhugga knivhugger
bet bitit biten:bita biter | ljög ljugit:ljuga ljuger | frös frusit:frysa fryser
glömde glömt:glömma glömmer | flydde flytt:fly flyr
sjönk sjunkit:sjunka sjunker
`;

const ENGLISH = `
beaten:beat | died:die | lost:lose | fought:fight | drank drunk:drink | stole stolen:steal
broke broken:break | threw thrown:throw | bit bitten:bite | slept:sleep
spent:spend | lent:lend | shot:shoot | burnt:burn | forgot forgotten:forget | fled:flee
hid hidden:hide | ate eaten:eat | shook shaken:shake | swore sworn:swear | tore torn:tear
struck stricken:strike
`;

function table(text: string): Map<string, string[]> {
  const byForm = new Map<string, string[]>();
  for (const entry of text.split(/[|\n]/).filter((e) => e.trim())) {
    const [forms, bases] = entry.split(':') as [string, string];
    for (const form of forms.trim().split(/\s+/)) byForm.set(form, bases.trim().split(/\s+/));
  }
  return byForm;
}

/** The present forms of the verb a Swedish or English past form is of, by past form. */
export const STRONG_VERBS = { sv: table(SWEDISH), en: table(ENGLISH) } as const;
