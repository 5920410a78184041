/**
 * Rows grouped by a key, in first-seen order, each group in row order; `value` keeps only part of
 * each row. Linear in the rows (lists grow in place), so it stays cheap for thousands of rows.
 */
export function groupBy<T, K>(rows: Iterable<T>, key: (row: T) => K): Map<K, T[]>;
export function groupBy<T, K, V>(rows: Iterable<T>, key: (row: T) => K, value: (row: T) => V): Map<K, V[]>;
export function groupBy<T, K, V>(rows: Iterable<T>, key: (row: T) => K, value?: (row: T) => V): Map<K, Array<T | V>> {
  const groups = new Map<K, Array<T | V>>();
  for (const row of rows) {
    const k = key(row);
    const item = value ? value(row) : row;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
