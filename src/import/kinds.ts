import type { KindStore } from './kind-store.js';
import type { RowValidator } from './row-reader.js';
import type { ImportKind } from './types.js';
import { contactStore, ratingStore } from './upsert-credit.js';
import { customerStore } from './upsert-customers.js';
import { paymentStore } from './upsert-payments.js';
import { receivableStore } from './upsert-receivables.js';
import { rosterStore } from './upsert-roster.js';
import { teamStore } from './upsert-teams.js';
import { contactRows, ratingRows } from './validate-credit.js';
import { customerRows } from './validate-customers.js';
import { paymentRows } from './validate-payments.js';
import { receivableRows } from './validate-receivables.js';
import { rosterRows } from './validate-roster.js';
import { teamRows } from './validate-teams.js';

/** Each kind's pure row validation and its database side. */
export const KINDS: Readonly<Record<ImportKind, { rows: RowValidator; store: KindStore }>> = {
  teams: { rows: teamRows, store: teamStore },
  roster: { rows: rosterRows, store: rosterStore },
  customers: { rows: customerRows, store: customerStore },
  receivables: { rows: receivableRows, store: receivableStore },
  payments: { rows: paymentRows, store: paymentStore },
  contacts: { rows: contactRows, store: contactStore },
  ratings: { rows: ratingRows, store: ratingStore },
};
