/** Warnings a write raised, carried to the page it redirects to ('&warning=…'), or nothing. */
export function warningParam(warnings: readonly string[]): string {
  return warnings.length ? `&warning=${encodeURIComponent(warnings.join(' '))}` : '';
}
