import type { DbOrTrx } from '../../db/connect.js';
import { creditExposures, type ExposureScope } from '../../db/repositories/credit-exposure.repository.js';
import { type HoldReason, holdReasons } from '../../domain/credit-hold.js';
import type { LocalDate } from '../../domain/local-date.js';
import { readTeamSettings } from '../team-settings.js';

/** The team facts a hold depends on. */
export interface HoldTeam {
  timezone: string;
  settings: unknown;
}

/** The customers on hold in `scope` today, each with its reasons; customers not held are absent. */
export async function loadHolds(
  db: DbOrTrx,
  scope: ExposureScope,
  today: LocalDate,
  team: HoldTeam,
): Promise<Map<number, HoldReason[]>> {
  const { holdAgeDays } = readTeamSettings(team.settings);
  const holds = new Map<number, HoldReason[]>();
  for (const exposure of (await creditExposures(db, scope, today, team.timezone)).values()) {
    const reasons = holdReasons(exposure, today, holdAgeDays);
    if (reasons.length > 0) holds.set(exposure.customerId, reasons);
  }
  return holds;
}
