import { recordAudit } from '../../db/repositories/audit.repository.js';
import {
  listOpenPromises,
  type PromiseScope,
  receiptsOf,
  settlePromise,
} from '../../db/repositories/promise.repository.js';
import { evaluatePromise } from '../../domain/promise-status.js';
import { checkEscalation } from '../escalation/check-escalation.js';
import type { PublishContext } from '../publish.js';
import { announceBroken } from './announce-broken.js';
import { teamsToday } from './team-info.js';

/** One promise that left 'open' in a run. */
export interface PromiseChange {
  promiseId: number;
  itemId: number;
  customerId: number;
  status: 'kept' | 'partially_kept' | 'broken';
  received: number;
}

/** Who the audit log names for a run: the scheduler by default, or the import that brought the money. */
export interface EvaluationSource {
  actorLabel?: string;
  importId?: number | null;
}

/**
 * Settles the open promises in scope whose outcome is decided on the team's today: kept, partly
 * kept or broken, with the amount received. Each change is audited; broken promises are
 * announced, and their customers checked against the three-strikes rule.
 */
export async function evaluatePromises(
  ctx: PublishContext,
  scope: PromiseScope,
  source: EvaluationSource = {},
): Promise<PromiseChange[]> {
  const open = await listOpenPromises(ctx.db, scope);
  if (open.length === 0) return [];
  const teams = await teamsToday(
    ctx.db,
    open.map((p) => p.teamId),
    ctx.now,
  );
  const receipts = await receiptsOf(ctx.db, [...new Set(open.map((p) => p.itemId))]);
  const changes: PromiseChange[] = [];
  for (const promise of open) {
    const team = teams.get(promise.teamId);
    if (!team) continue;
    const result = evaluatePromise({
      promisedAmount: promise.amount,
      promisedDate: promise.promisedOn,
      createdOn: promise.madeOn,
      graceDays: team.settings.graceDays,
      receipts: receipts.get(promise.itemId) ?? [],
      today: team.today,
    });
    // Open promises stay open; cancelling is savePromise's business when a newer one arrives.
    if (result.status === 'open' || result.status === 'cancelled') continue;
    const status = result.status;
    const settled = await settlePromise(ctx.db, promise.id, {
      status,
      received: result.received,
      at: ctx.now,
    });
    if (!settled) continue;
    await recordAudit(ctx.db, {
      at: ctx.now,
      actorLabel: source.actorLabel ?? 'scheduler',
      action: `promise.${status}`,
      entity: 'promise',
      entityId: promise.id,
      before: { status: 'open' },
      after: { status, received: result.received, deadline: result.deadline, keptOn: result.keptOn },
      importId: source.importId ?? null,
    });
    changes.push({
      promiseId: promise.id,
      itemId: promise.itemId,
      customerId: promise.customerId,
      status,
      received: result.received,
    });
    if (status === 'broken') await announceBroken(ctx, team.team, promise, result.received);
  }
  const struck = new Set(changes.filter((c) => c.status === 'broken').map((c) => c.customerId));
  for (const customerId of struck) await checkEscalation(ctx, customerId);
  return changes;
}
