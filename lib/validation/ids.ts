/** The largest id the database holds (a PostgreSQL integer): anything above is no record of ours. */
export const MAX_ID = 2_147_483_647;

/**
 * The one parser for ids that arrive as text (URL segments, search params, bound arguments):
 * a positive whole number up to MAX_ID written in plain digits, or null. Pages answer null with
 * notFound(), so `/rats/99999999999` or `/rats/1e3` is "not found", never a server error.
 */
export function parseId(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= MAX_ID ? value : null;
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= MAX_ID ? id : null;
}
