import { z } from 'zod';
import { DEFAULT_COMMISSION_TABLE, isValidCommissionTable } from '../domain/kpi/lateness.js';
import { DEFAULT_LIKELIHOOD_TABLE, isValidLikelihoodTable } from '../domain/priority.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:00');

/** Every per-team rule with its default (DESIGN §2–3); stored as JSON on the team row. */
export const TeamSettingsSchema = z.object({
  postTime: time.default('09:00'),
  deadlineTime: time.default('18:00'),
  warningDays: z.number().int().min(1).max(60).default(7),
  cooperativeDays: z.number().int().min(0).max(60).default(5),
  firmDays: z.number().int().min(0).max(60).default(3),
  responsePolicy: z.enum(['until_promised', 'every_day']).default('until_promised'),
  graceDays: z.number().int().min(0).max(30).default(1),
  /** Minor units at or above which an item counts as "large" for segments. */
  largeAmount: z.number().int().min(0).default(10_000_000),
  shortMaxDays: z.number().int().min(1).default(60),
  /** A customer with anything overdue longer than this goes on credit hold. */
  holdAgeDays: z.number().int().min(1).max(3650).default(60),
  /** Behaviour that calls for a credit review: keeping rate below (basis points), average days late above. */
  reviewKeepingRateBp: z.number().int().min(0).max(10_000).default(5_000),
  reviewAverageDaysLate: z.number().int().min(0).default(30),
  /** Working days a dispute may stay open before its manager is told (once). */
  disputeManagerDays: z.number().int().min(1).max(250).default(10),
  planTime: time.default('09:30'),
  planReminderTime: time.default('12:00'),
  planSummaryTime: time.default('14:00'),
  resultTime: time.default('16:00'),
  resultReminderTime: time.default('17:30'),
  resultSummaryTime: time.default('18:00'),
  weeklyReportTime: time.default('17:00'),
  monthlyReportTime: time.default('09:30'),
  /** Likelihood of recovery by days overdue (basis points): priority, provision and forecast. */
  recoveryLikelihood: z
    .object({
      bands: z.array(z.object({ maxDays: z.number().int(), basisPoints: z.number().int() })),
      beyondBasisPoints: z.number().int(),
    })
    .refine(isValidLikelihoodTable, 'bands need rising day limits and basis points 0–10000')
    .default(() => ({ ...DEFAULT_LIKELIHOOD_TABLE, bands: [...DEFAULT_LIKELIHOOD_TABLE.bands] })),
  /** Commission factor by days a receipt came after the due date (basis points, may be negative). */
  commissionTable: z
    .object({
      bands: z.array(z.object({ maxDaysLate: z.number().int(), factorBp: z.number().int() })),
      beyondBp: z.number().int(),
    })
    .refine(isValidCommissionTable, 'bands need rising day limits and factors within ±10000')
    .default(() => ({ ...DEFAULT_COMMISSION_TABLE, bands: [...DEFAULT_COMMISSION_TABLE.bands] })),
});

export type TeamSettings = z.infer<typeof TeamSettingsSchema>;

/** Reads a team's stored settings, filling defaults; unknown keys are dropped. */
export function readTeamSettings(stored: unknown): TeamSettings {
  return TeamSettingsSchema.parse(stored ?? {});
}
