import { asc, eq, sql, sum } from 'drizzle-orm';
import { adoptionRats, adoptions, fosterHomes, handlingSessions, incidents, intakes, placements, rats, ratStatusChanges, temperamentAssessments } from '../schema';
import type { DbOrTx } from '../connect';
import { rangeDays, type MedianRow, type ReportData, type ReportRange } from '../../lib/domain/reports';
import type { RatStatus } from '../../lib/domain/vocabulary';
import { derivedStepsSql } from './progress';
import { rowsOf } from './rows-of';

/*
 * The rescue's reports: every figure is aggregated in SQL over the range (grouped by month or
 * week), never by reading all rows into JavaScript. Definitions:
 * - status at a month's end: the latest status change before the next month starts (or now);
 * - intakes: rats by their intake's date; adoptions: rats by their adoption's date;
 * - a rat became ready on the day of the first session after which its derived trust step (the
 *   ladder rule, computed in SQL from its sessions) reached the ready step, or the day a
 *   coordinator declared it ready, whichever came first;
 * - capacity use: rats with a placement open at the month's end, against the active homes' places.
 */

const day = (d: string) => sql`${d}::date`;
const stamp = (d: Date) => sql`${d.toISOString()}::timestamptz`;
/** Month ends as timestamps: the first instant of the next month, or now for the current month. */
const monthEnds = (range: ReportRange, now: Date) =>
  sql`(select m as month_start, least(m + interval '1 month', ${stamp(now)}) as month_end
       from generate_series(${day(`${range.from}-01`)}::timestamp at time zone 'UTC', ${day(`${range.to}-01`)}::timestamp at time zone 'UTC', interval '1 month') m)`;
const monthKey = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM')`;

type SQL = ReturnType<typeof sql>;

/** Rats in each status at each month's end. */
export async function statusByMonth(db: DbOrTx, params: { range: ReportRange; now: Date }) {
  const rows = await rowsOf<{ month: string; status: RatStatus; n: number }>(
    db,
    sql`select ${monthKey(sql`me.month_start`)} as month, s.status, count(*)::int as n
        from ${monthEnds(params.range, params.now)} me
        cross join lateral (
          select distinct on (c.rat_id) c.rat_id, c.to_status as status
          from ${ratStatusChanges} c where c.changed_at < me.month_end
          order by c.rat_id, c.changed_at desc, c.id desc
        ) s
        where me.month_start <= ${stamp(params.now)}
        group by 1, 2`,
  );
  return rows.map((r) => ({ month: r.month, status: r.status, n: Number(r.n) }));
}

