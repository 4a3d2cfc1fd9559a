import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';

let h: Harness;

const said = (reply: Reply) =>
  reply.kind === 'private' ? reply.message.blocks.map((b) => ('text' in b ? b.text : '')).join('\n') : '';

beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.t.close();
});

describe('ar: the open items in the order they need attention', () => {
  it('lists every overdue item before any item not yet due, even a much larger one', async () => {
    // A customer of the east team with items on both sides of today.
    const row = await h.t.db
      .selectFrom('receivables as r')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .innerJoin('teams as t', 't.id', 'r.team_id')
      .select(['c.id', 'c.external_id'])
      .where('t.code', '=', 'east')
      .where('r.status', '=', 'open')
      .groupBy(['c.id', 'c.external_id'])
      .having(sql<boolean>`bool_or(r.due_on < '2026-11-23') and bool_or(r.due_on > '2026-11-23')`)
      .orderBy('c.id')
      .executeTakeFirstOrThrow();
    // The item not yet due is made the largest, so that by expected recovery alone it would lead.
    const later = await h.t.db
      .selectFrom('receivables')
      .select(['id', 'invoice_no'])
      .where('customer_id', '=', row.id)
      .where('status', '=', 'open')
      .where('due_on', '>', '2026-11-23')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await h.t.db
      .updateTable('receivables')
      .set({ amount: 99_000_000_00, outstanding: 99_000_000_00 })
      .where('id', '=', later.id)
      .execute();
    const collector = await h.person('collector', 'east');
    const story = said(await h.app.handle(h.as(collector.email, 'east').command(`查询 ${later.invoice_no}`)));
    const lines = story
      .split('\n')
      .filter((l) => l.startsWith('• ') && /逾期 \d+ 天|天后到期|今天到期/.test(l));
    const firstNotDue = lines.findIndex((l) => /天后到期|今天到期/.test(l));
    const lastOverdue = lines.map((l) => /逾期 \d+ 天/.test(l)).lastIndexOf(true);
    expect(firstNotDue).toBeGreaterThan(-1);
    expect(lastOverdue).toBeGreaterThan(-1);
    expect(lastOverdue).toBeLessThan(firstNotDue);
    expect(lines[firstNotDue]).toContain(later.invoice_no);
  });
});
