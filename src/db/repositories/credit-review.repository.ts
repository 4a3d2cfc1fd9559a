import { sql } from 'kysely';
import type { ReviewStanding, ReviewTrigger } from '../../domain/credit-review.js';
import { addMonths, type LocalDate } from '../../domain/local-date.js';
import type { DbOrTrx } from '../connect.js';
import type { ReviewDecision } from '../schema/index.js';

/** A customer the review rule reads, with what it needs to open a review. */
export interface ReviewCandidate extends ReviewStanding {
  customerId: number;
  name: string;
  externalId: string;
  ownerId: number | null;
  rating: string;
  /** Triggers of the last decided review; null when never reviewed. */
  lastDecidedTriggers: ReviewTrigger[] | null;
}

/**
 * Every customer of the team with an open balance and no review waiting, with its promise record
 * and payment lateness over the last twelve months, read in one pass for the whole team.
 */
export async function reviewCandidates(
  db: DbOrTrx,
  teamId: number,
  today: LocalDate,
  timezone: string,
): Promise<ReviewCandidate[]> {
  const since = addMonths(today, -12);
  const { rows } = await sql<{
    id: number;
    name: string;
    external_id: string;
    owner_id: number | null;
    rating: string;
    review_months: number | null;
    last_reviewed: string;
    last_triggers: ReviewTrigger[] | null;
    settled: number | null;
    kept: number | null;
    broken3: number | null;
    days_late: number | null;
  }>`
    WITH settled AS (
      SELECT customer_id, status, due_on,
        row_number() OVER (PARTITION BY customer_id ORDER BY due_on DESC, id DESC) AS n
      FROM commitments
      WHERE team_id = ${teamId} AND kind = 'promise' AND status IN ('kept', 'partially_kept', 'broken')
    ), promises AS (
      SELECT customer_id,
        count(*) FILTER (WHERE due_on >= ${since}::date)::int AS settled,
        count(*) FILTER (WHERE due_on >= ${since}::date AND status = 'kept')::int AS kept,
        count(*) FILTER (WHERE n <= 3 AND status = 'broken')::int AS broken3
      FROM settled GROUP BY customer_id
    ), late AS (
      SELECT p.customer_id,
        round(sum(a.amount::numeric * greatest(p.received_on - r.due_on, 0)) / nullif(sum(a.amount), 0))::int
          AS days
      FROM payment_allocations a
      JOIN payments p ON p.id = a.payment_id
      JOIN receivables r ON r.id = a.receivable_id
      WHERE r.team_id = ${teamId} AND p.received_on >= ${since}::date AND p.received_on <= ${today}::date
      GROUP BY p.customer_id
    ), last_review AS (
      SELECT DISTINCT ON (customer_id) customer_id, decided_at, triggers
      FROM credit_reviews
      WHERE team_id = ${teamId} AND decision IS NOT NULL
      ORDER BY customer_id, decided_at DESC, id DESC
    )
    SELECT c.id, c.name, c.external_id, c.owner_id, c.rating, rp.review_months,
      coalesce((lr.decided_at AT TIME ZONE ${timezone})::date, (c.created_at AT TIME ZONE ${timezone})::date)::text
        AS last_reviewed,
      lr.triggers AS last_triggers, pr.settled, pr.kept, pr.broken3, late.days AS days_late
    FROM customers c
    LEFT JOIN rating_policies rp ON rp.team_id = c.team_id AND rp.rating = c.rating
    LEFT JOIN promises pr ON pr.customer_id = c.id
    LEFT JOIN late ON late.customer_id = c.id
    LEFT JOIN last_review lr ON lr.customer_id = c.id
    WHERE c.team_id = ${teamId} AND c.status NOT IN ('legal', 'written_off')
      AND EXISTS (SELECT 1 FROM receivables r
        WHERE r.customer_id = c.id AND r.status = 'open' AND r.outstanding > 0)
      AND NOT EXISTS (SELECT 1 FROM credit_reviews o WHERE o.customer_id = c.id AND o.decision IS NULL)
    ORDER BY c.id`.execute(db);
  return rows.map((r) => ({
    customerId: r.id,
    name: r.name,
    externalId: r.external_id,
    ownerId: r.owner_id,
    rating: r.rating,
    reviewMonths: r.review_months,
    lastReviewedOn: r.last_reviewed,
    lastDecidedTriggers: r.last_triggers,
    promisesSettled: r.settled ?? 0,
    promisesKept: r.kept ?? 0,
    averageDaysLate: r.days_late,
    brokenOfLastThree: r.broken3 ?? 0,
  }));
}

