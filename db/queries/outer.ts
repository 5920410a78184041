import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * A column of the outer query, always written as "table"."column". Inside a correlated subquery
 * use this, never a bare `${table.column}`: drizzle writes a select field of a one-table query as
 * a bare "column", which the database binds to the subquery's own table when it has that column
 * too (a count of placements "where p.foster_home_id = id" counts placements whose own id matches).
 */
export function outer(column: PgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
