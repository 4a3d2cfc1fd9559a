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
      .select(['id', 'name', 'external_id'])
      .orderBy('id')
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
      .select(['id', 'name'])
      .orderBy('id', 'desc')
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
});
