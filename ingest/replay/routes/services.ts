import { fullPage, idPage } from '../paging.ts';
import { readDateWindow, readEnumParam, readPage } from '../query.ts';
import type { Router } from '../router.ts';
import { areaListing } from './area-listing.ts';
import type { ReplayDeps } from './deps.ts';
import { organizationIdsFromQuery } from './organization-filter.ts';
import { byGuids, byId, idAndName, publishedIn, statusListing, windowKey } from './shared.ts';

const SERVICE_TYPES = ['Service', 'PermitOrObligation', 'ProfessionalQualification'] as const;

/** `/Service` routes. */
export function serviceRoutes(router: Router, deps: ReplayDeps): void {
  const { store } = deps;
  router
    .get('Service', ({ query }) => {
      const page = readPage(query);
      return idPage(statusListing(store, 'services', query), page, idAndName);
    })
    .get('Service/list', byGuids(store, 'services'))
    .get('Service/:id', byId(store, 'services'))
    .get('Service/area/:area/code/:code', ({ params, query }) => {
      const page = readPage(query);
      const window = readDateWindow(query);
      return idPage(areaListing(deps, 'services', params, query, window), page, idAndName);
    })
    .get('Service/list/area/:area/code/:code', ({ params, query }) => {
      const page = readPage(query);
      return fullPage(store, areaListing(deps, 'services', params, query), page);
    })
    .get('Service/list/organization', ({ query }) => {
      const page = readPage(query);
      const ids = organizationIdsFromQuery(store, query, true)!;
      const published = publishedIn({});
      const entries = store.select(
        'services',
        `organization:${ids.join(',')}`,
        (s) => published(s) && s.organizationIds.some((o) => ids.includes(o)),
      );
      return fullPage(store, entries, page);
    })
    .get('Service/type/:type', ({ params, query }) => {
      const type = readEnumParam('type', params.type, SERVICE_TYPES);
      const page = readPage(query);
      const window = readDateWindow(query);
      const inWindow = publishedIn(window);
      const entries = store.select(
        'services',
        `type:${type}:${windowKey(window)}`,
        (s) => inWindow(s) && s.serviceType === type,
      );
      return idPage(entries, page, idAndName);
    });
}
