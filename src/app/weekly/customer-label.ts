import type { DbOrTrx } from '../../db/connect.js';
import { type CustomerMatch, findCustomers } from '../../db/repositories/lookup-targets.repository.js';

/** How the weekly forms show a customer: its name and code, so two customers with one name differ. */
export function customerLabel(name: string, code: string): string {
  return `${name} (${code})`;
}

// "华东机电 (C00012)" or "华东机电（C00012）": the code in brackets at the end.
const LABEL = /^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]\s*$/;

/** The customer a line names, or why there is not exactly one. */
export type LineCustomer =
  | { kind: 'one'; customer: CustomerMatch }
  | { kind: 'none' }
  /** Several customers answer to the text: the labels to choose from. */
  | { kind: 'several'; labels: string };

/**
 * The customer a weekly form line names: by the code in its label, else by exact name or code,
 * else the one customer whose name contains the text.
 */
export async function customerOfLine(db: DbOrTrx, text: string, teamId: number): Promise<LineCustomer> {
  const label = LABEL.exec(text);
  if (label?.[2]) {
    const code = label[2];
    const byCode = (await findCustomers(db, code, teamId)).filter((c) => c.externalId === code);
    if (byCode[0] && byCode.length === 1) return { kind: 'one', customer: byCode[0] };
  }
  const matches = await findCustomers(db, text, teamId);
  const exact = matches.filter((c) => c.name.toLowerCase() === text.toLowerCase() || c.externalId === text);
  const candidates = exact.length > 0 ? exact : matches;
  if (candidates[0] && candidates.length === 1) return { kind: 'one', customer: candidates[0] };
  if (candidates.length === 0) return { kind: 'none' };
  const labels = candidates.map((c) => customerLabel(c.name, c.externalId));
  return { kind: 'several', labels: labels.slice(0, 5).join(', ') };
}
