import type { Generated, Insertable, Selectable } from 'kysely';
import type { ApprovalState } from './collection.js';
import type { CreatedAt, DateColumn } from './org.js';

export type CommitmentKind = 'promise' | 'instalment' | 'on_time' | 'delay' | 'next_action';
export type CommitmentStatus = 'open' | 'kept' | 'partially_kept' | 'broken' | 'cancelled';

/** Anything someone agreed with a date: a promise, an instalment, an on-time answer, a delay, a next action. */
export interface CommitmentTable {
  id: Generated<number>;
  kind: CommitmentKind;
  team_id: number;
  /** The item it is about; null for a promise, instalment or next action on the whole customer. */
  receivable_id: number | null;
  customer_id: number;
  /** Who obtained it (and is scored for it). */
  person_id: number | null;
  /** Null only for a next action, which carries no money. */
  currency: string | null;
  amount: number | null;
  /** The date it falls due: promised date, instalment date, due date, new date, next action date. */
  due_on: DateColumn;
  /** The team-local date it was agreed; receipts count from here. */
  made_on: DateColumn;
  status: Generated<CommitmentStatus>;
  received: Generated<number>;
  note: string | null;
  reason_code: Generated<string | null>;
  approval_state: Generated<ApprovalState>;
  approver_id: Generated<number | null>;
  decided_at: Generated<Date | null>;
  plan_id: Generated<number | null>;
  instalment_no: Generated<number | null>;
  follow_up_id: Generated<number | null>;
  origin: Generated<string | null>;
  superseded_by: number | null;
  resolved_at: Date | null;
  created_at: CreatedAt;
}

/** A repayment plan (还款计划): its instalments are commitments of kind 'instalment'. */
export interface RepaymentPlanTable {
  id: Generated<number>;
  team_id: number;
  customer_id: number;
  receivable_ids: number[];
  person_id: number | null;
  currency: string;
  total: number;
  made_on: DateColumn;
  note: string | null;
  created_at: CreatedAt;
}

export type DisputeState = 'open' | 'will_pay' | 'credit_note';

/** A disputed item: owned by its collector, colleagues brought in, resolved by a manager or finance. */
export interface DisputeTable {
  id: Generated<number>;
  team_id: number;
  receivable_id: number;
  customer_id: number;
  owner_id: number | null;
  reason_code: string | null;
  note: string;
  opened_on: DateColumn;
  helper_ids: Generated<number[]>;
  state: Generated<DisputeState>;
  credit_amount: number | null;
  credit_reference: string | null;
  resolved_by: number | null;
  resolved_at: Date | null;
  manager_told_at: Date | null;
  created_at: CreatedAt;
}

export type CommitmentRow = Selectable<CommitmentTable>;
export type NewCommitment = Insertable<CommitmentTable>;
export type RepaymentPlanRow = Selectable<RepaymentPlanTable>;
export type DisputeRow = Selectable<DisputeTable>;

/** A team's own wording of the repayment agreement in one language. */
export interface AgreementTemplateTable {
  team_id: number;
  locale: string;
  subject: string;
  body: string;
  updated_at: Date;
}
