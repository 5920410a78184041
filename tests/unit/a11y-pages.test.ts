import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { A11Y_PAGES, DEMO_PARAMS, paramsOf, REDIRECT_ONLY_ROUTES, routeOf, routeOfPageFile } from '../e2e/pages';

const root = path.resolve(__dirname, '../..');

/** Every page.tsx under app/, as a path relative to the repository. */
function pageFiles(dir = 'app'): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return pageFiles(rel);
    return entry.name === 'page.tsx' ? [rel] : [];
  });
}

describe('the accessibility page list (tests/e2e/pages.ts)', () => {
  const routes = pageFiles().map(routeOfPageFile);
  const listed = new Set([...A11Y_PAGES.map((p) => routeOf(p.path)), ...REDIRECT_ONLY_ROUTES]);

  it('reads a page file as its route, route groups left out', () => {
    expect(routeOfPageFile('app/(dashboard)/rats/[ratId]/page.tsx')).toBe('/rats/[ratId]');
    expect(routeOfPageFile('app/page.tsx')).toBe('/');
    expect(routeOfPageFile('app/(public)/(list)/rats/page.tsx')).toBe('/rats');
  });

  it('covers every page route under app/, so the axe journey visits every page', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !listed.has(r))).toEqual([]);
  });

  it('lists only routes that exist', () => {
    expect([...listed].filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('lists each page view once, with at least one viewer', () => {
    const paths = A11Y_PAGES.map((p) => p.path);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
    expect(A11Y_PAGES.filter((p) => p.roles.length === 0)).toEqual([]);
  });

  it('knows how to fill every dynamic segment from the demo rescue', () => {
    const needed = new Set([...A11Y_PAGES.map((p) => p.path), ...Object.values(DEMO_PARAMS).map((p) => p.from)].flatMap(paramsOf));
    expect([...needed].filter((name) => !(name in DEMO_PARAMS))).toEqual([]);
  });
});
