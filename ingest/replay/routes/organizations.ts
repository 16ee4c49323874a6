import { fullPage, idPage } from '../paging.ts';
import { readDateWindow, readPage } from '../query.ts';
import type { Router } from '../router.ts';
import type { OrganizationEntry } from '../store/entry.ts';
import { areaListing } from './area-listing.ts';
import type { ReplayDeps } from './deps.ts';
import { byGuids, byId, statusListing } from './shared.ts';

/** `V8VmOpenApiOrganizationItem`. */
const organizationItem = (o: OrganizationEntry) => ({
  id: o.id,
  name: o.name,
  parentOrganizationId: o.parentOrganizationId,
});

/** `/Organization` routes. */
export function organizationRoutes(router: Router, deps: ReplayDeps): void {
  const { store } = deps;
  router
    .get('Organization', ({ query }) => {
      const page = readPage(query);
      // PTV-1619: the Published listing leaves out organisations with no published content.
      const entries = statusListing(store, 'organizations', query, {
        key: 'active',
        test: (o) => o.publishingStatus !== 'Published' || store.isActiveOrganization(o.id),
      });
      return idPage(entries, page, organizationItem);
    })
    .get('Organization/list', byGuids(store, 'organizations'))
    .get('Organization/:id', byId(store, 'organizations'))
    .get('Organization/area/:area/code/:code', ({ params, query }) => {
      const page = readPage(query);
      const window = readDateWindow(query);
      return idPage(
        areaListing(deps, 'organizations', params, query, window),
        page,
        organizationItem,
      );
    })
    .get('Organization/list/area/:area/code/:code', ({ params, query }) => {
      const page = readPage(query);
      return fullPage(store, areaListing(deps, 'organizations', params, query), page);
    });
}
