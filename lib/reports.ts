import 'server-only';
import type { DbOrTx } from '@/db/connect';
import { loadReportData } from '@/db/queries/reports';
import { getPolicy } from '@/db/queries/settings';
import { rescueReports, reportRange, type Report, type ReportRange } from '@/lib/domain/reports';
import { INTAKE_SOURCE_TYPES, IN_CARE_STATUSES } from '@/lib/domain/vocabulary';
import { reportRangeParams } from '@/lib/validation/reports';

/** The rescue's reports for the URL's range: one round of SQL aggregates, shaped by pure functions. */
export async function buildReports(db: DbOrTx, params: { search: Record<string, unknown>; now: Date }): Promise<{ range: ReportRange; reports: Report[] }> {
  const range = reportRange(reportRangeParams.parse(params.search), params.now);
  const policy = await getPolicy(db);
  const data = await loadReportData(db, { range, now: params.now, readyStep: policy.handlingReadyStep });
  return { range, reports: rescueReports(data, range, IN_CARE_STATUSES, INTAKE_SOURCE_TYPES) };
}
