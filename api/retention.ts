import { eq, lt, sql } from 'drizzle-orm';
import { transaction, type Db } from '../schema/db.ts';
import { referralAggregates, referrals, referralServices } from '../schema/tables.ts';
import type { SecurityConfig } from './auth/config.ts';
import { purgeExpiredSessions } from './auth/sessions.ts';
import { systemActor, writeAudit } from './queries/audit.ts';
import { addMonths, helsinkiMonth } from './queries/figures-months.ts';
import { lineStatus } from './queries/referrals-view.ts';

export interface RetentionResult {
  /** Referrals before this month (`YYYY-MM`) were aggregated and deleted. */
  before: string;
  referrals: number;
  lines: number;
  sessions: number;
}

/**
 * Turns referrals of whole months older than `retentionMonths` into monthly counts per
 * organisation, theme set, route, unit type, municipality and status, then deletes the detail
 * rows (one `delete` audit row per referral), in one transaction: figures read the same before and
 * after. Also purges ended sessions.
 */
export function runRetention(db: Db, now: Date, config: SecurityConfig): RetentionResult {
  const before = addMonths(helsinkiMonth(now), -config.retentionMonths);
  return transaction(db, () => {
    const rows = db
      .select({ referral: referrals, line: referralServices })
      .from(referrals)
      .innerJoin(referralServices, eq(referralServices.referralId, referrals.id))
      .where(lt(referrals.month, before))
      .all();
    const counts = new Map<string, typeof referralAggregates.$inferInsert>();
    for (const { referral: r, line } of rows) {
      const row = {
        month: r.month,
        organizationId: line.organizationId ?? '',
        organizationKind: line.organizationKind ?? 'other',
        route: r.route,
        unitType: r.unitType,
        municipalityCode: r.municipalityCode,
        themes: JSON.stringify([...r.themes].sort()),
        status: lineStatus(line, r.expiresAt, now),
        lines: 0,
      };
      const key = JSON.stringify({ ...row, lines: undefined });
      const entry = counts.get(key) ?? row;
      entry.lines = (entry.lines ?? 0) + 1;
      counts.set(key, entry);
    }
    for (const row of counts.values()) {
      db.insert(referralAggregates)
        .values(row)
        .onConflictDoUpdate({
          target: [
            referralAggregates.month,
            referralAggregates.organizationId,
            referralAggregates.organizationKind,
            referralAggregates.route,
            referralAggregates.unitType,
            referralAggregates.municipalityCode,
            referralAggregates.themes,
            referralAggregates.status,
          ],
          set: { lines: sql`${referralAggregates.lines} + ${row.lines}` },
        })
        .run();
    }
    const old = db
      .select({ code: referrals.code })
      .from(referrals)
      .where(lt(referrals.month, before))
      .all();
    for (const { code } of old) writeAudit(db, systemActor, 'delete', 'referral', code, now);
    db.delete(referrals).where(lt(referrals.month, before)).run();
    return {
      before,
      referrals: old.length,
      lines: rows.length,
      sessions: purgeExpiredSessions(db, now, config),
    };
  });
}
