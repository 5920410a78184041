import { sql, type Column, type SQL } from 'drizzle-orm';

/**
 * `column = any($1::int[])`: the ids travel as one array parameter, not one parameter each, so a
 * list of thousands of rats costs the same to build and send as a list of three. An empty list
 * matches nothing.
 */
export function anyOf(column: Column | SQL, ids: readonly number[]): SQL {
  return sql`${column} = any(${sql.param([...ids])}::int[])`;
}
