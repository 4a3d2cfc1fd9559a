import type {
  FollowUpTable,
  LeaveTable,
  PaidClaimTable,
  PlanLineTable,
  WeeklyPlanTable,
  WeeklyScoreTable,
} from './collection.js';
import type {
  AgreementTemplateTable,
  CommitmentTable,
  DisputeTable,
  RepaymentPlanTable,
} from './commitments.js';
import type {
  BalanceConfirmationTable,
  CreditHistoryTable,
  CreditReviewTable,
  CreditWatchTable,
  CustomerContactTable,
  RatingPolicyTable,
  RiskSignalTable,
  WriteOffTable,
} from './credit.js';
import type { EscalationTable } from './escalation.js';
import type { CustomerTable, PaymentAllocationTable, PaymentTable, ReceivableTable } from './ledger.js';
import type { LetterTemplateTable } from './letters.js';
import type {
  AuditLogTable,
  ChatUploadTable,
  ImportTable,
  InboundEventTable,
  InteractionKeyTable,
  JobRunTable,
  ListMessageTable,
  OutboxTable,
  PostedMessageTable,
} from './operations.js';
import type {
  CalendarOverrideTable,
  ChannelTable,
  ChatIdentityTable,
  PersonTable,
  TeamTable,
} from './org.js';
import type { ReportSnapshotTable } from './reports.js';

export type * from './collection.js';
export type * from './commitments.js';
export type * from './credit.js';
export type * from './escalation.js';
export type * from './ledger.js';
export type * from './letters.js';
export type * from './operations.js';
export type * from './org.js';
export type * from './reports.js';

/** Every table Duebot keeps, keyed by its SQL name. */
export interface Database {
  teams: TeamTable;
  people: PersonTable;
  chat_identities: ChatIdentityTable;
  channels: ChannelTable;
  calendar_overrides: CalendarOverrideTable;
  customers: CustomerTable;
  receivables: ReceivableTable;
  payments: PaymentTable;
  payment_allocations: PaymentAllocationTable;
  commitments: CommitmentTable;
  repayment_plans: RepaymentPlanTable;
  disputes: DisputeTable;
  follow_ups: FollowUpTable;
  paid_claims: PaidClaimTable;
  weekly_plans: WeeklyPlanTable;
  plan_lines: PlanLineTable;
  leaves: LeaveTable;
  weekly_scores: WeeklyScoreTable;
  posted_messages: PostedMessageTable;
  list_messages: ListMessageTable;
  job_runs: JobRunTable;
  outbox: OutboxTable;
  inbound_events: InboundEventTable;
  interaction_keys: InteractionKeyTable;
  audit_log: AuditLogTable;
  imports: ImportTable;
  chat_uploads: ChatUploadTable;
  escalations: EscalationTable;
  letter_templates: LetterTemplateTable;
  agreement_templates: AgreementTemplateTable;
  report_snapshots: ReportSnapshotTable;
  credit_watch: CreditWatchTable;
  customer_contacts: CustomerContactTable;
  credit_history: CreditHistoryTable;
  rating_policies: RatingPolicyTable;
  credit_reviews: CreditReviewTable;
  risk_signals: RiskSignalTable;
  write_offs: WriteOffTable;
  balance_confirmations: BalanceConfirmationTable;
}
