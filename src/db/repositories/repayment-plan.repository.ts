import { sql } from 'kysely';
import type { DbOrTrx } from '../connect.js';

/** A new repayment plan's header row. */
export interface NewPlan {
  teamId: number;
  customerId: number;
  itemIds: readonly number[];
  personId: number;
  currency: string;
  total: number;
  madeOn: string;
  note: string | null;
  at: Date;
}

/** Records a repayment plan's header and returns its id. */
export async function insertRepaymentPlan(db: DbOrTrx, plan: NewPlan): Promise<number> {
  const row = await db
    .insertInto('repayment_plans')
    .values({
      team_id: plan.teamId,
      customer_id: plan.customerId,
      receivable_ids: sql<number[]>`${[...plan.itemIds]}::int[]`,
      person_id: plan.personId,
      currency: plan.currency,
      total: plan.total,
      made_on: plan.madeOn,
      note: plan.note,
      created_at: plan.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What a repayment agreement prints: the parties, the plan's invoices and its instalments. */
export async function planForAgreement(db: DbOrTrx, planId: number) {
  const plan = await db
    .selectFrom('repayment_plans as p')
    .innerJoin('customers as c', 'c.id', 'p.customer_id')
    .innerJoin('teams as t', 't.id', 'p.team_id')
    .select([
      'p.id',
      'p.team_id',
      'p.currency',
      'p.total',
      'p.made_on',
      'p.receivable_ids',
      'c.name as customer_name',
      'c.address as customer_address',
      'c.interest_ppm',
      'c.interest_basis',
      't.name as team_name',
      't.legal_name',
      't.legal_address',
      't.locale',
    ])
    .where('p.id', '=', planId)
    .executeTakeFirstOrThrow();
  const [items, instalments] = await Promise.all([
    db
      .selectFrom('receivables')
      .select(['invoice_no', 'outstanding'])
      .where(sql<boolean>`id = ANY(${plan.receivable_ids}::int[])`)
      .orderBy('due_on')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('commitments')
      .select(['instalment_no', 'amount', 'due_on'])
      .where('plan_id', '=', planId)
      .orderBy('instalment_no')
      .execute(),
  ]);
  return { plan, items, instalments };
}

/** A team's own repayment agreement wording in a language, if it has one. */
export async function findAgreementTemplate(db: DbOrTrx, teamId: number, locale: string) {
  return db
    .selectFrom('agreement_templates')
    .select(['subject', 'body'])
    .where('team_id', '=', teamId)
    .where('locale', '=', locale)
    .executeTakeFirst();
}

/** Stores a team's repayment agreement wordings, replacing those of the same language. */
export async function saveAgreementTemplates(
  db: DbOrTrx,
  teamId: number,
  templates: readonly { locale: string; subject: string; body: string }[],
  at: Date,
): Promise<void> {
  if (templates.length === 0) return;
  await db
    .insertInto('agreement_templates')
    .values(templates.map((t) => ({ team_id: teamId, ...t, updated_at: at })))
    .onConflict((oc) =>
      oc.columns(['team_id', 'locale']).doUpdateSet((eb) => ({
        subject: eb.ref('excluded.subject'),
        body: eb.ref('excluded.body'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
