import { auditLog } from '../schema';
import type { DbOrTx } from '../connect';
import type { AuditAction } from '../../lib/domain/vocabulary';

export type AuditInput = {
  actorId: number | null;
  action: AuditAction;
  entityType: string;
  entityId?: number | null;
  ratId?: number | null;
  fosterHomeId?: number | null;
  summary: string;
  changes?: Record<string, { from: unknown; to: unknown }>;
};

/** Records who did what, when, and which fields changed. Call it inside the write's transaction. */
export async function recordAudit(db: DbOrTx, entries: AuditInput | AuditInput[]) {
  const rows = (Array.isArray(entries) ? entries : [entries]).map((e) => ({
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId ?? null,
    ratId: e.ratId ?? null,
    fosterHomeId: e.fosterHomeId ?? null,
    summary: e.summary,
    changes: e.changes ?? {},
  }));
  if (rows.length > 0) await db.insert(auditLog).values(rows);
}
