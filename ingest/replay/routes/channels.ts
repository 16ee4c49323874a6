import { fullPage, idPage } from '../paging.ts';
import { readDateWindow, readEnumParam, readGuidParam, readPage, type Query } from '../query.ts';
import { notFound } from '../reply.ts';
import type { RouteContext, Router } from '../router.ts';
import { isPublished } from '../store/entry.ts';
import { areaListing } from './area-listing.ts';
import type { ReplayDeps } from './deps.ts';
import { organizationIdsFromQuery } from './organization-filter.ts';
import { byGuids, byId, idAndName, publishedIn, statusListing, windowKey } from './shared.ts';

const CHANNEL_TYPES = ['EChannel', 'WebPage', 'PrintableForm', 'Phone', 'ServiceLocation'] as const;

/** `/ServiceChannel` routes. */
export function channelRoutes(router: Router, deps: ReplayDeps): void {
  const { store } = deps;

  /** `organization/{organizationId}[/type/{type}]`: ID page of one published owner's channels. */
  const byOwner = ({ params, query }: RouteContext) => {
    const ownerId = readGuidParam('organizationId', params.organizationId);
    const type =
      params.type === undefined ? null : readEnumParam('type', params.type, CHANNEL_TYPES);
    const page = readPage(query);
    const window = readDateWindow(query);
    const owner = store.get('organizations', ownerId);
    if (!owner || !isPublished(owner))
      throw notFound(`Organization with id '${ownerId}' not found.`);
    const inWindow = publishedIn(window);
    const entries = store.select(
      'channels',
      `owner:${ownerId}:${type}:${windowKey(window)}`,
      (c) =>
        inWindow(c) && c.organizationId === ownerId && (type === null || c.channelType === type),
    );
    return idPage(entries, page, idAndName);
  };

  const ownedBy = (query: Query, required: boolean) => {
    const ids = organizationIdsFromQuery(store, query, required);
    return ids && { key: `owners:${ids.join(',')}`, ids };
  };

  router
    .get('ServiceChannel', ({ query }) => {
      const page = readPage(query);
      const owners = ownedBy(query, false);
      const entries = statusListing(
        store,
        'channels',
        query,
        owners
          ? {
              key: owners.key,
              test: (c) => c.organizationId !== null && owners.ids.includes(c.organizationId),
            }
          : undefined,
      );
      return idPage(entries, page, idAndName);
    })
    .get('ServiceChannel/list', byGuids(store, 'channels'))
    .get('ServiceChannel/:id', byId(store, 'channels'))
    .get('ServiceChannel/area/:area/code/:code', ({ params, query }) => {
      const page = readPage(query);
      const window = readDateWindow(query);
      return idPage(areaListing(deps, 'channels', params, query, window), page, idAndName);
    })
    .get('ServiceChannel/list/area/:area/code/:code', ({ params, query }) => {
      const page = readPage(query);
      return fullPage(store, areaListing(deps, 'channels', params, query), page);
    })
    .get('ServiceChannel/list/organization', ({ query }) => {
      const page = readPage(query);
      const owners = ownedBy(query, true)!;
      const published = publishedIn({});
      const entries = store.select(
        'channels',
        owners.key,
        (c) => published(c) && c.organizationId !== null && owners.ids.includes(c.organizationId),
      );
      return fullPage(store, entries, page);
    })
    .get('ServiceChannel/organization/:organizationId', byOwner)
    .get('ServiceChannel/organization/:organizationId/type/:type', byOwner)
    .get('ServiceChannel/type/:type', ({ params, query }) => {
      const type = readEnumParam('type', params.type, CHANNEL_TYPES);
      const page = readPage(query);
      const window = readDateWindow(query);
      const inWindow = publishedIn(window);
      const entries = store.select(
        'channels',
        `type:${type}:${windowKey(window)}`,
        (c) => inWindow(c) && c.channelType === type,
      );
      return idPage(entries, page, idAndName);
    });
}