/** Rats taken in per month (by the intake's date). */
export async function intakesByMonth(db: DbOrTx, params: { range: ReportRange }) {
  const { start, end } = rangeDays(params.range);
  return db
    .select({ month: sql<string>`to_char(${intakes.intakeDate}, 'YYYY-MM')`, n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(rats)
    .innerJoin(intakes, eq(intakes.id, rats.intakeId))
    .where(sql`${intakes.intakeDate} >= ${day(start)} and ${intakes.intakeDate} < ${day(end)}`)
    .groupBy(sql`1`);
}

/** Rats adopted per month (by the adoption's date). */
export async function adoptionsByMonth(db: DbOrTx, params: { range: ReportRange }) {
  const { start, end } = rangeDays(params.range);
  return db
    .select({ month: sql<string>`to_char(${adoptions.adoptedOn}, 'YYYY-MM')`, n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(adoptionRats)
    .innerJoin(adoptions, eq(adoptions.id, adoptionRats.adoptionId))
    .where(sql`${adoptions.adoptedOn} >= ${day(start)} and ${adoptions.adoptedOn} < ${day(end)}`)
    .groupBy(sql`1`);
}

/** Each rat's ready day, as a subquery (rat_id, ready_on). */
export function readyDaysSql(now: Date, readyStep: number): SQL {
  return sql`(
    select r.id as rat_id, least(first_ready.on_day, (r.readiness_override_at at time zone 'UTC')::date) as ready_on
    from ${rats} r
    left join (
      select rat_id, min((session_at at time zone 'UTC')::date) as on_day
      from ${derivedStepsSql(now)} steps where step >= ${readyStep} group by rat_id
    ) first_ready on first_ready.rat_id = r.id
    where first_ready.on_day is not null or r.readiness_override_at is not null
  )`;
}

/**
 * Median days from intake to ready (rats that became ready within the range) and to adoption
 * (rats adopted within the range), grouped by the intake's source type or the rat's latest
 * temperament category ('not_assessed' when it has none).
 */
export async function medianDays(db: DbOrTx, params: { range: ReportRange; now: Date; readyStep: number; by: 'source' | 'temperament' }): Promise<MedianRow[]> {
  const { start, end } = rangeDays(params.range);
  const group =
    params.by === 'source'
      ? sql`i.source_type::text`
      : sql`coalesce((select a.category::text from ${temperamentAssessments} a where a.rat_id = r.id order by a.assessed_at desc, a.id desc limit 1), 'not_assessed')`;
  const rows = await rowsOf<{ grp: string; to_ready: number | null; ready_count: number; to_adoption: number | null; adopted_count: number }>(
    db,
    sql`with base as (
          select r.id, ${group} as grp, i.intake_date,
            rd.ready_on,
            (select min(ad.adopted_on) from ${adoptionRats} ar join ${adoptions} ad on ad.id = ar.adoption_id where ar.rat_id = r.id) as adopted_on
          from ${rats} r
          join ${intakes} i on i.id = r.intake_id
          left join ${readyDaysSql(params.now, params.readyStep)} rd on rd.rat_id = r.id
        )
        select grp,
          percentile_cont(0.5) within group (order by (ready_on - intake_date)) filter (where ready_on >= ${day(start)} and ready_on < ${day(end)}) as to_ready,
          count(*) filter (where ready_on >= ${day(start)} and ready_on < ${day(end)})::int as ready_count,
          percentile_cont(0.5) within group (order by (adopted_on - intake_date)) filter (where adopted_on >= ${day(start)} and adopted_on < ${day(end)}) as to_adoption,
          count(*) filter (where adopted_on >= ${day(start)} and adopted_on < ${day(end)})::int as adopted_count
        from base group by grp`,
  );
  return rows.map((r) => ({
    group: r.grp,
    toReady: r.to_ready === null ? null : Number(r.to_ready),
    readyCount: Number(r.ready_count),
    toAdoption: r.to_adoption === null ? null : Number(r.to_adoption),
    adoptedCount: Number(r.adopted_count),
  }));
}

/** Sessions logged per foster home per week (weeks start on Monday, UTC). */
export async function sessionsByHomeWeek(db: DbOrTx, params: { range: ReportRange }) {
  const { start, end } = rangeDays(params.range);
  const week = sql<string>`to_char(date_trunc('week', ${handlingSessions.sessionAt} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const rows = await db
    .select({ week, fosterHomeId: handlingSessions.fosterHomeId, n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(handlingSessions)
    .where(sql`${handlingSessions.fosterHomeId} is not null and ${handlingSessions.sessionAt} >= ${day(start)}::timestamp at time zone 'UTC' and ${handlingSessions.sessionAt} < ${day(end)}::timestamp at time zone 'UTC'`)
    .groupBy(sql`1`, handlingSessions.fosterHomeId);
  return rows.map((r) => ({ week: r.week, fosterHomeId: r.fosterHomeId as number, n: r.n }));
}

/** The homes that logged sessions in the range or are active, by name. */
export async function reportHomes(db: DbOrTx) {
  return db.select({ id: fosterHomes.id, name: fosterHomes.name }).from(fosterHomes).where(eq(fosterHomes.active, true)).orderBy(asc(fosterHomes.name));
}

/** Rats with an open placement at each month's end, and the active homes' places. */
export async function capacityByMonth(db: DbOrTx, params: { range: ReportRange; now: Date }) {
  const [rows, [capacity]] = await Promise.all([
    rowsOf<{ month: string; placed: number }>(
      db,
      sql`select ${monthKey(sql`me.month_start`)} as month,
            (select count(*) from ${placements} p where p.started_at < me.month_end and (p.ended_at is null or p.ended_at >= me.month_end))::int as placed
          from ${monthEnds(params.range, params.now)} me where me.month_start <= ${stamp(params.now)}`,
    ),
    db.select({ places: sum(fosterHomes.capacityRats).mapWith(Number) }).from(fosterHomes).where(eq(fosterHomes.active, true)),
  ]);
  return { rows: rows.map((r) => ({ month: r.month, placed: Number(r.placed) })), capacity: capacity?.places ?? 0 };
}

/** Bite incidents per month, by grade. */
export async function bitesByMonth(db: DbOrTx, params: { range: ReportRange }) {
  const { start, end } = rangeDays(params.range);
  return db
    .select({ month: sql<string>`${monthKey(sql`${incidents.occurredAt}`)}`, grade: incidents.biteGrade, n: sql<number>`count(*)::int`.mapWith(Number) })
    .from(incidents)
    .where(sql`${incidents.occurredAt} >= ${day(start)}::timestamp at time zone 'UTC' and ${incidents.occurredAt} < ${day(end)}::timestamp at time zone 'UTC'`)
    .groupBy(sql`1`, incidents.biteGrade)
    .then((rows) => rows.map((r) => ({ ...r, grade: r.grade as 'bite' | 'severe' })));
}

/** Rats returned per month, with the median days they spent with the adopter. */
export async function returnsByMonth(db: DbOrTx, params: { range: ReportRange }) {
  const { start, end } = rangeDays(params.range);
  return db
    .select({
      month: sql<string>`to_char(${adoptionRats.returnedOn}, 'YYYY-MM')`,
      n: sql<number>`count(*)::int`.mapWith(Number),
      medianDaysAway: sql<number | null>`percentile_cont(0.5) within group (order by (${adoptionRats.returnedOn} - ${adoptions.adoptedOn}))`.mapWith((v) => (v === null ? null : Number(v))),
    })
    .from(adoptionRats)
    .innerJoin(adoptions, eq(adoptions.id, adoptionRats.adoptionId))
    .where(sql`${adoptionRats.returnedOn} >= ${day(start)} and ${adoptionRats.returnedOn} < ${day(end)}`)
    .groupBy(sql`1`);
}

/** Every aggregate the reports page shows, in one round of queries run together. */
export async function loadReportData(db: DbOrTx, params: { range: ReportRange; now: Date; readyStep: number }): Promise<ReportData> {
  const { range, now, readyStep } = params;
  const [status, intakeRows, adoptionRows, bySource, byTemperament, sessions, homes, capacity, bites, returns] = await Promise.all([
    statusByMonth(db, { range, now }),
    intakesByMonth(db, { range }),
    adoptionsByMonth(db, { range }),
    medianDays(db, { range, now, readyStep, by: 'source' }),
    medianDays(db, { range, now, readyStep, by: 'temperament' }),
    sessionsByHomeWeek(db, { range }),
    reportHomes(db),
    capacityByMonth(db, { range, now }),
    bitesByMonth(db, { range }),
    returnsByMonth(db, { range }),
  ]);
  return { status, intakes: intakeRows, adoptions: adoptionRows, bySource, byTemperament, sessions, homes, capacity, bites, returns };
}
