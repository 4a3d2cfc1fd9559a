import { describe, expect, it } from 'vitest';
import { generateCompany } from '../../../src/demo/generate.js';
import { AGING_BUCKETS, agingBucketOf } from '../../../src/domain/aging.js';

const today = '2026-11-23';

describe('demo company', () => {
  it('is the same company every time for the same seed and date', () => {
    const a = generateCompany({ today });
    const b = generateCompany({ today });
    expect(a.customers).toEqual(b.customers);
    expect([...a.items()].slice(0, 50)).toEqual([...b.items()].slice(0, 50));
  });

  it('has 3 teams, 12 collectors, 3 managers, a finance admin and 300 customers', () => {
    const company = generateCompany({ today });
    expect(company.teams.map((t) => t.code)).toEqual(['east', 'south', 'intl']);
    const roles = company.people.map((p) => p.role);
    expect(roles.filter((r) => r === 'collector')).toHaveLength(12);
    expect(roles.filter((r) => r === 'manager')).toHaveLength(3);
    expect(roles.filter((r) => r === 'admin')).toHaveLength(1);
    expect(new Set(company.people.map((p) => p.email)).size).toBe(company.people.length);
    expect(company.customers).toHaveLength(300);
  });

  it('spreads about 3,000 items over every aging bucket, with retention money, disputes and history', () => {
    const items = [...generateCompany({ today }).items()];
    expect(items).toHaveLength(3000);
    const buckets = new Set(items.map((i) => agingBucketOf(i.receivable.dueOn, today)));
    expect([...buckets].sort()).toEqual([...AGING_BUCKETS].sort());
    expect(items.some((i) => i.receivable.kind === 'retention')).toBe(true);
    expect(items.some((i) => i.receivable.disputed)).toBe(true);
    const statuses = new Set(items.flatMap((i) => i.activity.promises.map((p) => p.status)));
    expect([...statuses].sort()).toEqual(['broken', 'kept', 'open']);
    for (const { receivable, activity } of items) {
      expect(Number.isSafeInteger(receivable.amount)).toBe(true);
      const paid = activity.payments.reduce((sum, p) => sum + p.amount, 0);
      expect(paid).toBeLessThanOrEqual(receivable.amount);
    }
  });

  it('scales to benchmark sizes on demand', () => {
    const company = generateCompany({ today, teams: 50, collectors: 1000, customers: 2000, receivables: 10 });
    expect(company.teams).toHaveLength(50);
    expect(company.people.filter((p) => p.role === 'collector')).toHaveLength(1000);
    expect(new Set(company.customers.map((c) => c.externalId)).size).toBe(2000);
  });

  it('writes each team’s demo notes and banks in the team’s language', () => {
    const items = [...generateCompany({ today }).items()];
    const texts = (team: string) =>
      items
        .filter((i) => i.receivable.teamCode === team)
        .flatMap((i) => [
          ...i.activity.followUps.map((f) => f.note),
          ...i.activity.promises.map((p) => p.note),
          ...i.activity.payments.map((p) => p.bank),
        ]);
    const english = texts('intl');
    const chinese = texts('east');
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([]);
    expect(chinese.length).toBeGreaterThan(20);
    expect(chinese.every((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
  });
});
