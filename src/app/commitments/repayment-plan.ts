import type { DbOrTrx } from '../../db/connect.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { insertCommitment } from '../../db/repositories/commitment.repository.js';
import { insertRepaymentPlan } from '../../db/repositories/repayment-plan.repository.js';
import type { Actor } from '../actor.js';
import type { ItemInContext } from '../items/item-access.js';
import { commitmentOwner } from '../items/save-answers.js';
import { type PublishContext, uploadToTeam } from '../publish.js';
import { repaymentAgreement } from './repayment-agreement.js';

/** A repayment plan to record: on one item, or (items of one customer) on the customer as a whole. */
export interface PlanToSave {
  /** The item named, or any of the customer's items for a plan on the whole customer. */
  item: ItemInContext;
  wholeCustomer: boolean;
  itemIds: readonly number[];
  instalments: readonly { amount: number; date: string }[];
  note: string | null;
}

/**
 * Records a repayment plan and its instalments (commitments of kind 'instalment', numbered from 1);
 * the open instalments of an earlier plan on the same item or customer are superseded. Audited.
 */
export async function saveRepaymentPlan(
  db: DbOrTrx,
  actor: Actor,
  input: PlanToSave,
  now: Date,
): Promise<{ planId: number; instalmentIds: number[] }> {
  const { item } = input;
  const owner = commitmentOwner(actor, item);
  const total = input.instalments.reduce((a, i) => a + i.amount, 0);
  const planId = await insertRepaymentPlan(db, {
    teamId: item.teamId,
    customerId: item.customerId,
    itemIds: input.itemIds,
    personId: owner,
    currency: item.currency,
    total,
    madeOn: item.today,
    note: input.note,
    at: now,
  });
  const itemId = input.wholeCustomer ? null : item.id;
  const instalmentIds: number[] = [];
  for (const [n, inst] of input.instalments.entries()) {
    instalmentIds.push(
      await insertCommitment(db, {
        kind: 'instalment',
        team_id: item.teamId,
        receivable_id: itemId,
        customer_id: item.customerId,
        person_id: owner,
        currency: item.currency,
        amount: inst.amount,
        due_on: inst.date,
        made_on: item.today,
        note: input.note,
        plan_id: planId,
        instalment_no: n + 1,
        superseded_by: null,
        resolved_at: null,
        created_at: now,
      }),
    );
  }
  const first = instalmentIds[0] as number;
  await supersedeOtherPlans(db, actor, now, { itemId, customerId: item.customerId }, planId, first);
  await recordAudit(db, {
    at: now,
    actorId: actor.personId,
    actorLabel: 'person',
    action: 'repayment_plan.create',
    entity: 'repayment_plan',
    entityId: planId,
    after: {
      itemIds: input.itemIds,
      wholeCustomer: input.wholeCustomer,
      total,
      instalments: input.instalments,
      note: input.note,
    },
  });
  return { planId, instalmentIds };
}

// An earlier plan's open instalments give way to the new plan, each cancellation audited.
async function supersedeOtherPlans(
  db: DbOrTrx,
  actor: Actor,
  now: Date,
  where: { itemId: number | null; customerId: number },
  planId: number,
  byId: number,
): Promise<void> {
  const cancelled = await db
    .updateTable('commitments')
    .set({ status: 'cancelled', superseded_by: byId, resolved_at: now })
    .where('customer_id', '=', where.customerId)
    .where((eb) =>
      where.itemId === null ? eb('receivable_id', 'is', null) : eb('receivable_id', '=', where.itemId),
    )
    .where('kind', '=', 'instalment')
    .where('status', '=', 'open')
    .where('plan_id', '<>', planId)
    .returning('id')
    .execute();
  for (const old of cancelled)
    await recordAudit(db, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: 'commitment.cancel',
      entity: 'commitment',
      entityId: old.id,
      before: { status: 'open' },
      after: { status: 'cancelled', supersededBy: byId },
    });
}

/** Attaches the plan's repayment agreement (.docx) in the item's thread of the team's list, once. */
export async function sendRepaymentAgreement(
  ctx: PublishContext,
  item: ItemInContext,
  planId: number,
): Promise<void> {
  const file = await repaymentAgreement(ctx.db, planId);
  await uploadToTeam(ctx, item.teamId, `repayment-agreement:${planId}`, file, item.list.key);
}
