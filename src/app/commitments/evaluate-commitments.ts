import { recordAudit } from '../../db/repositories/audit.repository.js';
import {
  type CommitmentScope,
  customerReceiptsOf,
  listOpenCommitments,
  type OpenCommitment,
  planInstalments,
  receiptsOf,
  settleCommitment,
} from '../../db/repositories/commitment.repository.js';
import { evaluateInstalments, evaluateMoneyCommitment } from '../../domain/commitment.js';
import type { PromiseEvaluation, Receipt } from '../../domain/promise-status.js';
import { checkEscalation } from '../escalation/check-escalation.js';
import type { PublishContext } from '../publish.js';
import { announceSettled } from './announce-settled.js';
import { teamsToday } from './team-info.js';

/** One commitment that left 'open' in a run. */
export interface CommitmentChange {
  commitmentId: number;
  kind: OpenCommitment['kind'];
  itemId: number | null;
  customerId: number;
  status: 'kept' | 'partially_kept' | 'broken';
  received: number;
}

/** Who the audit log names for a run: the scheduler by default, or the import that brought the money. */
export interface EvaluationSource {
  actorLabel?: string;
  importId?: number | null;
}

type Receipts = { items: Map<number, Receipt[]>; customers: Map<string, Receipt[]> };
type Plans = Awaited<ReturnType<typeof planInstalments>>;

async function loadReceipts(ctx: PublishContext, open: readonly OpenCommitment[]): Promise<Receipts> {
  const itemIds = [...new Set(open.flatMap((c) => (c.itemId === null ? [] : [c.itemId])))];
  const customerIds = open.filter((c) => c.itemId === null).map((c) => c.customerId);
  const [items, customers] = await Promise.all([
    receiptsOf(ctx.db, itemIds),
    customerReceiptsOf(ctx.db, customerIds),
  ]);
  return { items, customers };
}

const receiptsFor = (c: OpenCommitment, r: Receipts): Receipt[] =>
  (c.itemId === null ? r.customers.get(`${c.customerId}:${c.currency}`) : r.items.get(c.itemId)) ?? [];

/** Every open commitment's standing today; instalments of one plan are judged together, in date order. */
function judge(
  open: readonly OpenCommitment[],
  receipts: Receipts,
  allInstalments: Plans,
  todayOf: (teamId: number) => { today: string; graceDays: number } | undefined,
): Map<number, PromiseEvaluation> {
  const results = new Map<number, PromiseEvaluation>();
  const plans = new Map<number, OpenCommitment[]>();
  for (const c of open) {
    const team = todayOf(c.teamId);
    if (!team) continue;
    if (c.kind === 'instalment' && c.planId !== null) {
      plans.set(c.planId, [...(plans.get(c.planId) ?? []), c]);
      continue;
    }
    results.set(
      c.id,
      evaluateMoneyCommitment({
        amount: c.amount,
        dueOn: c.dueOn,
        madeOn: c.madeOn,
        graceDays: team.graceDays,
        receipts: receiptsFor(c, receipts),
        today: team.today,
      }),
    );
  }
  for (const [planId, instalments] of plans) {
    const first = instalments[0] as OpenCommitment;
    const team = todayOf(first.teamId);
    if (!team) continue;
    // Settled instalments still take their share of the receipts, so each is judged on its own.
    const all = allInstalments.get(planId) ?? [];
    const evaluations = evaluateInstalments(
      all,
      first.madeOn,
      receiptsFor(first, receipts),
      team.today,
      team.graceDays,
    );
    for (const [i, inst] of all.entries()) results.set(inst.id, evaluations[i] as PromiseEvaluation);
  }
  return results;
}

/**
 * Settles the open commitments in scope whose outcome is decided on the team's today: kept,
 * partly kept or broken, with the amount received. Each change is audited; broken and partly
 * kept ones are announced, and the customers of broken ones checked against the three-strikes rule.
 */
export async function evaluateCommitments(
  ctx: PublishContext,
  scope: CommitmentScope,
  source: EvaluationSource = {},
): Promise<CommitmentChange[]> {
  const open = await listOpenCommitments(ctx.db, scope);
  if (open.length === 0) return [];
  const teams = await teamsToday(
    ctx.db,
    open.map((c) => c.teamId),
    ctx.now,
  );
  const receipts = await loadReceipts(ctx, open);
  const plans = await planInstalments(
    ctx.db,
    open.flatMap((c) => (c.planId === null ? [] : [c.planId])),
  );
  const results = judge(open, receipts, plans, (teamId) => {
    const team = teams.get(teamId);
    return team ? { today: team.today, graceDays: team.settings.graceDays } : undefined;
  });
  const changes: CommitmentChange[] = [];
  for (const commitment of open) {
    const team = teams.get(commitment.teamId);
    const result = results.get(commitment.id);
    // Open ones stay open; cancelling is for a newer commitment replacing an older one.
    if (!team || !result || result.status === 'open' || result.status === 'cancelled') continue;
    const status = result.status;
    const settled = await settleCommitment(ctx.db, commitment.id, {
      status,
      received: result.received,
      at: ctx.now,
    });
    if (!settled) continue;
    await recordAudit(ctx.db, {
      at: ctx.now,
      actorLabel: source.actorLabel ?? 'scheduler',
      action: `${commitment.kind === 'promise' ? 'promise' : `commitment.${commitment.kind}`}.${status}`,
      entity: commitment.kind === 'promise' ? 'promise' : 'commitment',
      entityId: commitment.id,
      before: { status: 'open' },
      after: { status, received: result.received, deadline: result.deadline, keptOn: result.keptOn },
      importId: source.importId ?? null,
    });
    changes.push({
      commitmentId: commitment.id,
      kind: commitment.kind,
      itemId: commitment.itemId,
      customerId: commitment.customerId,
      status,
      received: result.received,
    });
    if (status !== 'kept') await announceSettled(ctx, team.team, commitment, status, result);
  }
  const struck = new Set(changes.filter((c) => c.status === 'broken').map((c) => c.customerId));
  for (const customerId of struck) await checkEscalation(ctx, customerId);
  return changes;
}
