import type { Generated, Insertable, Selectable } from 'kysely';
import type { CreatedAt, DateColumn } from './org.js';

export type ApprovalState = 'not_needed' | 'pending' | 'approved' | 'rejected';
export type ClaimState = 'pending' | 'confirmed' | 'rejected';
export type PlanOutcome = 'collected' | 'partial' | 'promised_again' | 'disputed' | 'no_contact';

export interface FollowUpTable {
  id: Generated<number>;
  receivable_id: number | null;
  customer_id: number;
  person_id: number | null;
  method: string;
  outcome: string;
  reason_code: string | null;
  note: string | null;
  next_action_on: DateColumn | null;
  created_at: CreatedAt;
}

export interface PaidClaimTable {
  id: Generated<number>;
  receivable_id: number;
  person_id: number | null;
  currency: string;
  amount: number;
  paid_on: DateColumn;
  bank: string | null;
  reference: string | null;
  state: Generated<ClaimState>;
  decided_by: number | null;
  decided_at: Date | null;
  created_at: CreatedAt;
}

export interface WeeklyPlanTable {
  id: Generated<number>;
  team_id: number;
  person_id: number;
  week_start: DateColumn;
  plan_submitted_at: Date | null;
  result_submitted_at: Date | null;
  /** Set when the week's plan-vs-actual summary went out: nothing changes after. */
  closed_at: Generated<Date | null>;
  created_at: CreatedAt;
}

export interface PlanLineTable {
  id: Generated<number>;
  plan_id: number;
  receivable_id: number | null;
  customer_id: number;
  currency: string;
  planned_amount: number;
  expected_on: DateColumn | null;
  note: string | null;
  actual_amount: number | null;
  outcome: PlanOutcome | null;
  result_note: string | null;
  /** The planned action, in the collector's words. */
  action: Generated<string | null>;
  /** Receipts imported for the customer this week when the result was given. */
  ledger_amount: Generated<number | null>;
  position: Generated<number>;
}

/** A collector's week scored in one currency: planned, collected from the ledger, self-reported. */
export interface WeeklyScoreTable {
  id: Generated<number>;
  plan_id: number;
  currency: string;
  planned: number;
  collected: number;
  self_reported: number;
  lines_without_outcome: number;
  /** Collected over planned in basis points; null when nothing was planned. */
  achievement_bp: number | null;
  scored_at: Date;
}

export interface LeaveTable {
  id: Generated<number>;
  person_id: number;
  from_on: DateColumn;
  to_on: DateColumn;
  delegate_id: number | null;
  created_at: CreatedAt;
}

export type FollowUpRow = Selectable<FollowUpTable>;
export type NewFollowUp = Insertable<FollowUpTable>;
export type PaidClaimRow = Selectable<PaidClaimTable>;
export type WeeklyPlanRow = Selectable<WeeklyPlanTable>;
export type PlanLineRow = Selectable<PlanLineTable>;
export type LeaveRow = Selectable<LeaveTable>;
export type WeeklyScoreRow = Selectable<WeeklyScoreTable>;
