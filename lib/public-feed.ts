import type { PublicUnitView } from './public-listing-view';

/**
 * Shared caches may keep the public listing for a minute and serve it a little stale while
 * they refresh: an unlisted unit is gone from every copy within about two minutes.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=60';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to put between HTML tags or in a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * The embeddable snippet: a small HTML page of the listed units (no script, no form, links open
 * in the top window), for an iframe or a server-side include on the rescue's own website.
 */
export function listingSnippet(params: { rescueName: string; origin: string; units: readonly PublicUnitView[] }): string {
  const { origin } = params;
  const cards = params.units
    .map((u) => {
      const photo = u.rats.find((r) => r.photoUrl)?.photoUrl;
      const img = photo ? `<img src="${escapeHtml(origin + photo)}" alt="${escapeHtml(u.title)}" width="160" height="160" loading="lazy">` : '';
      const rats = u.rats.map((r) => `<li><strong>${escapeHtml(r.name)}</strong>: ${escapeHtml(r.sex.toLowerCase())}, ${escapeHtml(r.age.toLowerCase())}. ${escapeHtml(r.temperament)}.</li>`).join('');
      const joins = u.joinsResidentRats ? `<p class="rw-note">To join a home that already has rats.</p>` : '';
      return `<li class="rw-unit" data-listing-id="${u.id}">${img}<h3><a href="${escapeHtml(origin + u.path)}" target="_top">${escapeHtml(u.title)}</a></h3>${joins}<ul>${rats}</ul><p>${escapeHtml(u.experienceText)} · ${escapeHtml(u.feeText)}</p></li>`;
    })
    .join('');
  const empty = params.units.length === 0 ? '<p>No rats are listed right now: please check back soon.</p>' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(params.rescueName)}: rats looking for a home</title><style>
body{font-family:system-ui,sans-serif;margin:0;padding:8px;color:#2b2118}
.rw-list{list-style:none;margin:0;padding:0;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(220px,1fr))}
.rw-unit{border:1px solid #e6ddd3;border-radius:8px;padding:12px}.rw-unit img{width:100%;height:auto;border-radius:6px}
.rw-unit h3{margin:4px 0;font-size:1.1rem}.rw-unit a{color:#8a3d1f}.rw-unit ul{padding-left:18px;margin:6px 0}.rw-note{background:#f4ece2;padding:4px 8px;border-radius:4px}
</style></head><body><ul class="rw-list">${cards}</ul>${empty}<p><a href="${escapeHtml(origin)}/adopt" target="_top">See every rat at ${escapeHtml(params.rescueName)}</a></p></body></html>`;
}
