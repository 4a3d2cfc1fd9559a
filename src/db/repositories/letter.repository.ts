import type { DbOrTrx } from '../connect.js';
import type { LetterKind, LetterTemplateRow } from '../schema/index.js';

/** A team's own template for a kind of letter in one language, if it has one. */
export async function findLetterTemplate(
  db: DbOrTrx,
  teamId: number,
  kind: LetterKind,
  locale: string,
): Promise<LetterTemplateRow | undefined> {
  return db
    .selectFrom('letter_templates')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('kind', '=', kind)
    .where('locale', '=', locale)
    .executeTakeFirst();
}

/** Stores a team's templates, replacing the ones of the same kind and language. */
export async function saveLetterTemplates(
  db: DbOrTrx,
  teamId: number,
  templates: readonly { kind: LetterKind; locale: string; subject: string; body: string }[],
  at: Date,
): Promise<void> {
  if (templates.length === 0) return;
  await db
    .insertInto('letter_templates')
    .values(templates.map((t) => ({ team_id: teamId, ...t, updated_at: at })))
    .onConflict((oc) =>
      oc.columns(['team_id', 'kind', 'locale']).doUpdateSet((eb) => ({
        subject: eb.ref('excluded.subject'),
        body: eb.ref('excluded.body'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** Who a letter is addressed to. */
export async function letterCustomer(db: DbOrTrx, customerId: number) {
  return db
    .selectFrom('customers as c')
    .innerJoin('teams as t', 't.id', 'c.team_id')
    .select([
      'c.name',
      'c.contact_name',
      'c.contact_phone',
      'c.address',
      't.name as team_name',
      't.legal_name',
      't.legal_address',
      't.locale',
      't.timezone',
    ])
    .where('c.id', '=', customerId)
    .executeTakeFirstOrThrow();
}

/** The customer's open items overdue on `today`, oldest first: what a letter demands. */
export async function overdueItemsOf(db: DbOrTrx, customerId: number, today: string, allOpen = false) {
  return (
    db
      .selectFrom('receivables')
      .select(['invoice_no', 'contract_no', 'currency', 'outstanding', 'due_on'])
      .where('customer_id', '=', customerId)
      .where('status', '=', 'open')
      .where('outstanding', '>', 0)
      // A balance confirmation states every open item, due or not.
      .$if(!allOpen, (q) => q.where('due_on', '<', today))
      .orderBy('due_on')
      .orderBy('id')
      .execute()
  );
}
