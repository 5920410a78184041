/**
 * The foster's home screen shows their rats cage by cage, a page of cages at a time, so a home
 * that holds hundreds of rats still opens quickly on a phone.
 */

/** Cage groups on one page of the home screen (rats outside any cage group count as one "cage" each). */
export const CAGES_PER_PAGE = 8;

/** One of the home's rats, in the home screen's order (cage group name, then rat name). */
export type HomeScreenRat = { ratId: number; cageGroupId: number | null };

export type HomeScreenPage = {
  /** The page shown: the one asked for, or the last when asked past the end. */
  page: number;
  pageCount: number;
  cageCount: number;
  ratCount: number;
  /** The rats of this page's cages, in order. */
  ratIds: number[];
  /** The first rat of each cage on every page, by page: what the phone keeps for offline use. */
  cages: Array<{ cageGroupId: number | null; firstRatId: number; page: number }>;
};

/** A rat outside any cage group is a cage of its own on the home screen. */
function cageKey(rat: HomeScreenRat): string {
  return rat.cageGroupId === null ? `rat-${rat.ratId}` : `group-${rat.cageGroupId}`;
}

/** The home's rats cut into pages of whole cages, `perPage` cages a page. */
export function homeScreenPage(rats: readonly HomeScreenRat[], askedPage: number, perPage: number = CAGES_PER_PAGE): HomeScreenPage {
  const order = new Map<string, number>();
  const cages: HomeScreenPage['cages'] = [];
  for (const rat of rats) {
    const key = cageKey(rat);
    if (order.has(key)) continue;
    order.set(key, order.size);
    cages.push({ cageGroupId: rat.cageGroupId, firstRatId: rat.ratId, page: Math.floor((order.size - 1) / perPage) + 1 });
  }
  const pageCount = Math.max(1, Math.ceil(order.size / perPage));
  const page = Number.isFinite(askedPage) ? Math.min(Math.max(1, Math.floor(askedPage)), pageCount) : 1;
  const ratIds = rats.filter((rat) => Math.floor(order.get(cageKey(rat))! / perPage) + 1 === page).map((rat) => rat.ratId);
  return { page, pageCount, cageCount: order.size, ratCount: rats.length, ratIds, cages };
}
