import { pageOf, ID_PAGE_SIZE } from '../paging.ts';
import { readPage } from '../query.ts';
import { badRequest, json, notFound, rawJson } from '../reply.ts';
import type { Router } from '../router.ts';
import type { ReplayDeps } from './deps.ts';

const AREA_CODE_TYPES = ['Province', 'HospitalRegions', 'BusinessRegions'];

/** `/CodeList` routes: the dump's `codes/` files as stored; 404 when the dump has none. */
export function codeListRoutes(router: Router, { codes }: ReplayDeps): void {
  const stored = (name: string, what: string) => () => {
    const bytes = codes.files.get(name);
    if (!bytes) throw notFound(`${what} not found.`);
    return rawJson(bytes);
  };
  router
    .get('CodeList/GetMunicipalityCodes', stored('MunicipalityCodes', 'Municipality codes'))
    .get('CodeList/GetLanguageCodes', stored('LanguageCodes', 'Language codes'))
    .get('CodeList/GetCountryCodes', stored('CountryCodes', 'Country codes'))
    .get('CodeList/GetAreaCodes/type/:type', (ctx) => {
      const { type } = ctx.params;
      if (!AREA_CODE_TYPES.includes(type)) {
        const allowed = AREA_CODE_TYPES.join(', ');
        throw badRequest(
          'type',
          `'${type}' is not allowed value of 'type'! Please use one of these: '${allowed}'.`,
        );
      }
      return stored(`AreaCodes-${type}`, `Area codes of type ${type}`)();
    })
    .get('CodeList/GetPostalCodes', ({ query }) => {
      const page = readPage(query);
      if (!codes.postalCodes) throw notFound('Postal codes not found.');
      const p = pageOf(codes.postalCodes, page, ID_PAGE_SIZE);
      const { pageNumber, pageSize, pageCount, items } = p;
      return json({ pageNumber, pageSize, pageCount, itemList: items });
    });
}
