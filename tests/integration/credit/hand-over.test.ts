import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { runImport } from '../../../src/import/run-import.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { auditActions, promise, textOf } from '../promises/promise-helpers.js';
import { addCustomer } from './credit-helpers.js';

// 华东's second collector leaves on 11-20: the roster import retires them, their items show under
// the manager as unassigned, and the manager hands them to the first collector with `交接`.
let h: Harness;
let leaver: { id: number; email: string; name: string };
let successor: { id: number; email: string; name: string };
let manager: { id: number; email: string; name: string };
let kept: { id: number; itemIds: number[] };
let other: { id: number; itemIds: number[] };
const said = (reply: Reply) => (reply.kind === 'private' ? reply.message.text : JSON.stringify(reply));
const handle = (p: { email: string }) => `@${p.email.split('@')[0]}`;
const collectorOf = async (itemId: number) =>
  (
    await h.t.db
      .selectFrom('receivables')
      .select('collector_id')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow()
  ).collector_id;

async function importRoster(lines: string[]) {
  const dir = await mkdtemp(path.join(tmpdir(), 'duebot-roster-'));
  try {
    const file = path.join(dir, 'roster.csv');
    await writeFile(file, lines.join('\n'));
    return await runImport(h.t, h.clock, pino({ level: 'silent' }), { kind: 'roster', file });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  h = await createHarness('2026-11-23T01:00:00Z');
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
  leaver = await h.person('collector', 'east', 1);
  successor = await h.person('collector', 'east', 0);
  manager = await h.t.db
    .selectFrom('people as c')
    .innerJoin('people as m', 'm.id', 'c.manager_id')
    .select(['m.id', 'm.email', 'm.name'])
    .where('c.id', '=', leaver.id)
    .executeTakeFirstOrThrow();
  kept = await addCustomer(h, 'east', {
    externalId: 'H-001',
    name: '交接一号',
    limit: 0,
    collectorId: leaver.id,
    items: [{ invoiceNo: 'INV-H1', amount: 3_000_000, dueOn: '2026-11-01' }],
  });
  other = await addCustomer(h, 'east', {
    externalId: 'H-002',
    name: '交接二号',
    limit: 0,
    collectorId: leaver.id,
    items: [{ invoiceNo: 'INV-H2', amount: 1_000_000, dueOn: '2026-11-02' }],
  });
  await promise(h, leaver, kept.itemIds[0] as number, '2026-11-23', { amount: '1万', date: '2026-12-05' });
});
afterAll(async () => {
  await h.t.close();
});

describe('the roster import retires a leaver', () => {
  it('refuses an active person with a leaving date, changing nothing', async () => {
    const result = await importRoster([
      '邮箱,姓名,在职状态,离职日期',
      `${leaver.email},${leaver.name},在职,2026-11-20`,
    ]);
    expect(result.state).toBe('rejected');
    expect(result.issues.map((i) => [i.column, i.reason])).toEqual([
      ['离职日期', expect.stringContaining('an active person has no leaving date')],
    ]);
  });

  it('marks the person left on the date, leaving everyone else as they were', async () => {
    const result = await importRoster([
      '邮箱,姓名,在职状态,离职日期',
      `${leaver.email},${leaver.name},离职,2026-11-20`,
    ]);
    expect(result.state).toBe('committed');
    const rows = await h.t.db
      .selectFrom('people')
      .select(['id', 'active', 'left_on'])
      .where('id', 'in', [leaver.id, successor.id])
      .orderBy('id')
      .execute();
    expect(rows).toEqual(
      [
        { id: leaver.id, active: false, left_on: '2026-11-20' },
        { id: successor.id, active: true, left_on: null },
      ].sort((a, b) => a.id - b.id),
    );
  });

  it('shows the leaver’s items under the manager as unassigned the next morning', async () => {
    h.clock.set('2026-11-24T01:00:00Z');
    await h.app.scheduler.tick();
    await h.app.outbox.drain();
    const part = h.port.sent.find(
      (s) =>
        s.op === 'post' &&
        s.dedupeKey?.startsWith(`overdue:`) &&
        s.dedupeKey.includes(`2026-11-24:p${leaver.id}@`),
    );
    const text = textOf(part);
    expect(text).toContain(`<@person:${manager.id}>`);
    expect(text).toContain(`无人负责：${leaver.name} 已于 2026-11-20 离职，请主管用"交接"重新分配`);
    // INV-H2 needs an answer; INV-H1's open promise is counted, not asked again.
    expect(text).toContain('INV-H2');
    expect(text).toMatch(/\d+ 笔已承诺/);
  });

  it('never names the leaver at the 18:00 deadline: the manager answers for the items meanwhile', async () => {
    h.clock.set('2026-11-24T10:00:00Z');
    await h.app.scheduler.tick();
    await h.app.outbox.drain();
    const deadline = h.port.sent.find(
      (s) => s.op === 'post' && s.dedupeKey?.startsWith('deadline:') && s.dedupeKey.includes(':2026-11-24@'),
    );
    const text = textOf(deadline);
    expect(text).not.toContain(`<@person:${leaver.id}>`);
    expect(text).toContain(`<@person:${manager.id}>`);
  });
});

