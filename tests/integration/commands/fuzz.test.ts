import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/chat/reply.js';
import { en } from '../../../src/locale/en.js';
import { zhCN } from '../../../src/locale/zh-CN.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';

// 10,000 random and adversarial commands at the real handler on a real database: every one gets
// an answer of its own (never the catch-all "internal error"), and whatever is not a ✓ success
// writes nothing at all.

let h: Harness;
let actors: { email: string; chat: string }[] = [];
let invoices: string[] = [];
let customers: string[] = [];

const INTERNAL = new Set([en.errors.internal, zhCN.errors.internal]);

async function rowCounts(): Promise<string> {
  const { rows } = await sql<{ n: string }>`
    SELECT concat_ws(',', (SELECT count(*) FROM commitments), (SELECT count(*) FROM follow_ups),
      (SELECT count(*) FROM paid_claims), (SELECT count(*) FROM receivables),
      (SELECT count(*) FROM audit_log), (SELECT count(*) FROM channels)) AS n`.execute(h.t.db);
  return rows[0]?.n ?? '';
}

const textOf = (reply: Reply): string =>
  reply.kind === 'private' ? reply.message.blocks.map((b) => ('text' in b ? b.text : '')).join('\n') : '';

beforeAll(async () => {
  h = await createHarness();
  const people = await h.t.db
    .selectFrom('people')
    .leftJoin('teams', 'teams.id', 'people.team_id')
    .select(['people.email', 'people.role', 'teams.code'])
    .orderBy('people.id')
    .execute();
  const collector = (code: string) => people.find((p) => p.role === 'collector' && p.code === code);
  actors = [
    { email: collector('east')?.email ?? '', chat: 'east' },
    { email: collector('intl')?.email ?? '', chat: 'intl' },
    { email: people.find((p) => p.role === 'manager')?.email ?? '', chat: 'east' },
    { email: people.find((p) => p.role === 'admin')?.email ?? '', chat: 'south' },
  ];
  const rows = await h.t.db
    .selectFrom('receivables as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select(['r.invoice_no', 'c.name'])
    .orderBy('r.id')
    .limit(40)
    .execute();
  invoices = rows.map((r) => r.invoice_no);
  customers = [...new Set(rows.map((r) => r.name))];
});
afterAll(async () => {
  await h?.t.close();
});

const KEYWORDS = [
  'promise',
  'followup',
  'dispute',
  'paid',
  'ar',
  'overdue',
  'help',
  'setup',
  'plan',
  'result',
  'leave',
  'report',
  '承诺',
  '跟进',
  '争议',
  '已付',
  '查询',
  '逾期',
  '帮助',
  '绑定',
  '/duebot',
  '@Duebot',
  'PROMISE',
];
const AMOUNTS = [
  '100',
  '5万',
  '1.2万',
  '3k',
  '50,000.00',
  '¥5万',
  '$20',
  '-100',
  '-5万',
  '5万万',
  '0',
  '0.001',
  '1e308',
  '99999999999999999999999',
  '9007199254740993',
  'NaN',
  '5万x',
  '１００',
  '１.５万',
  'RMB',
  '万',
];
const DATES = [
  '12/1',
  '12月1日',
  '下周五',
  '明天',
  'fri',
  '+3d',
  '2026-12-01',
  '2月30日',
  '2026-02-30',
  '13/45',
  '+99999999d',
  '9999-12-31',
  '0000-01-01',
  '2020-01-01',
  'yesterday',
  'next',
  'next fri',
  'in 3 days',
  '昨天',
];
const NASTY = [
  "'; DROP TABLE receivables; --",
  '" OR 1=1 --',
  '%',
  '_',
  '\\',
  '\u0000',
  '\uD800',
  '🙂',
  '<@U123>',
  '@_user_1',
  '@nobody',
  '"unclosed',
  '「华为」',
  '“',
  'ref',
  '流水号',
  'next',
  '下次',
  'reason',
  'no_contact',
  'phone',
  '电话',
  'team',
  'mine',
  '我的',
  'delegate',
  '\n',
  '\t',
  '<script>alert(1)</script>',
  '$' + '{x}',
  'x'.repeat(300),
];

const word = () =>
  fc.oneof(
    fc.constantFrom(...KEYWORDS),
    fc.constantFrom(...AMOUNTS),
    fc.constantFrom(...DATES),
    fc.constantFrom(...NASTY),
    fc.constantFrom(...invoices, ...customers, ...customers.map((c) => c.slice(0, 3))),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.integer().map(String),
  );

const commandText = () =>
  fc
    .oneof(
      { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYWORDS), fc.array(word(), { maxLength: 7 })) },
      { weight: 1, arbitrary: fc.tuple(fc.constant(''), fc.array(word(), { maxLength: 6 })) },
    )
    .map(([keyword, rest]) => [keyword, ...rest].join(' ').slice(0, 2_000));

describe('the command handler under random and adversarial input', () => {
  it('answers every one of 10,000 commands, and nothing but a ✓ success writes anything', async () => {
    // The first command of a person may bind their chat identity; do that before counting.
    for (const a of actors) await h.app.handle(h.as(a.email, a.chat).command('help'));
    let before = await rowCounts();
    let successes = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actors), commandText(), async (actor, text) => {
        const reply = await h.app.handle(h.as(actor.email, actor.chat).command(text));
        // `plan` and `result` open their form; opening one writes nothing.
        const said = reply.kind === 'form' ? reply.form.title : textOf(reply);
        expect(['private', 'form']).toContain(reply.kind);
        expect(said).not.toBe('');
        expect(INTERNAL.has(said)).toBe(false);
        const after = await rowCounts();
        if (said.startsWith('✓')) successes += 1;
        else expect({ text, after }).toEqual({ text, after: before });
        before = after;
      }),
      // A fixed seed keeps the run reproducible: the same 10,000 commands every time, in CI too.
      { numRuns: 10_000, seed: 20261123 },
    );
    // The generator is meant to reach the saving paths too, not only the grammar's errors.
    expect(successes).toBeGreaterThan(10);
  }, 900_000);
});
