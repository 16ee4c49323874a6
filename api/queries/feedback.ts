import { and, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../schema/db.ts';
import type { FeedbackStatus } from '../../schema/feedback/constants.ts';
import type { ServiceReportInput, SiteFeedbackInput } from '../../schema/feedback/validation.ts';
import { serviceReports, services, siteFeedback } from '../../schema/tables.ts';
import { ApiError, NotFoundError } from '../errors.ts';
import type { Actor } from './audit.ts';

type ReportRow = typeof serviceReports.$inferSelect;
type SiteRow = typeof siteFeedback.$inferSelect;

const reportView = (r: ReportRow) => ({
  id: r.id,
  serviceId: r.serviceId,
  organizationId: r.organizationId,
  kind: r.kind,
  text: r.text,
  createdAt: r.createdAt,
  status: r.status,
  resolvedAt: r.resolvedAt,
});

const siteView = (r: SiteRow) => ({
  id: r.id,
  topic: r.topic,
  text: r.text,
  page: r.page,
  lang: r.lang,
  replyTo: r.replyTo,
  createdAt: r.createdAt,
  status: r.status,
  resolvedAt: r.resolvedAt,
});

/** Files a problem report in the queue of the organisation responsible for the service in PTV. */
export function createServiceReport(db: Db, input: ServiceReportInput, now: Date) {
  const service = db
    .select({ organizationId: services.responsibleOrganizationId })
    .from(services)
    .where(and(eq(services.id, input.serviceId), isNull(services.deletedAt)))
    .get();
  if (!service) throw new NotFoundError('service', input.serviceId);
  const row = db
    .insert(serviceReports)
    .values({ ...input, organizationId: service.organizationId, createdAt: now.toISOString() })
    .returning()
    .get();
  return reportView(row);
}

export function createSiteFeedback(db: Db, input: SiteFeedbackInput, now: Date) {
  const row = db
    .insert(siteFeedback)
    .values({
      ...input,
      page: input.page ?? null,
      lang: input.lang ?? null,
      replyTo: input.replyTo ?? null,
      createdAt: now.toISOString(),
    })
    .returning()
    .get();
  return siteView(row);
}

/** The reports `actor` may see: a provider its own organisations' (or the one asked for), an admin all. */
export function listServiceReports(
  db: Db,
  actor: Actor,
  options: { organizationId?: string; status: FeedbackStatus },
) {
  const where: SQL[] = [eq(serviceReports.status, options.status)];
  if (actor.role === 'provider') {
    if (options.organizationId && !actor.organizationIds.includes(options.organizationId)) {
      throw new ApiError('FORBIDDEN', 'You can see the feedback of your own organisations only.');
    }
    where.push(
      inArray(
        serviceReports.organizationId,
        options.organizationId ? [options.organizationId] : actor.organizationIds,
      ),
    );
  } else if (options.organizationId) {
    where.push(eq(serviceReports.organizationId, options.organizationId));
  }
  return db
    .select()
    .from(serviceReports)
    .where(and(...where))
    .orderBy(desc(serviceReports.id))
    .limit(500)
    .all()
    .map(reportView);
}

/** Marks a report handled; a provider only in its own queue (others' reports are 404 to it). */
export function resolveServiceReport(db: Db, actor: Actor, id: number, now: Date) {
  const row = db.select().from(serviceReports).where(eq(serviceReports.id, id)).get();
  const visible =
    row &&
    (actor.role === 'admin' ||
      (row.organizationId !== null && actor.organizationIds.includes(row.organizationId)));
  if (!row || !visible)
    throw new ApiError('NOT_FOUND', `No feedback ${id} in your organisation's queue.`);
  if (row.status === 'resolved') return reportView(row);
  const updated = db
    .update(serviceReports)
    .set({ status: 'resolved', resolvedAt: now.toISOString(), resolvedByUserId: actor.userId })
    .where(eq(serviceReports.id, id))
    .returning()
    .get();
  return reportView(updated);
}

export function listSiteFeedback(db: Db, status: FeedbackStatus) {
  return db
    .select()
    .from(siteFeedback)
    .where(eq(siteFeedback.status, status))
    .orderBy(desc(siteFeedback.id))
    .limit(500)
    .all()
    .map(siteView);
}

/** Marks site feedback handled and erases the reply address: it was kept only to answer. */
export function resolveSiteFeedback(db: Db, actor: Actor, id: number, now: Date) {
  const updated = db
    .update(siteFeedback)
    .set({
      status: 'resolved',
      resolvedAt: now.toISOString(),
      resolvedByUserId: actor.userId,
      replyTo: null,
    })
    .where(eq(siteFeedback.id, id))
    .returning()
    .get();
  if (!updated) throw new ApiError('NOT_FOUND', `No site feedback ${id}.`);
  return siteView(updated);
}
