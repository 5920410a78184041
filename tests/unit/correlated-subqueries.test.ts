import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const QUERIES = join(__dirname, '../../db/queries');

/** `p.rat_id = ${rats.id}`: an inner alias's column compared with an unqualified outer column. */
const BARE_OUTER = /\b[a-z]\.[a-z_]+\s*=\s*\$\{(?!params\.|scope\.)[a-zA-Z]+\.[a-zA-Z]+\}/g;

describe('correlated subqueries', () => {
  it('every outer column a subquery in db/queries compares with is written through outer(), never bare', () => {
    const offenders = readdirSync(QUERIES)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(join(QUERIES, file), 'utf8').matchAll(BARE_OUTER)].map((m) => `${file}: ${m[0]}`));
    expect(offenders).toEqual([]);
  });
});
