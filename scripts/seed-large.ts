/**
 * `npm run seed:large -- --rats N [--replace]`: a synthetic rescue network in PostgreSQL
 * (DATABASE_URL), built with set-based SQL so that N = 100,000 (ten years, about 300 foster
 * homes, 10 million handling sessions, 500,000 health events, 11 million audit rows) loads in
 * minutes. Most rats are adopted; about 2% are in care, a few hundred of them in one large home
 * (the foster the benchmark signs in as). It refuses PGlite, and a database that already holds
 * rats or users unless `--replace` is given (which empties every table first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { connect, MIGRATIONS_FOLDER } from '../db/connect';
import { parseEnv } from '../lib/env';
import { hashPassword } from '../lib/passwords';
import { LARGE_SEED_ACCOUNTS, LARGE_SEED_PASSWORD, largeSeedShape, parseSeedLargeArgs } from './seed-large-shape';

/** Runs one SQL text and gives back its rows: postgres.js in the script, any driver in tests. */
export type Exec = (text: string) => Promise<Array<Record<string, unknown>>>;

/** The tables whose secondary indexes are dropped during the load and built once after it. */
const BULK_TABLES = ['handling_sessions', 'audit_log', 'health_events'];

function bar(done: number, total: number, label: string, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.padEnd(34)} ${seconds} s`);
  if (done === total) process.stdout.write('\n');
}

async function main() {
  const args = parseSeedLargeArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.message);
    process.exit(2);
  }
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) {
    console.error('seed:large needs PostgreSQL: set DATABASE_URL. It never writes to the embedded database.');
    process.exit(2);
  }
  const connection = await connect({ url: env.DATABASE_URL });
  await connection.migrate();
  await connection.close();

  const sql = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [{ rats, users }] = await sql<{ rats: number; users: number }[]>`
      select (select count(*) from rats)::int as rats, (select count(*) from users)::int as users`;
    if ((rats > 0 || users > 0) && !args.replace) {
      console.error(`This database already holds ${rats} rats and ${users} users. seed:large replaces everything: run it again with --replace if that is what you want.`);
      process.exit(3);
    }
    const shape = largeSeedShape(args.rats);
    const passwordHash = await hashPassword(LARGE_SEED_PASSWORD);
    const steps = buildLargeSeedSteps(shape, passwordHash);
    const started = performance.now();
    await sql`set maintenance_work_mem = '512MB'`;
    await sql`set work_mem = '64MB'`;
    await sql`set synchronous_commit = off`;
    const exec: Exec = (text) => sql.unsafe(text);
    for (const [i, step] of steps.entries()) {
      bar(i, steps.length, step.label, started);
      await step.run(exec);
    }
    bar(steps.length, steps.length, 'done', started);
    const [counts] = await sql<Record<string, string>[]>`
      select (select count(*) from rats) as rats, (select count(*) from foster_homes) as homes,
             (select count(*) from handling_sessions) as sessions, (select count(*) from health_events) as health_events,
             (select count(*) from audit_log) as audit_rows, (select count(*) from rats where status in ('intake','in_care','available','reserved')) as in_care`;
    console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s: ${Object.entries(counts).map(([k, v]) => `${k} ${Number(v).toLocaleString('en-GB')}`).join(', ')}.`);
    for (const account of LARGE_SEED_ACCOUNTS) console.log(`  ${account.role}: ${account.email} / ${LARGE_SEED_PASSWORD}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

type Step = { label: string; run: (exec: Exec) => Promise<unknown> };

/** The seed as a list of set-based statements, in order (the script runs them with a progress bar). */
export function buildLargeSeedSteps(shape: ReturnType<typeof largeSeedShape>, passwordHash: string): Step[] {
  const { rats: n, homes, years, sessionsPerRat, healthPerRat, inCare, bigHomeRats } = shape;
  const days = years * 365;
  // Rat i's intake day, counted back from today: rats arrive evenly over the years, the newest last.
  const intakeDay = (i: string) => `(current_date - ${days} + ((${i} - 1)::bigint * ${days} / ${n})::int)`;
  const ratCount = n;
  const droppedIndexes: string[] = [];
  const q = (label: string, text: string): Step => ({ label, run: (exec) => exec(text) });
  if (!/^[A-Za-z0-9$=+/,.-]+$/.test(passwordHash)) throw new Error('Unexpected characters in the password hash.');

  return [
    q(
      'emptying the database',
      `truncate ${[
        'audit_log', 'handling_sessions', 'incidents', 'health_events', 'watches', 'introduction_participants', 'introduction_observations',
        'introduction_stage_changes', 'introductions', 'adoption_rats', 'adoptions', 'adopters', 'pair_proposal_rats', 'pair_proposals',
        'quarantines', 'quarantine_cohorts', 'cage_group_memberships', 'cage_groups', 'placements', 'rat_photos', 'rat_status_changes',
        'temperament_assessments', 'rats', 'litters', 'intakes', 'users', 'foster_homes', 'rat_code_counters', 'idempotency_keys',
      ].join(', ')} restart identity cascade`,
    ),
    {
      label: 'dropping bulk indexes',
      run: async (exec) => {
        const rows = await exec(
          `select indexname as name, indexdef as definition from pg_indexes
           where schemaname = 'public' and tablename in (${BULK_TABLES.map((t) => `'${t}'`).join(', ')}) and indexname not like '%_pkey'`,
        );
        for (const row of rows) {
          droppedIndexes.push(String(row.definition));
          await exec(`drop index if exists "${String(row.name)}"`);
        }
      },
    },
    q(
      'foster homes',
      `insert into foster_homes (name, contact_name, email, area, capacity_rats, capacity_cages, can_quarantine, experience_level, accepts)
       select 'Home ' || lpad(h::text, 3, '0'), 'Foster ' || h, 'home' || h || '@example.org', (array['North','South','East','West','Centre'])[1 + h % 5],
              case when h = 1 then ${bigHomeRats + 50} else 12 end, case when h = 1 then 60 else 3 end, h % 3 = 0,
              (array['new','some','experienced'])[1 + h % 3]::experience_level, '{}'
       from generate_series(1, ${homes}) h`,
    ),
    q(
      'accounts',
      `insert into users (email, name, password_hash, role, foster_home_id)
       values ${LARGE_SEED_ACCOUNTS.map((a) => `('${a.email}', '${a.name}', '${passwordHash}', '${a.role}', ${a.role === 'foster' ? 1 : 'null'})`).join(', ')}`,
    ),
    q(
      'foster accounts',
      `insert into users (email, name, password_hash, role, foster_home_id)
       select 'foster' || h || '@example.org', 'Foster ' || h, '${passwordHash}', 'foster', h from generate_series(2, ${homes}) h`,
    ),
    q(
      'intakes',
      `insert into intakes (intake_date, source_type, reason, mixed_sex)
       select ${intakeDay('((g - 1) * 5 + 1)')}, (array['owner_surrender','stray','seizure','hoarding','transfer','pet_shop','other'])[1 + g % 7]::intake_source_type,
              'Synthetic intake ' || g, g % 4 = 0
       from generate_series(1, ${Math.ceil(ratCount / 5)}) g`,
    ),
    q(
      'rats',
      `insert into rats (code, name, sex, birth_date, birth_date_estimated, variety, intake_id, status, neutered_on, notes)
       select 'R-' || extract(year from d)::int || '-' || lpad(i::text, 6, '0'),
              (array['Pip','Moss','Fern','Acorn','Bramble','Clover','Hazel','Juniper','Nutmeg','Pepper','Rowan','Sorrel','Tansy','Willow','Yarrow'])[1 + i % 15] || ' ' || i,
              (array['female','male','male','female','unknown'])[1 + i % 5]::sex,
              d - (60 + i % 400), true, (array['Agouti','Black','Hooded','Dumbo','Rex','Husky'])[1 + i % 6], (i - 1) / 5 + 1,
              (case
                 when i > ${n - inCare} then (array['intake','in_care','in_care','in_care','available','available','reserved'])[1 + i % 7]
                 when i % 25 = 0 then 'deceased'
                 when i % 50 = 1 then 'transferred'
                 else 'adopted' end)::rat_status,
              case when i % 5 = 1 and i <= ${n - inCare} then d + 30 end,
              case when i % 10 = 0 then 'Synthetic note for rat ' || i end
       from generate_series(1, ${ratCount}) i, lateral (select ${intakeDay('i')} as d) day`,
    ),
    q(
      'rat code counters',
      `insert into rat_code_counters (year, last_number)
       select extract(year from intake_date)::int, ${ratCount} from intakes group by 1`,
    ),
    q(
      'placements',
      // Rats in care live in a home; home 1 is a large home with a few hundred of them.
      `insert into placements (rat_id, foster_home_id, started_at, ended_at, reason, end_reason)
       select r.id,
              case when r.id > ${n - inCare} and r.id <= ${n - inCare + bigHomeRats} then 1 else 1 + r.id % ${homes} end,
              i.intake_date + interval '1 day',
              case when r.status in ('intake','in_care','available','reserved') then null else i.intake_date + interval '1 day' + (60 + r.id % 60) * interval '1 day' end,
              'Intake placement', case when r.status in ('intake','in_care','available','reserved') then null else 'Left care' end
       from rats r join intakes i on i.id = r.intake_id`,
    ),
    q(
      'cage groups',
      `insert into cage_groups (name, foster_home_id, intake_id, dissolved_at)
       select 'Cage ' || i.id, p.foster_home_id, i.id,
              case when bool_and(p.ended_at is not null) then max(p.ended_at) end
       from intakes i join rats r on r.intake_id = i.id join placements p on p.rat_id = r.id
       where r.id % 5 = 1
       group by i.id, p.foster_home_id`,
    ),
    q(
      'cage group memberships',
      `insert into cage_group_memberships (cage_group_id, rat_id, joined_at, left_at, reason)
       select g.id, r.id, p.started_at, p.ended_at, 'Arrived together'
       from rats r join placements p on p.rat_id = r.id join cage_groups g on g.intake_id = r.intake_id and g.foster_home_id = p.foster_home_id`,
    ),
    q(
      'quarantine cohorts',
      `insert into quarantine_cohorts (label, intake_id, foster_home_id)
       select 'Intake ' || i.id, i.id, null from intakes i`,
    ),
    q(
      'quarantines',
      // Every rat had an intake quarantine of 14 days; the newest in-care rats are still in theirs.
      `insert into quarantines (rat_id, reason, cohort_id, foster_home_id, started_on, planned_end_on, ended_on)
       select r.id, 'intake', c.id, p.foster_home_id, i.intake_date, i.intake_date + 14,
              case when r.status = 'intake' then null else i.intake_date + 14 end
       from rats r join intakes i on i.id = r.intake_id join quarantine_cohorts c on c.intake_id = i.id join placements p on p.rat_id = r.id`,
    ),
    q(
      'watches',
      `insert into watches (rat_id, kind, started_on, due_on, closed_on, outcome)
       select r.id, 'post_neuter'::watch_kind, r.neutered_on, r.neutered_on + 42, r.neutered_on + 42, 'sterile'::watch_outcome
       from rats r where r.neutered_on is not null
       union all
       select r.id, 'pregnancy'::watch_kind, i.intake_date, i.intake_date + 24,
              case when r.status in ('intake','in_care','available','reserved') then null else i.intake_date + 24 end,
              case when r.status in ('intake','in_care','available','reserved') then null else 'not_pregnant'::watch_outcome end
       from rats r join intakes i on i.id = r.intake_id where r.sex = 'female' and r.id % 7 = 0`,
    ),
    q(
      'introductions',
      `insert into introductions (method, stage, status, started_on, ended_on, foster_home_id, notes)
       select 'gradual_neutral_space', case when g % 10 = 0 then 'full_cage' else 'bonded' end::introduction_stage,
              case when g % 10 = 0 then 'failed' else 'bonded' end::introduction_status,
              ${intakeDay('(g * 50)')} + 20, ${intakeDay('(g * 50)')} + 34, 1 + g % ${homes}, null
       from generate_series(1, ${Math.floor(ratCount / 50)}) g`,
    ),
    q(
      'introduction participants',
      `insert into introduction_participants (introduction_id, rat_id, side)
       select g.id, r, case when r % 2 = 0 then 'a' else 'b' end::introduction_side
       from introductions g, lateral (values (g.id * 50 - 1), (g.id * 50)) v(r)
       where r <= ${ratCount}`,
    ),
    q(
      'adopters',
      `insert into adopters (name, email, area, experience, approval, existing_rats_count)
       select 'Adopter ' || a, 'adopter' || a || '@example.org', (array['North','South','East','West','Centre'])[1 + a % 5],
              (array['new','some','experienced'])[1 + a % 3]::experience_level, 'approved', a % 3
       from generate_series(1, ${Math.ceil(ratCount / 2)}) a`,
    ),
    q(
      'adoptions',
      // Adopted rats go home in pairs: rats 2k-1 and 2k share adoption k (when both are adopted).
      `insert into adoptions (id, adopter_id, adopted_on, fee_cents) overriding system value
       select (r.id + 1) / 2, (r.id + 1) / 2, min(p.ended_at)::date, 2500
       from rats r join placements p on p.rat_id = r.id
       where r.status = 'adopted'
       group by (r.id + 1) / 2`,
    ),
    q('adoption ids', `select setval('adoptions_id_seq', coalesce((select max(id) from adoptions), 1))`),
    q('adoption rats', `insert into adoption_rats (adoption_id, rat_id) select (r.id + 1) / 2, r.id from rats r where r.status = 'adopted'`),
    q(
      'handling sessions',
      // About one session every day or two through each rat's time in care; steps climb with jitter.
      `insert into handling_sessions (batch_id, rat_id, foster_home_id, session_at, duration_minutes, techniques, highest_step, confidence, bite_grade)
       select md5(r.id || '-' || s)::uuid, r.id, p.foster_home_id,
              p.started_at + (s * span / ${sessionsPerRat}) * interval '1 minute' + interval '18 hours',
              10 + (r.id + s) % 30, '{treat_from_fingers}',
              least(8, greatest(0, (s * 9 / ${sessionsPerRat}) + ((r.id * 7 + s * 13) % 3) - 1)),
              1 + (r.id + s) % 5,
              case when (r.id * 31 + s) % 997 = 0 then 'nip' else 'none' end::bite_grade
       from rats r join placements p on p.rat_id = r.id,
            lateral (select extract(epoch from coalesce(p.ended_at, now()) - p.started_at)::bigint / 60 as span) w,
            generate_series(1, case when p.ended_at is null then greatest(3, ${sessionsPerRat} * least(span, 86400) / 86400) else ${sessionsPerRat} end) s`,
    ),
    q(
      'health events',
      `insert into health_events (rat_id, kind, occurred_on, weight_grams, notes)
       select r.id, case when k = 1 then 'health_check' else 'weight' end::health_event_kind,
              i.intake_date + k * 7, case when k = 1 then null else 250 + (r.id + k * 17) % 300 end, null
       from rats r join intakes i on i.id = r.intake_id, generate_series(1, ${healthPerRat}) k`,
    ),
    q(
      'audit rows',
      `insert into audit_log (at, action, entity_type, entity_id, rat_id, foster_home_id, summary)
       select h.session_at, 'create'::audit_action, 'handling_session', h.id, h.rat_id, h.foster_home_id,
              'Logged a ' || h.duration_minutes || '-minute handling session'
       from handling_sessions h
       union all
       select i.intake_date::timestamptz, 'create', 'rat', r.id, r.id, null, 'Recorded the intake of ' || r.name
       from rats r join intakes i on i.id = r.intake_id
       union all
       select e.occurred_on::timestamptz, 'create', 'health_event', e.id, e.rat_id, null, 'Recorded a ' || e.kind
       from health_events e`,
    ),
    {
      label: 'handling summaries',
      // The same statement the migration that added the summary runs over existing sessions.
      run: (exec) => exec(handlingSummaryBackfill()),
    },
    {
      label: 'rebuilding bulk indexes',
      run: async (exec) => {
        for (const definition of droppedIndexes) await exec(definition);
      },
    },
    { label: 'vacuum and analyze', run: (exec) => exec('vacuum analyze') },
  ];
}

/** The last statement of the migration that added the handling summary: it fills it from the sessions. */
export function handlingSummaryBackfill(): string {
  const migration = readFileSync(path.join(MIGRATIONS_FOLDER, '0007_handling-summary.sql'), 'utf8');
  return migration.split('--> statement-breakpoint').at(-1)!;
}

if (process.argv[1]?.endsWith('seed-large.ts')) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
