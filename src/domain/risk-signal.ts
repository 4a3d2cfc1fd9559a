/**
 * The warning signs of a customer going bad (seed 002 不良客户判断要点) a collector can raise.
 */

/** One warning sign. */
export type RiskSign =
  | 'lost_major_customer'
  | 'selling_below_cost'
  | 'changing_banks'
  | 'avoiding_collector'
  | 'management_change'
  | 'lawsuit'
  | 'other';

/** The signs in the order the form lists them. */
export const RISK_SIGNS: readonly RiskSign[] = [
  'lost_major_customer',
  'selling_below_cost',
  'changing_banks',
  'avoiding_collector',
  'management_change',
  'lawsuit',
  'other',
];

/** Whether a text is one of the signs. */
export function isRiskSign(text: string): text is RiskSign {
  return (RISK_SIGNS as readonly string[]).includes(text);
}
