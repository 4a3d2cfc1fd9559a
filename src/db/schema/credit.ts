import type { ColumnType, Generated, Selectable } from 'kysely';
import type { CreatedAt, DateColumn } from './org.js';

type Json<T> = ColumnType<T, string, string>;

/** The hold and risk class last announced for a customer. */
export interface CreditWatchTable {
  customer_id: number;
  on_hold: boolean;
  reasons: Json<unknown>;
  changes: Generated<number>;
  risk_class: string | null;
  updated_at: Date;
}

export type ContactRole = 'decision_maker' | 'finance' | 'purchasing' | 'legal' | 'other';

export interface CustomerContactTable {
  id: Generated<number>;
  customer_id: number;
  name: string;
  role: Generated<ContactRole>;
  phone: string | null;
  email: string | null;
  import_id: number | null;
  created_at: CreatedAt;
}

/** One entry of a customer's credit history: holds, reviews and their decisions, risk signals, write-offs. */
export interface CreditHistoryTable {
  id: Generated<number>;
  customer_id: number;
  kind: string;
  detail: Json<Record<string, unknown>>;
  person_id: number | null;
  at: Date;
}

export interface RatingPolicyTable {
  team_id: number;
  rating: 'A' | 'B' | 'C' | 'D';
  max_terms_days: number;
  /** Minor units of limit_currency. */
  default_limit: number;
  limit_currency: string;
  extension_allowed: boolean;
  review_months: number;
  import_id: number | null;
}

export type ReviewDecision = 'keep' | 'rating' | 'limit' | 'hold';

export interface CreditReviewTable {
  id: Generated<number>;
  customer_id: number;
  team_id: number;
  triggers: Json<unknown>;
  opened_on: DateColumn;
  manager_id: number | null;
  decision: ReviewDecision | null;
  decided_by: number | null;
  decided_at: Date | null;
  created_at: CreatedAt;
}

export interface RiskSignalTable {
  id: Generated<number>;
  customer_id: number;
  receivable_id: number | null;
  signs: string[];
  note: string | null;
  raised_by: number;
  created_at: CreatedAt;
}

export interface WriteOffTable {
  id: Generated<number>;
  receivable_id: number;
  customer_id: number;
  team_id: number;
  currency: string;
  amount: number;
  reason: string;
  evidence: string;
  status: Generated<'proposed' | 'approved' | 'rejected'>;
  proposed_by: number;
  proposed_at: Date;
  decided_by: number | null;
  decided_at: Date | null;
}

export interface BalanceConfirmationTable {
  id: Generated<number>;
  customer_id: number;
  as_of: DateColumn;
  currency: string;
  balance: number;
  reply: 'confirmed' | 'disputed' | null;
  disputed_amount: number | null;
  replied_on: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_by: number | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export type CreditReviewRow = Selectable<CreditReviewTable>;
export type RatingPolicyRow = Selectable<RatingPolicyTable>;
export type WriteOffRow = Selectable<WriteOffTable>;
