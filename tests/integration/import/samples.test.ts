import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { count, dumpTables, importFile, receivable, sample } from './import-helpers.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.close();
});

const ORDER = [
  ['teams', 4],
  ['roster', 13],
  ['customers', 12],
  ['receivables', 15],
  ['payments', 10],
  ['contacts', 4],
  ['ratings', 4],
] as const;

describe('the sample files', () => {
  it('import cleanly in order teams → roster → customers → receivables → payments', async () => {
    for (const [kind, rows] of ORDER) {
      const result = await importFile(t, kind, sample(`${kind}.csv`));
      expect(result.issues, kind).toEqual([]);
      expect(result).toMatchObject({
        state: 'committed',
        rows,
        inserted: rows,
        updated: 0,
        unchanged: 0,
        rejected: 0,
      });
    }
    expect(await count(t, 'teams')).toBe(4);
    expect(await count(t, 'people')).toBe(13);
    expect(await count(t, 'chat_identities')).toBe(13);
    expect(await count(t, 'customers')).toBe(12);
    expect(await count(t, 'receivables')).toBe(15);
    expect(await count(t, 'payments')).toBe(10);
    expect(await count(t, 'customer_contacts')).toBe(4);
    expect(await count(t, 'rating_policies')).toBe(4);
    expect(await count(t, 'imports', "state = 'committed'")).toBe(7);
    expect(await count(t, 'audit_log', "action = 'import.committed'")).toBe(7);
  });

  it('reads contacts by role and the rating policy with yes/no and amounts', async () => {
    const contacts = await t.db
      .selectFrom('customer_contacts as cc')
      .innerJoin('customers as c', 'c.id', 'cc.customer_id')
      .select(['c.external_id', 'cc.name', 'cc.role', 'cc.phone'])
      .orderBy('cc.id')
      .execute();
    expect(contacts.find((c) => c.name === '刘总')).toEqual({
      external_id: 'C001',
      name: '刘总',
      role: 'decision_maker',
      phone: '139-1620-8833',
    });
    const policy = await t.db
      .selectFrom('rating_policies')
      .select(['rating', 'max_terms_days', 'default_limit', 'extension_allowed', 'review_months'])
      .orderBy('rating')
      .execute();
    expect(policy[2]).toEqual({
      rating: 'C',
      max_terms_days: 30,
      default_limit: 50_000_000,
      extension_allowed: false,
      review_months: 3,
    });
  });

  it('reads Chinese amounts, names, roles and kinds the way people write them', async () => {
    const people = await t.db
      .selectFrom('people')
      .select(['id', 'email', 'role', 'manager_id', 'team_id'])
      .execute();
    const byEmail = new Map(people.map((p) => [p.email, p]));
    expect(byEmail.get('zhang.wei@huaxin-group.cn')?.role).toBe('manager'); // "Zhang.Wei@…" and 主管
    expect(byEmail.get('wang.fang@huaxin-group.cn')?.role).toBe('collector'); // 收款责任人
    expect(byEmail.get('xu.li@huaxin-group.cn')).toMatchObject({ role: 'admin', team_id: null }); // 财务
    const manager = await t.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'zhang.wei@huaxin-group.cn')
      .executeTakeFirstOrThrow();
    // Li Na's manager is listed further down the file.
    expect(byEmail.get('li.na@huaxin-group.cn')?.manager_id).toBe(manager.id);

    const team = await t.db
      .selectFrom('teams')
      .selectAll()
      .where('code', '=', 'NORTH')
      .executeTakeFirstOrThrow();
    expect(team).toMatchObject({
      locale: 'zh-CN',
      calendar_kind: 'cn',
      timezone: 'Asia/Shanghai',
      legal_name: '上海示例机电设备有限公司',
      legal_address: '上海市浦东新区张江路 88 号',
    });
    expect(team.settings).toEqual({ warningDays: 7, deadlineTime: '17:30', largeAmount: 30_000_000 });

    const customer = await t.db
      .selectFrom('customers')
      .selectAll()
      .where('external_id', '=', 'C001')
      .executeTakeFirstOrThrow();
    expect(customer).toMatchObject({
      credit_limit: 500_000_000,
      payment_terms_days: 60,
      rating: 'A',
      credit_currency: 'CNY',
    });

    expect(await receivable(t, 'R-2026-0102')).toMatchObject({ amount: 36_800_000, kind: 'invoice' }); // 36.8万, 发票
    expect(await receivable(t, 'R-2026-0103')).toMatchObject({ kind: 'retention', due_on: '2026-12-20' }); // 质保金
    expect(await receivable(t, 'R-2026-0115')).toMatchObject({ amount: 12_600_000, currency: 'USD' }); // $126,000
    // The collector column names 王芳 rather than her email.
    expect((await receivable(t, 'R-2026-0104')).collector_id).toBe(
      byEmail.get('wang.fang@huaxin-group.cn')?.id,
    );
  });

  it('changes nothing when every file is imported again', async () => {
    const before = await dumpTables(t);
    for (const [kind, rows] of ORDER) {
      const result = await importFile(t, kind, sample(`${kind}.csv`));
      expect(result, kind).toMatchObject({
        state: 'committed',
        rows,
        inserted: 0,
        updated: 0,
        unchanged: rows,
        rejected: 0,
      });
    }
    expect(await dumpTables(t)).toEqual(before);
  });

  it('loads the .xlsx sample (Chinese headers, customers by name, date cells) and again changes nothing', async () => {
    const first = await importFile(t, 'receivables', sample('receivables.xlsx'));
    expect(first.issues).toEqual([]);
    expect(first).toMatchObject({ state: 'committed', rows: 6, inserted: 6 });
    expect(await receivable(t, 'R-2026-0203')).toMatchObject({
      amount: 136_580_050,
      issued_on: '2026-08-15',
      due_on: '2026-11-13',
      kind: 'invoice',
    });
    expect(await receivable(t, 'R-2026-0202')).toMatchObject({ kind: 'retention', amount: 4_500_000 });
    const again = await importFile(t, 'receivables', sample('receivables.xlsx'));
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 6 });
  });
});
