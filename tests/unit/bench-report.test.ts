import { describe, expect, it } from 'vitest';
import { percentile, renderPerformanceDoc, targetFor, type BenchRun } from '@/scripts/bench-report';
import { largeSeedShape, parseSeedLargeArgs } from '@/scripts/seed-large-shape';

function run(label: string, rats: number, p95: number, rps: number): BenchRun {
  const page = (name: string, p: number, r: number) => ({
    name, who: 'coordinator' as const, path: '/x', status: 200, p50: p / 2, p95: p, samples: [p], bytes: 2048,
    concurrentP95: p * 4, concurrentRps: r, concurrentErrors: 0, queriesMs: p / 4, heaviest: { ms: p / 4, sql: 'select 1', plan: 'Result' },
  });
  return {
    label, rats, sessions: rats * 100, at: '2026-11-25T00:00:00.000Z', samples: 9, connections: 16, seconds: 5,
    pages: [page('floor (signed in, no queries)', 5, 200), page('rats table, default', p95, rps)],
    sessionWrite: { p50: 5, p95: 8 },
  };
}

describe('benchmark report', () => {
  it('takes the nearest-rank percentile, so p95 of nine samples is the slowest', () => {
    expect(percentile([9, 1, 2, 3, 4, 5, 6, 7, 8], 95)).toBe(9);
    expect(percentile([9, 1, 2, 3, 4, 5, 6, 7, 8], 50)).toBe(5);
  });

  it('knows the issue’s targets by page', () => {
    expect(targetFor('rats table, middle page by next')).toBe(50);
    expect(targetFor("coordinator's dashboard")).toBe(100);
    expect(targetFor('foster homes')).toBeNull();
  });

  it('shows both sizes, the growth, whether each target is met, and pages under half the floor’s throughput', () => {
    const doc = renderPerformanceDoc([run('10k', 10_000, 20, 150), run('100k', 100_000, 60, 80)]);
    expect(doc).toContain('| rats table, default | 10.0 / 20.0 ms');
    expect(doc).toContain('3.00×');
    expect(doc).toContain('50 ms: missed by 10.0 ms');
    expect(doc).toContain('Below half: rats table, default.');
    expect(doc).toContain('npm run seed:large -- --rats 100000');
  });

  it('compares throughput with the floor page when there is one, not with the session endpoint', () => {
    const big = run('100k', 100_000, 60, 90);
    big.pages.splice(1, 0, { ...big.pages[0], name: 'floor page (signed in, app shell, no queries of its own)', concurrentRps: 160 });
    const doc = renderPerformanceDoc([big]);
    expect(doc).toContain('Floor page throughput at 100k: 160.0 req/s; half of it: 80.0 req/s. Every page serves at least half of it.');
  });

  it('a page measured by one user only shows no load figures and is not counted under the floor, also once read back from JSON', () => {
    const big = run('100k', 100_000, 60, 150);
    big.pages.push({ ...big.pages[1], name: "coordinator's dashboard, a session written before each view", concurrentP95: NaN, concurrentRps: NaN });
    const doc = renderPerformanceDoc([JSON.parse(JSON.stringify(big)) as BenchRun]);
    expect(doc).toContain("| coordinator's dashboard, a session written before each view | 30.0 / 60.0 ms | 15.0 ms | – |");
    expect(doc).toContain('Every page serves at least half of it.');
  });
});

describe('large seed arguments and shape', () => {
  it('needs a whole number of rats in range, and --replace to be explicit', () => {
    expect(parseSeedLargeArgs(['--rats', '10000'])).toEqual({ ok: true, rats: 10_000, replace: false });
    expect(parseSeedLargeArgs(['--rats', '2000', '--replace'])).toEqual({ ok: true, rats: 2000, replace: true });
    expect(parseSeedLargeArgs(['--rats', 'lots']).ok).toBe(false);
    expect(parseSeedLargeArgs([]).ok).toBe(false);
  });

  it('scales the issue’s network: 100,000 rats in 300 homes with 2,000 in care and about 10 million sessions', () => {
    const shape = largeSeedShape(100_000);
    expect([shape.homes, shape.inCare, shape.rats * shape.sessionsPerRat, shape.rats * shape.healthPerRat]).toEqual([300, 2000, 10_000_000, 500_000]);
  });
});