/** Opens a review; null when one is already waiting for the customer. */
export async function openReview(
  db: DbOrTrx,
  row: {
    customerId: number;
    teamId: number;
    triggers: readonly ReviewTrigger[];
    openedOn: LocalDate;
    managerId: number | null;
    now: Date;
  },
): Promise<number | null> {
  const inserted = await db
    .insertInto('credit_reviews')
    .values({
      customer_id: row.customerId,
      team_id: row.teamId,
      triggers: JSON.stringify(row.triggers),
      opened_on: row.openedOn,
      manager_id: row.managerId,
      created_at: row.now,
    })
    .onConflict((oc) => oc.column('customer_id').where('decision', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/** A review with its customer, locked for the decision. */
export async function reviewForDecision(db: DbOrTrx, id: number) {
  return db
    .selectFrom('credit_reviews as v')
    .innerJoin('customers as c', 'c.id', 'v.customer_id')
    .innerJoin('teams as t', 't.id', 'v.team_id')
    .leftJoin('people as d', 'd.id', 'v.decided_by')
    .select(['v.id', 'v.team_id', 'v.customer_id', 'v.triggers', 'v.decision', 'd.name as decided_by_name'])
    .select(['c.name', 'c.external_id', 'c.rating', 'c.credit_limit', 'c.credit_currency', 'c.status'])
    .select(['t.timezone'])
    .where('v.id', '=', id)
    .forUpdate('v')
    .executeTakeFirst();
}

/** Records the decision on a review. */
export async function decideReview(
  db: DbOrTrx,
  row: { id: number; decision: ReviewDecision; personId: number; now: Date },
): Promise<void> {
  await db
    .updateTable('credit_reviews')
    .set({ decision: row.decision, decided_by: row.personId, decided_at: row.now })
    .where('id', '=', row.id)
    .execute();
}

/** The customer's open balance by aging bucket edge (days overdue) in one currency, for the review card. */
export async function agingOf(
  db: DbOrTrx,
  customerId: number,
  currency: string,
  today: LocalDate,
): Promise<{ notDue: number; d1_30: number; d31_90: number; over90: number }> {
  const { rows } = await sql<{ not_due: number; d1_30: number; d31_90: number; over90: number }>`
    SELECT
      coalesce(sum(outstanding) FILTER (WHERE due_on >= ${today}::date), 0)::bigint AS not_due,
      coalesce(sum(outstanding) FILTER (WHERE ${today}::date - due_on BETWEEN 1 AND 30), 0)::bigint AS d1_30,
      coalesce(sum(outstanding) FILTER (WHERE ${today}::date - due_on BETWEEN 31 AND 90), 0)::bigint AS d31_90,
      coalesce(sum(outstanding) FILTER (WHERE ${today}::date - due_on > 90), 0)::bigint AS over90
    FROM receivables
    WHERE customer_id = ${customerId} AND currency = ${currency} AND status = 'open' AND outstanding > 0`.execute(
    db,
  );
  const r = rows[0];
  return {
    notDue: Number(r?.not_due ?? 0),
    d1_30: Number(r?.d1_30 ?? 0),
    d31_90: Number(r?.d31_90 ?? 0),
    over90: Number(r?.over90 ?? 0),
  };
}

/** Disputes on the customer's items still waiting for a resolution. */
export async function openDisputes(db: DbOrTrx, customerId: number): Promise<number> {
  const row = await db
    .selectFrom('receivables')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('customer_id', '=', customerId)
    .where('status', '=', 'open')
    .where('disputed', '=', true)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
