import { desc, eq } from 'drizzle-orm';
import { auditLog, users } from '../schema';
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

/** A rat's or a home's history, newest first, with who did it. */
export async function listAudit(db: DbOrTx, params: { ratId?: number; fosterHomeId?: number; limit?: number }) {
  const where = params.ratId !== undefined ? eq(auditLog.ratId, params.ratId) : params.fosterHomeId !== undefined ? eq(auditLog.fosterHomeId, params.fosterHomeId) : undefined;
  if (!where) throw new Error('listAudit needs a ratId or a fosterHomeId');
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      summary: auditLog.summary,
      changes: auditLog.changes,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(params.limit ?? 200);
}

export type AuditListEntry = Awaited<ReturnType<typeof listAudit>>[number];
