import type { KindStore } from './kind-store.js';
import { customerChecks, customerLookup, lookupChecks, runChecks, teamLookup } from './resolve-sql.js';
import { STAGE } from './stage.js';
import { upsertFromStage } from './upsert-sql.js';

/** Rows repeating an earlier row's customer and contact name. */
const DUPLICATE_CONTACT = `LEFT JOIN (SELECT COALESCE(customer_code, customer_name) AS who, name, min(row_no) AS first_row
    FROM ${STAGE} GROUP BY 1, 2 HAVING count(*) > 1) d
  ON d.who = COALESCE(s.customer_code, s.customer_name) AND d.name = s.name AND s.row_no > d.first_row`;

/** Contacts: upsert by customer and name; a re-import updates role, phone and e-mail. */
export const contactStore: KindStore = {
  check(db, present) {
    const customer = customerLookup(present);
    return runChecks(db, `${customer.joins} ${DUPLICATE_CONTACT}`, [
      ...customerChecks(present, customer),
      {
        when: 'd.first_row IS NOT NULL',
        field: 'name',
        value: 's.name',
        reason: 'duplicate contact of this customer within the file (first at row {x})',
        extra: 'd.first_row',
      },
    ]);
  },

  write(db, ctx) {
    const customer = customerLookup(ctx.present);
    return upsertFromStage(
      db,
      {
        table: 'customer_contacts',
        conflict: 'customer_id, name',
        joins: customer.joins,
        importId: true,
        updatedAt: false,
        columns: [
          { name: 'customer_id', value: 'c.id' },
          { name: 'name', value: 's.name' },
          { name: 'role', value: "COALESCE(s.role, 'other')", keep: !ctx.present.has('role') },
          { name: 'phone', value: 's.phone', keep: !ctx.present.has('phone') },
          { name: 'email', value: 's.email', keep: !ctx.present.has('email') },
        ],
      },
      ctx,
    );
  },
};

const DUPLICATE_RATING = `LEFT JOIN (SELECT team_ref, rating, min(row_no) AS first_row FROM ${STAGE}
    GROUP BY 1, 2 HAVING count(*) > 1) d
  ON d.team_ref = s.team_ref AND d.rating = s.rating AND s.row_no > d.first_row`;

/** The rating policy: one row per team and rating, replaced by each import. */
export const ratingStore: KindStore = {
  check(db) {
    const team = teamLookup('t');
    return runChecks(db, `${team.joins} ${DUPLICATE_RATING}`, [
      ...lookupChecks(team, 'team', 'team', 'give the team code'),
      {
        when: 'd.first_row IS NOT NULL',
        field: 'rating',
        value: 's.rating',
        reason: 'duplicate rating of this team within the file (first at row {x})',
        extra: 'd.first_row',
      },
    ]);
  },

  write(db, ctx) {
    const team = teamLookup('t');
    return upsertFromStage(
      db,
      {
        table: 'rating_policies',
        conflict: 'team_id, rating',
        joins: team.joins,
        importId: true,
        updatedAt: false,
        noCreatedAt: true,
        columns: [
          { name: 'team_id', value: team.id },
          { name: 'rating', value: 's.rating' },
          { name: 'max_terms_days', value: 's.max_terms_days' },
          { name: 'default_limit', value: 's.default_limit' },
          { name: 'limit_currency', value: "COALESCE(s.currency, 'CNY')" },
          { name: 'extension_allowed', value: "COALESCE(s.extension_allowed, 'yes') = 'yes'" },
          { name: 'review_months', value: 's.review_months' },
        ],
      },
      ctx,
    );
  },
};
