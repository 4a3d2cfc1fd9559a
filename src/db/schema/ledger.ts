import type { Generated, Insertable, Selectable } from 'kysely';
import type { CreatedAt, DateColumn } from './org.js';

export type CreditRating = 'A' | 'B' | 'C' | 'D';
export type CustomerStatus = 'active' | 'credit_hold' | 'legal' | 'written_off';
export type ReceivableKind = 'invoice' | 'retention' | 'other';
export type ReceivableStatus = 'open' | 'paid' | 'written_off' | 'cancelled';
/** 'ledger': the part of an ERP balance no imported payment explains, dated the day the file was imported. */
export type PaymentSource = 'import' | 'provisional' | 'ledger';

export interface CustomerTable {
  id: Generated<number>;
  external_id: string;
  name: string;
  team_id: number;
  owner_id: number | null;
  rating: CreditRating;
  /** Minor units of credit_currency. */
  credit_limit: number;
  credit_currency: string;
  payment_terms_days: number;
  status: Generated<CustomerStatus>;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  address: string | null;
  import_id: number | null;
  /** The ladder step three strikes raised the customer to; null until it first happens. */
  escalation_step: Generated<string | null>;
  escalated_at: Generated<Date | null>;
  escalation_reason: Generated<string | null>;
  /** Who put the customer on hold by hand, and when. */
  hold_set_by: Generated<number | null>;
  hold_set_at: Generated<Date | null>;
  /** Overdue interest in parts per million per year or per day; null when none is charged. */
  interest_ppm: Generated<number | null>;
  interest_basis: Generated<'annual' | 'daily' | null>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface ReceivableTable {
  id: Generated<number>;
  external_id: string;
  customer_id: number;
  team_id: number;
  collector_id: number | null;
  invoice_no: string;
  contract_no: string | null;
  kind: ReceivableKind;
  currency: string;
  /** Minor units. */
  amount: number;
  /** Minor units still owed: amount less allocated payments. */
  outstanding: number;
  issued_on: DateColumn | null;
  due_on: DateColumn;
  status: Generated<ReceivableStatus>;
  disputed: Generated<boolean>;
  dispute_note: string | null;
  import_id: number | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface PaymentTable {
  id: Generated<number>;
  external_id: string;
  customer_id: number;
  /** The invoice the payer named, when they named one. */
  receivable_id: number | null;
  currency: string;
  amount: number;
  received_on: DateColumn;
  bank: string | null;
  reference: string | null;
  source: Generated<PaymentSource>;
  import_id: number | null;
  created_at: CreatedAt;
}

export interface PaymentAllocationTable {
  id: Generated<number>;
  payment_id: number;
  receivable_id: number;
  amount: number;
  created_at: CreatedAt;
}

export type CustomerRow = Selectable<CustomerTable>;
export type NewCustomer = Insertable<CustomerTable>;
export type ReceivableRow = Selectable<ReceivableTable>;
export type NewReceivable = Insertable<ReceivableTable>;
export type PaymentRow = Selectable<PaymentTable>;
export type NewPayment = Insertable<PaymentTable>;
export type PaymentAllocationRow = Selectable<PaymentAllocationTable>;
