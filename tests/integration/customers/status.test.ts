import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.t.close();
});

const text = (reply: Reply) => (reply.kind === 'private' ? reply.message.text : '');

describe('finance sets a customer status by command', () => {
  it('puts a customer on credit hold and back, with audit rows before and after', async () => {
    const admin = await h.person('admin');
    const customer = await h.t.db
      .selectFrom('customers')
      .innerJoin('teams', 'teams.id', 'customers.team_id')
      .select(['customers.id', 'customers.name', 'external_id'])
      .where('teams.code', '=', 'east')
      .orderBy('customers.id')
      .executeTakeFirstOrThrow();
    const hold = await h.app.handle(
      h.as(admin.email, 'east').command(`客户 ${customer.external_id} 停止供货`),
    );
    expect(text(hold)).toContain(`${customer.name}：正常催收 → 停止供货`);
    expect(
      (
        await h.t.db
          .selectFrom('customers')
          .select('status')
          .where('id', '=', customer.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('credit_hold');
    const again = await h.app.handle(
      h.as(admin.email, 'east').command(`customer ${customer.external_id} hold`),
    );
    expect(text(again)).toContain('未做更改');
    await h.app.handle(h.as(admin.email, 'east').command(`customer ${customer.external_id} active`));
    const audit = await h.t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'customer.status')
      .where('entity_id', '=', String(customer.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [{ status: 'active' }, { status: 'credit_hold' }],
      [{ status: 'credit_hold' }, { status: 'active' }],
    ]);
  });

  it('hands a customer to legal by name', async () => {
    const admin = await h.person('admin');
    const customer = await h.t.db
      .selectFrom('customers')
      .innerJoin('teams', 'teams.id', 'customers.team_id')
      .select(['customers.id', 'customers.name'])
      .where('teams.code', '=', 'east')
      .orderBy('customers.id', 'desc')
      .executeTakeFirstOrThrow();
    await h.app.handle(h.as(admin.email, 'east').command(`customer "${customer.name}" legal`));
    expect(
      (
        await h.t.db
          .selectFrom('customers')
          .select('status')
          .where('id', '=', customer.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('legal');
  });

  it('refuses collectors and unknown customers, changing nothing', async () => {
    const collector = await h.person('collector', 'east');
    const before = await h.t.db.selectFrom('customers').select(['id', 'status']).orderBy('id').execute();
    expect(text(await h.app.handle(h.as(collector.email, 'east').command('客户 C00001 法务')))).toContain(
      '只有财务',
    );
    const admin = await h.person('admin');
    expect(text(await h.app.handle(h.as(admin.email, 'east').command('customer NOPE-999 hold')))).toContain(
      '没有找到客户',
    );
    expect(text(await h.app.handle(h.as(admin.email, 'east').command('customer C00001 frozen')))).toContain(
      'frozen',
    );
    expect(await h.t.db.selectFrom('customers').select(['id', 'status']).orderBy('id').execute()).toEqual(
      before,
    );
  });

  it('changes only the customer of the chat’s team when another team has one of the same name', async () => {
    const admin = await h.person('admin');
    const teams = await h.t.db.selectFrom('teams').select(['id', 'code']).orderBy('id').execute();
    const east = teams.find((t) => t.code === 'east');
    const intl = teams.find((t) => t.code === 'intl');
    const now = h.clock.now();
    const twin = (teamId: number, code: string) => ({
      external_id: code,
      name: 'Twin Trading',
      team_id: teamId,
      owner_id: null,
      rating: 'B' as const,
      credit_limit: 0,
      credit_currency: 'CNY',
      payment_terms_days: 30,
      contact_name: null,
      contact_phone: null,
      contact_email: null,
      address: null,
      import_id: null,
      created_at: now,
      updated_at: now,
    });
    await h.t.db
      .insertInto('customers')
      .values([twin(east?.id as number, 'TWIN-E'), twin(intl?.id as number, 'TWIN-I')])
      .execute();
    const reply = await h.app.handle(h.as(admin.email, 'intl').command('customer "Twin Trading" hold'));
    expect(text(reply)).toContain('Twin Trading');
    const rows = await h.t.db
      .selectFrom('customers')
      .select(['external_id', 'status'])
      .where('name', '=', 'Twin Trading')
      .orderBy('external_id')
      .execute();
    expect(rows).toEqual([
      { external_id: 'TWIN-E', status: 'active' },
      { external_id: 'TWIN-I', status: 'credit_hold' },
    ]);
  });
});
