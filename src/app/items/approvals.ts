import { mention } from '../../chat/message.js';
import { privately, type Reply } from '../../chat/reply.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { managerOrFinance } from '../../db/repositories/deciders.repository.js';
import { asLocale, messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { money, reasonLabel } from '../lists/labels.js';
import { listKey } from '../lists/list-message.js';
import { redrawListMessage } from '../lists/redraw.js';
import { type PublishContext, postToTeam, sendToPerson, updateDirects } from '../publish.js';
import type { ItemInContext } from './item-access.js';

/** Asks the collector's manager, privately, to approve a delay beyond the limit. */
export async function requestApproval(
  ctx: PublishContext,
  actor: Actor,
  item: ItemInContext,
  confirmationId: number,
  request: { date: string; limit: string; reason: string },
): Promise<void> {
  const m = messagesFor(item.teamLocale);
  const text = m.approvals.request(
    actor.name,
    item.customerName,
    item.invoiceNo,
    money(item.outstanding, item.currency),
    item.dueOn,
    request.date,
    request.limit,
    reasonLabel(request.reason, asLocale(item.teamLocale)),
  );
  await sendApprovalCard(ctx, item, confirmationId, text);
}

/** Asks the collector's manager, privately, to approve a promise dated beyond the collector's limit. */
export async function requestPromiseApproval(
  ctx: PublishContext,
  actor: Actor,
  item: ItemInContext,
  promiseId: number,
  request: { amount: string; date: string; limit: string },
): Promise<void> {
  const m = messagesFor(item.teamLocale);
  const text = m.commitments.promiseApproval.request(
    actor.name,
    item.customerName,
    item.invoiceNo,
    item.dueOn,
    request.amount,
    request.date,
    request.limit,
  );
  await sendApprovalCard(ctx, item, promiseId, text);
}

// The same two buttons for every approval: the decision finds the commitment by its id.
async function sendApprovalCard(
  ctx: PublishContext,
  item: ItemInContext,
  commitmentId: number,
  text: string,
): Promise<void> {
  const m = messagesFor(item.teamLocale);
  const value = `c:${commitmentId}`;
  for (const personId of await managerOrFinance(ctx.db, item.managerId)) {
    await sendToPerson(ctx, personId, `approval:c${commitmentId}:p${personId}`, {
      text,
      blocks: [
        { type: 'text', text },
        {
          type: 'actions',
          buttons: [
            { actionId: 'approval.approve', label: m.buttons.approve, value, style: 'primary' },
            { actionId: 'approval.reject', label: m.buttons.reject, value, style: 'danger' },
          ],
        },
      ],
    });
  }
}

/** A manager's decision on a delay or a promise beyond the limit: recorded once, announced in the item's thread, and the list redrawn. */
export async function onApprovalButton(
  app: AppContext,
  actor: Actor,
  actionId: string,
  value: string,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const ref = /^([cd]):(\d+)$/.exec(value);
  if (!ref) return privately(m.errors.unknownAction);
  const approve = actionId === 'approval.approve';
  const now = app.clock.now();
  const outcome = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('commitments as d')
      .innerJoin('receivables as r', 'r.id', 'd.receivable_id')
      .innerJoin('teams as t', 't.id', 'r.team_id')
      .leftJoin('people as c', 'c.id', 'd.person_id')
      .select([
        'd.id',
        'd.kind',
        'd.approval_state',
        'd.due_on',
        'd.made_on',
        'd.person_id',
        'r.team_id',
        'r.collector_id',
        'r.invoice_no',
        'r.customer_id',
        't.locale',
        'c.manager_id',
      ])
      // Buttons posted before commitments existed name the old pre-due answer.
      .$call((q) =>
        ref[1] === 'c'
          ? q.where('d.id', '=', Number(ref[2]))
          : q.where('d.origin', '=', `due_confirmation:${ref[2]}`),
      )
      .forUpdate('d')
      .executeTakeFirst();
    if (!row) return m.errors.unknownAction;
    const id = row.id;
    const allowed =
      actor.role === 'admin' ||
      (actor.role === 'manager' && (actor.personId === row.manager_id || actor.teamId === row.team_id));
    if (!allowed) return m.errors.managerOnly;
    if (row.approval_state !== 'pending') return m.errors.alreadyDecided;
    const state = approve ? 'approved' : 'rejected';
    // A rejected delay puts the item back in the chase.
    await trx
      .updateTable('commitments')
      .set({
        approval_state: state,
        approver_id: actor.personId,
        decided_at: now,
        ...(approve ? {} : { status: 'cancelled' as const, resolved_at: now }),
      })
      .where('id', '=', id)
      .execute();
    const promise = row.kind === 'promise';
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: promise ? `promise.${state}` : `due_confirmation.${state}`,
      entity: promise ? 'promise' : 'commitment',
      entityId: id,
      before: { approval_state: 'pending' },
      after: { approval_state: state },
    });
    const tm = messagesFor(row.locale);
    const date = row.due_on;
    const said = (w: typeof tm) => {
      if (promise) {
        const p = w.commitments.promiseApproval;
        return approve ? p.approved(date, actor.name) : p.rejected(date, actor.name);
      }
      return approve ? w.done.delayApproved(date, actor.name) : w.done.delayRejected(date, actor.name);
    };
    const text = `${row.person_id ? `${mention(row.person_id)} ` : ''}${said(tm)}`;
    const ctx = { db: trx, platforms: app.platforms, now };
    const key = listKey(
      row.kind === 'promise' ? 'overdue' : 'predue',
      row.team_id,
      row.made_on,
      row.collector_id,
    );
    await postToTeam(
      ctx,
      row.team_id,
      `approval:c${id}:decision`,
      { text, blocks: [{ type: 'text', text }] },
      key,
    );
    await redrawListMessage(ctx, key);
    // Every approver's card loses its buttons and says who decided what, so nobody decides twice.
    const customer = await trx
      .selectFrom('customers')
      .select('name')
      .where('id', '=', row.customer_id)
      .executeTakeFirst();
    const decided = tm.approvals.decidedCard(customer?.name ?? '', row.invoice_no, said(tm));
    await updateDirects(ctx, `approval:c${id}:p`, {
      text: decided,
      blocks: [{ type: 'text', text: decided }],
    });
    return said(m);
  });
  app.nudge();
  return privately(outcome);
}
