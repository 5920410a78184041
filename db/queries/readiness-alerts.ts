import { and, eq, isNull } from 'drizzle-orm';
import { placements, rats } from '../schema';
import type { DbOrTx } from '../connect';
import type { RatScope } from '../../lib/domain/access';
import type { Alert } from '../../lib/domain/alerts';
import type { Policy } from '../../lib/domain/policy';
import { availableNotReadyAlerts, wentBackwardsAlerts } from '../../lib/domain/readiness-alerts';
import { listWentBackwards } from './progress';
import { getReadiness } from './readiness';
import { ratScopeCondition } from './rats';

/**
 * The readiness alerts in a fixed number of set-based queries: available rats and their
 * readiness (one getReadiness over all of them), and rats that went backwards (one SQL query).
 * `backwards` is for the coordinator's dashboard.
 */
export async function loadReadinessAlerts(db: DbOrTx, params: { scope: RatScope; now: Date; policy: Policy; backwards: boolean }): Promise<Alert[]> {
  const available = await db
    .select({ ratId: rats.id, ratName: rats.name, fosterHomeId: placements.fosterHomeId })
    .from(rats)
    .leftJoin(placements, and(eq(placements.ratId, rats.id), isNull(placements.endedAt)))
    .where(and(eq(rats.status, 'available'), ratScopeCondition(params.scope)));
  const [readiness, backwards] = await Promise.all([
    getReadiness(db, { ratIds: available.map((r) => r.ratId), now: params.now, policy: params.policy }),
    params.backwards ? listWentBackwards(db, { scope: params.scope, now: params.now }) : Promise.resolve([]),
  ]);
  return [...availableNotReadyAlerts(available, readiness, params.now), ...wentBackwardsAlerts(backwards, params.now)];
}