describe('reassign (交接)', () => {
  it('is for managers and finance only, and names who it cannot find', async () => {
    const refused = await h.app.handle(
      h.as(successor.email, 'east').command(`交接 ${handle(leaver)} ${handle(successor)}`),
    );
    expect(said(refused)).toBe('只有主管（本团队）或财务可以交接款项。');
    const unknown = await h.app.handle(
      h.as(manager.email, 'east').command(`交接 @nobody ${handle(successor)}`),
    );
    expect(said(unknown)).toBe('名单中没有找到"nobody"，未做移交。示例：`交接 @李雷 @王芳`');
    const missing = await h.app.handle(h.as(manager.email, 'east').command('reassign'));
    expect(said(missing)).toContain('缺少移交人（写成 @姓名）');
    expect(await collectorOf(kept.itemIds[0] as number)).toBe(leaver.id);
  });

  it('moves only the named customer’s items when customers are named', async () => {
    const reply = await h.app.handle(
      h.as(manager.email, 'east').command(`交接 ${handle(leaver)} ${handle(successor)} H-002`),
    );
    expect(said(reply)).toContain(`已交接：${leaver.name} 名下 1 个客户的 1 笔未结款项`);
    expect(await collectorOf(other.itemIds[0] as number)).toBe(successor.id);
    expect(await collectorOf(kept.itemIds[0] as number)).toBe(leaver.id);
  });

  it('moves the rest with its open promise, audits it, and sends the successor the summary', async () => {
    const reply = await h.app.handle(
      h.as(manager.email, 'east').command(`reassign ${handle(leaver)} ${handle(successor)}`),
    );
    expect(said(reply)).toMatch(
      new RegExp(
        `^已交接：${leaver.name} 名下 \\d+ 个客户的 \\d+ 笔未结款项及 \\d+ 条未了结承诺已移交给 ${successor.name}`,
      ),
    );
    expect(await collectorOf(kept.itemIds[0] as number)).toBe(successor.id);
    const left = await h.t.db
      .selectFrom('receivables')
      .select('id')
      .where('collector_id', '=', leaver.id)
      .where('status', '=', 'open')
      .execute();
    expect(left).toEqual([]);
    const promises = await h.t.db
      .selectFrom('commitments')
      .select('person_id')
      .where('receivable_id', '=', kept.itemIds[0] as number)
      .where('status', '=', 'open')
      .execute();
    expect(promises).toEqual([{ person_id: successor.id }]);
    expect(await auditActions(h, 'person', leaver.id)).toEqual(['person.reassign', 'person.reassign']);
    await h.app.outbox.drain();
    const summary = h.port.sent
      .filter(
        (s) => s.op === 'direct' && s.userId === successor.email && s.dedupeKey?.startsWith('handover:'),
      )
      .at(-1);
    const text = textOf(summary);
    expect(text).toContain(`**交接清单**：${leaver.name} 的款项，由 ${manager.name} 移交`);
    expect(text).toContain('**未到期承诺**');
    expect(text).toContain('• 交接一号 INV-H1 ¥10,000.00 · 2026-12-05');
  });

  it('says there is nothing left to hand over the second time', async () => {
    const reply = await h.app.handle(
      h.as(manager.email, 'east').command(`reassign ${handle(leaver)} ${handle(successor)}`),
    );
    expect(said(reply)).toBe(`${leaver.name} 没有可移交的未结款项。`);
  });
});
