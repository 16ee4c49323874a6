/** Finlex links for the statutory services the generator describes (`legislation[]`). */
import { languageItems, webPageItem } from '../wire/items.ts';

const law = (fi: string, sv: string, path: string) => ({
  names: languageItems({ fi, sv }),
  webPages: [
    webPageItem(`https://www.finlex.fi/fi/laki/ajantasa/${path}`, fi, 'fi'),
    webPageItem(`https://www.finlex.fi/sv/laki/ajantasa/${path}`, sv, 'sv'),
  ],
});

const socialWelfareAct = law(
  'Sosiaalihuoltolaki (1301/2014)',
  'Socialvårdslag (1301/2014)',
  '2014/20141301',
);

const byTheme: Record<string, ReturnType<typeof law>[]> = {
  'social-assistance': [
    law('Laki toimeentulotuesta (1412/1997)', 'Lag om utkomststöd (1412/1997)', '1997/19971412'),
  ],
  'caring-for-a-relative': [
    law(
      'Laki omaishoidon tuesta (937/2005)',
      'Lag om stöd för närståendevård (937/2005)',
      '2005/20050937',
    ),
  ],
  'legal-aid': [law('Oikeusapulaki (257/2002)', 'Rättshjälpslag (257/2002)', '2002/20020257')],
  'debt-and-money': [
    law(
      'Laki talous- ja velkaneuvonnasta (713/2000)',
      'Lag om ekonomi- och skuldrådgivning (713/2000)',
      '2000/20000713',
    ),
  ],
};

/** The acts behind a theme's statutory services; the Social Welfare Act when nothing narrower applies. */
export function legislationFor(theme: string) {
  return byTheme[theme] ?? [socialWelfareAct];
}
