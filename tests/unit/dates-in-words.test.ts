import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionDay } from '@/lib/domain/handling';
import { DEFAULT_POLICY } from '@/lib/domain/policy';
import { formatShortDate } from '@/lib/domain/quarantine';
import { canLiveTogether } from '@/lib/domain/sex-safety';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = ['lib', 'db/queries', 'app', 'components'].flatMap((dir) => sourceFiles(join(ROOT, dir)));

describe('dates in messages', () => {
  it('no message in lib, db/queries, app or components interpolates a raw ISO date (a value named …On, …Date or today)', () => {
    const raw = /`[^`]*\$\{[A-Za-z_.!]*(On|Date|today)!?\}(?!T\d)[^`]*`/;
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (raw.test(line) && !/sql[`<]/.test(line) ? [`${relative(ROOT, file)}:${i + 1}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('every date in words comes from one formatter: only lib/domain/quarantine.ts spells out month names', () => {
    const spelled = files.filter((file) => /\[\s*'Jan',\s*'Feb'/.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
    expect(spelled).toEqual(['lib/domain/quarantine.ts']);
  });

  it('a refusal for an intact male says when he was neutered and until when in words', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const decision = canLiveTogether(
      [
        { name: 'Moss', sex: 'male', neuteredOn: '2026-11-10' },
        { name: 'Pip', sex: 'female', neuteredOn: null },
      ],
      now,
      DEFAULT_POLICY,
    );
    expect(!decision.ok && decision.reason).toContain('neutered on 10 Nov and counts as intact until 8 Dec');
  });

  it('a session day reads like every other date', () => {
    expect(sessionDay(new Date('2026-11-04T18:00:00Z'))).toBe(formatShortDate('2026-11-04'));
  });
});
