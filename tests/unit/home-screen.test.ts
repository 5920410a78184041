import { describe, expect, it } from 'vitest';
import { homeScreenPage, type HomeScreenRat } from '@/lib/domain/home-screen';

/** `cages` cage groups of `size` rats each, then `loose` rats outside any group. */
function home(cages: number, size: number, loose = 0): HomeScreenRat[] {
  const rats: HomeScreenRat[] = [];
  let id = 1;
  for (let g = 1; g <= cages; g++) for (let i = 0; i < size; i++) rats.push({ ratId: id++, cageGroupId: g });
  for (let i = 0; i < loose; i++) rats.push({ ratId: id++, cageGroupId: null });
  return rats;
}

describe('the foster home screen, a page of whole cages at a time', () => {
  it('a home with few cages fits on one page with every rat', () => {
    const page = homeScreenPage(home(3, 2), 1);
    expect(page).toMatchObject({ page: 1, pageCount: 1, cageCount: 3, ratCount: 6 });
    expect(page.ratIds).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a page never splits a cage group: its rats are all on the same page', () => {
    const rats = home(5, 3);
    const first = homeScreenPage(rats, 1, 2);
    const second = homeScreenPage(rats, 2, 2);
    const third = homeScreenPage(rats, 3, 2);
    expect(first.ratIds).toEqual([1, 2, 3, 4, 5, 6]);
    expect(second.ratIds).toEqual([7, 8, 9, 10, 11, 12]);
    expect(third.ratIds).toEqual([13, 14, 15]);
    expect(first.pageCount).toBe(3);
  });

  it('a rat outside any cage group counts as a cage of its own', () => {
    const page = homeScreenPage(home(1, 2, 3), 2, 2);
    expect(page.cageCount).toBe(4);
    expect(page.ratIds).toEqual([4, 5]);
  });

  it('a page past the end shows the last page; nonsense shows the first', () => {
    expect(homeScreenPage(home(5, 1), 99, 2).page).toBe(3);
    expect(homeScreenPage(home(5, 1), 0, 2).page).toBe(1);
    expect(homeScreenPage(home(5, 1), Number.NaN, 2).page).toBe(1);
  });

  it('an empty home has one empty page', () => {
    expect(homeScreenPage([], 1)).toMatchObject({ page: 1, pageCount: 1, cageCount: 0, ratCount: 0, ratIds: [] });
  });

  it('every cage on every page is listed with its page, for the phone to keep offline', () => {
    const page = homeScreenPage(home(3, 2, 1), 1, 2);
    expect(page.cages).toEqual([
      { cageGroupId: 1, firstRatId: 1, page: 1 },
      { cageGroupId: 2, firstRatId: 3, page: 1 },
      { cageGroupId: 3, firstRatId: 5, page: 2 },
      { cageGroupId: null, firstRatId: 7, page: 2 },
    ]);
  });
});
