import { parseGuid } from '../guid.ts';
import type { Query } from '../query.ts';
import { badRequest, notFound, serverError } from '../reply.ts';
import type { DumpStore } from '../store/dump-store.ts';
import { isPublished } from '../store/entry.ts';

const ONE_REQUIRED =
  "One of the organization related parameters 'organizationId', 'code' or 'oid' has to be set.";
const ONLY_ONE =
  "Only one of the organization related parameters 'organizationId', 'code' or 'oid' can be set at a time.";

/**
 * PTV's `CheckAndGetOrganizationIds`: resolves `organizationId`, `code` (Y-tunnus) or `oid` to
 * published organisation ids. Returns `null` when none is given and none is required.
 */
export function organizationIdsFromQuery(
  store: DumpStore,
  query: Query,
  required: boolean,
): string[] | null {
  const organizationId = query.get('organizationId') || undefined;
  const code = query.get('code') || undefined;
  const oid = query.get('oid') || undefined;
  const given = [organizationId, code, oid].filter((v) => v !== undefined).length;
  if (given === 0) {
    if (required) throw badRequest('organizationId', ONE_REQUIRED);
    return null;
  }
  if (given > 1)
    throw badRequest(organizationId === undefined ? 'code' : 'organizationId', ONLY_ONE);
  if (organizationId !== undefined) {
    // PTV parses this one outside validation, so a malformed id surfaces as a 500.
    const id = parseGuid(organizationId);
    if (!id) throw serverError(`Cannot parse '${organizationId}' to type of Guid.`);
    const org = store.get('organizations', id);
    if (!org || !isPublished(org)) throw notFound(`Organization with id '${id}' not found.`);
    return [id];
  }
  const published = store.sorted('organizations').filter(isPublished);
  if (code !== undefined) {
    if (!/^[0-9]{7}-[0-9]{1}$/.test(code)) {
      throw badRequest(
        'code',
        "The field code must match the regular expression '^[0-9]{7}-[0-9]{1}$'.",
      );
    }
    const ids = published.filter((o) => o.businessCode === code).map((o) => o.id);
    if (ids.length === 0) throw notFound(`Organization with business code '${code}' not found.`);
    return ids;
  }
  if (!/^[A-Za-z0-9.-]*$/.test(oid!)) {
    throw badRequest('oid', "The field oid must match the regular expression '^[A-Za-z0-9.-]*$'.");
  }
  const match = published.find((o) => o.oid === oid);
  if (!match) throw notFound(`Organization with oid '${oid}' not found.`);
  return [match.id];
}
