import type { DbOrTrx } from '../db/connect.js';
import type { FollowUpRow } from '../db/schema/index.js';
import type { DemoActivity } from './activity.js';
import type { DemoReceivable } from './ledger.js';

interface IdMaps {
  team: Map<string, number>;
  person: Map<string, number>;
  customer: Map<string, number>;
}

interface Counts {
  receivables: number;
  payments: number;
  promises: number;
  followUps: number;
}

// Local dates become mid-morning in China for the timestamps of past actions.
const at = (date: string) => new Date(`${date}T02:00:00.000Z`);

/** Writes one batch of demo items with their receipts (allocated to the item), promises and follow-ups. */
export async function writeItems(
  trx: DbOrTrx,
  ids: IdMaps,
  batch: readonly { receivable: DemoReceivable; activity: DemoActivity }[],
  counts: Counts,
): Promise<void> {
  if (batch.length === 0) return;
  const rows = batch.map(({ receivable: r, activity }) => {
    const paid = activity.payments.reduce((sum, p) => sum + p.amount, 0);
    const outstanding = r.amount - paid;
    return {
      external_id: r.externalId,
      customer_id: ids.customer.get(r.customerExternalId) as number,
      team_id: ids.team.get(r.teamCode) as number,
      collector_id: ids.person.get(r.collectorEmail) ?? null,
      invoice_no: r.invoiceNo,
      contract_no: r.contractNo,
      kind: r.kind,
      currency: r.currency,
      amount: r.amount,
      outstanding,
      issued_on: r.issuedOn,
      due_on: r.dueOn,
      status: outstanding === 0 ? ('paid' as const) : ('open' as const),
      disputed: r.disputed,
      dispute_note: r.disputed ? '客户对部分货物质量提出异议' : null,
      import_id: null,
    };
  });
  const inserted = await trx
    .insertInto('receivables')
    .values(rows)
    .returning(['id', 'external_id', 'customer_id', 'team_id'])
    .execute();
  counts.receivables += inserted.length;
  const byExternal = new Map(inserted.map((r) => [r.external_id, r]));

  const payments = [];
  const promises = [];
  const followUps = [];
  for (const { receivable: r, activity } of batch) {
    const item = byExternal.get(r.externalId);
    if (!item) continue;
    const personId = ids.person.get(r.collectorEmail) ?? null;
    for (const p of activity.payments) {
      payments.push({
        external_id: p.externalId,
        customer_id: item.customer_id,
        receivable_id: item.id,
        currency: r.currency,
        amount: p.amount,
        received_on: p.receivedOn,
        bank: p.bank,
        reference: p.reference,
        import_id: null,
      });
    }
    for (const p of activity.promises) {
      promises.push({
        kind: 'promise' as const,
        team_id: item.team_id,
        receivable_id: item.id,
        customer_id: item.customer_id,
        person_id: personId,
        currency: r.currency,
        amount: p.amount,
        due_on: p.promisedOn,
        made_on: p.madeOn,
        status: p.status,
        received: p.received,
        note: p.note,
        superseded_by: null,
        resolved_at: p.status === 'open' ? null : at(p.promisedOn),
        created_at: at(p.madeOn),
      });
    }
    for (const f of activity.followUps) {
      followUps.push({
        receivable_id: item.id,
        customer_id: item.customer_id,
        person_id: personId,
        method: f.method,
        outcome: f.outcome,
        reason_code: f.reasonCode,
        note: f.note,
        next_action_on: f.nextActionOn,
        created_at: at(f.on),
      });
    }
  }
  if (payments.length > 0) {
    const paid = await trx
      .insertInto('payments')
      .values(payments)
      .returning(['id', 'receivable_id', 'amount'])
      .execute();
    await trx
      .insertInto('payment_allocations')
      .values(
        paid.map((p) => ({ payment_id: p.id, receivable_id: p.receivable_id as number, amount: p.amount })),
      )
      .execute();
    counts.payments += paid.length;
  }
  if (promises.length > 0) {
    await trx.insertInto('commitments').values(promises).execute();
    counts.promises += promises.length;
  }
  if (followUps.length > 0) {
    const saved = await trx.insertInto('follow_ups').values(followUps).returningAll().execute();
    counts.followUps += saved.length;
    await seedNextActions(trx, saved, byExternal);
  }
}

/** Each item's latest follow-up with a next date becomes its live next action. */
async function seedNextActions(
  trx: DbOrTrx,
  saved: readonly FollowUpRow[],
  items: ReadonlyMap<string, { id: number; team_id: number }>,
): Promise<void> {
  const teamOf = new Map([...items.values()].map((i) => [i.id, i.team_id]));
  const latest = new Map<number, FollowUpRow>();
  for (const f of saved) if (f.next_action_on && f.receivable_id !== null) latest.set(f.receivable_id, f);
  const rows = [...latest.values()].map((f) => ({
    kind: 'next_action' as const,
    team_id: teamOf.get(f.receivable_id as number) as number,
    receivable_id: f.receivable_id,
    customer_id: f.customer_id,
    person_id: f.person_id,
    currency: null,
    amount: null,
    due_on: f.next_action_on as string,
    made_on: f.created_at.toISOString().slice(0, 10),
    note: f.note,
    follow_up_id: f.id,
    superseded_by: null,
    resolved_at: null,
    created_at: f.created_at,
  }));
  if (rows.length > 0) await trx.insertInto('commitments').values(rows).execute();
}
