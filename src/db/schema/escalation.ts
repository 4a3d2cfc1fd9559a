import type { Generated, Selectable } from 'kysely';
import type { CreatedAt } from './org.js';

/** One step up the ladder for a customer, with the strikes (promise and follow-up ids) that caused it. */
export interface EscalationTable {
  id: Generated<number>;
  customer_id: number;
  team_id: number;
  from_step: string;
  to_step: string;
  reasons: string[];
  broken_in_a_row: Generated<number>;
  failed_in_a_row: Generated<number>;
  promise_ids: number[];
  follow_up_ids: number[];
  manager_id: number | null;
  created_at: CreatedAt;
}

export type EscalationRow = Selectable<EscalationTable>;
