import type { DbOrTrx } from '../../db/connect.js';
import {
  lastReasons,
  loadAnswers,
  loadFollowUps,
  loadPlanScores,
  type ReportAnswer,
  type ReportFollowUp,
  type ReportPlanScore,
} from '../../db/repositories/report-activity.repository.js';
import {
  loadReportCommitments,
  type ReportCommitment,
} from '../../db/repositories/report-commitments.repository.js';
import {
  loadPolicyMismatches,
  loadWriteOffs,
  type PolicyMismatch,
  type ReportWriteOff,
} from '../../db/repositories/report-credit.repository.js';
import {
  loadPeopleNames,
  loadReportCustomers,
  loadTeamLedger,
  type ReportCustomer,
} from '../../db/repositories/report-ledger.repository.js';
import {
  loadEscalations,
  loadOpenDisputes,
  loadPendingClaims,
  type ReportClaim,
  type ReportDispute,
  type ReportEscalation,
} from '../../db/repositories/report-matters.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import type { WorkingCalendar } from '../../domain/calendar.js';
import type { HoldReason } from '../../domain/credit-hold.js';
import { type LedgerItem, type LedgerReceipt, receiptsByItem } from '../../domain/kpi/ledger.js';
import type { ReportPeriod } from '../../domain/kpi/period.js';
import { addMonths, type LocalDate } from '../../domain/local-date.js';
import { type Messages, messagesFor } from '../../locale/index.js';
import { loadHolds } from '../credit/credit-holds.js';
import type { TeamSettings } from '../team-settings.js';

/** A team as a report sees it: rules, calendar, language and its own today. */
export interface ReportTeam {
  team: TeamRow;
  settings: TeamSettings;
  calendar: WorkingCalendar;
  m: Messages;
  today: LocalDate;
}

/** Everything one team's report for one period is computed from, read once. */
export interface ReportData {
  team: ReportTeam;
  period: ReportPeriod;
  /** The day the figures are taken on: the period's end, or today while it runs. */
  asOf: LocalDate;
  items: LedgerItem[];
  receipts: LedgerReceipt[];
  byItem: Map<number, LedgerReceipt[]>;
  itemsById: Map<number, LedgerItem>;
  customers: Map<number, ReportCustomer>;
  /** Customers on credit hold, with the reasons every other view shows; read while the period runs. */
  holds: Map<number, HoldReason[]>;
  people: Map<number, string>;
  commitments: ReportCommitment[];
  followUps: ReportFollowUp[];
  answers: ReportAnswer[];
  planScores: ReportPlanScore[];
  escalations: ReportEscalation[];
  disputes: ReportDispute[];
  claims: ReportClaim[];
  reasons: { byItem: Map<number, string>; byCustomer: Map<number, string> };
  /** Write-offs approved in the period. */
  writeOffs: ReportWriteOff[];
  /** Customers whose terms or limit exceed their rating's policy (as things stand when read). */
  mismatches: PolicyMismatch[];
}

/** Reads the ledger up to `asOf` and the team's activity in the period (commitments for a year back). */
export async function loadReportData(
  db: DbOrTrx,
  team: ReportTeam,
  period: ReportPeriod,
  asOf: LocalDate,
): Promise<ReportData> {
  const tz = team.team.timezone;
  const id = team.team.id;
  // Keeping rates and the forecast look back a year; the period itself may reach further back.
  const since = addMonths(period.start < asOf ? period.start : asOf, -12);
  // Independent reads: on a pool they overlap, inside a transaction they simply queue.
  const [
    ledger,
    customers,
    commitments,
    followUps,
    answers,
    planScores,
    escalations,
    disputes,
    claims,
    reasons,
    holds,
    writeOffs,
    mismatches,
  ] = await Promise.all([
    loadTeamLedger(db, id, asOf),
    loadReportCustomers(db, id),
    loadReportCommitments(db, id, since, tz),
    loadFollowUps(db, id, period.start, asOf, tz),
    loadAnswers(db, id, period.start, asOf, tz),
    loadPlanScores(db, id, period.start, asOf),
    loadEscalations(db, id, period.start, asOf, tz),
    loadOpenDisputes(db, id, tz),
    loadPendingClaims(db, id, tz),
    lastReasons(db, id, asOf, tz),
    // A hold stands on today's balances, so a finished period shows none rather than today's.
    asOf >= team.today ? loadHolds(db, { teamId: id }, asOf, team.team) : new Map<number, HoldReason[]>(),
    loadWriteOffs(db, id, period.start, asOf, tz),
    loadPolicyMismatches(db, id),
  ]);
  const { items, receipts } = ledger;
  const personIds = [
    ...items.flatMap((i) => (i.collectorId === null ? [] : [i.collectorId])),
    ...commitments.flatMap((c) => (c.ownerId === null ? [] : [c.ownerId])),
    ...followUps.flatMap((f) => (f.personId === null ? [] : [f.personId])),
    ...answers.map((a) => a.personId),
    ...planScores.map((p) => p.personId),
  ];
  return {
    team,
    period,
    asOf,
    items,
    receipts,
    byItem: receiptsByItem(receipts),
    itemsById: new Map(items.map((i) => [i.id, i])),
    customers,
    holds,
    people: await loadPeopleNames(db, personIds),
    commitments,
    followUps,
    answers,
    planScores,
    escalations,
    disputes,
    claims,
    reasons,
    writeOffs,
    mismatches,
  };
}

/** The team context of a report, in the team's language. */
export function reportTeam(
  team: TeamRow,
  settings: TeamSettings,
  calendar: WorkingCalendar,
  today: LocalDate,
): ReportTeam {
  return { team, settings, calendar, m: messagesFor(team.locale), today };
}
