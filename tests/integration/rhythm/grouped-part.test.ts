import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMessageCards } from '../../../adapters/lark/render/index.js';
import {
  byteSize,
  CARD_BYTE_BUDGET,
  CARD_ELEMENT_BUDGET,
  countElements,
} from '../../../adapters/lark/render/types.js';
import { renderMessage } from '../../../adapters/slack/render/message.js';
import type { Block } from '../../../src/chat/message.js';
import type { Rendered } from '../../../src/chat/port.js';
import type { Recorded } from '../../fakes/recording-chat-port.js';
import { blocksProblem } from '../../fakes/slack-api/validate.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, collectorWithNoItems, runAt, textOf } from '../promises/promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let part: Recorded;
const invoices: string[] = [];
const itemIds = new Map<string, number>();
const name = (n: number) => `分组客户${String(n).padStart(2, '0')}有限公司`;

const buttonsOf = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : []));

beforeAll(async () => {
  // Monday 30 November 2026, 10:00 in Shanghai: the answers below are given the day before the list.
  h = await createHarness('2026-11-30T02:00:00Z');
  collector = await collectorWithNoItems(h, 'east');
  // 200 overdue items over 30 customers: 20 customers with 7 invoices, 10 with 6.
  for (let c = 1; c <= 30; c++) {
    const count = c <= 20 ? 7 : 6;
    const items = Array.from({ length: count }, (_, i) => ({
      invoice: `GP${String(c).padStart(2, '0')}-${i + 1}`,
      yuan: 1000 * (31 - c) + i,
      due: `2026-11-${String(1 + ((c + i) % 25)).padStart(2, '0')}`,
    }));
    const added = await addCustomer(h, `GP-${c}`, name(c), collector.id, items);
    for (const [invoice, id] of added.items) itemIds.set(invoice, id);
    invoices.push(...items.map((i) => i.invoice));
  }
  const as = h.as(collector.email, 'east');
  // Two customers promise as a whole (12 items), one invoice is disputed.
  for (const code of ['GP-29', 'GP-30'])
    expect(JSON.stringify(await h.app.handle(as.command(`承诺 ${code} 100 12月20日`)))).toContain('✓');
  const disputed = itemIds.get('GP01-1') as number;
  const reply = await h.app.handle(
    as.submit(
      'item.dispute',
      { reason: 'quality_dispute', note: '货物有质量问题' },
      { value: `o:${disputed}:2026-11-30:${collector.id}` },
    ),
  );
  expect(reply.kind).toBe('form_done');
  await runAt(h, '2026-12-01T01:00:00Z');
  part = h.port.sent.find(
    (s) =>
      s.op === 'post' &&
      s.dedupeKey?.includes(`:2026-12-01:p${collector.id}@`) &&
      s.dedupeKey.startsWith('overdue:'),
  ) as Recorded;
});
afterAll(async () => {
  await h.t.close();
});

describe("a collector's part of the overdue list", () => {
  it('shows what needs an answer today grouped by customer, one line with its total above its invoices', () => {
    const text = textOf(part);
    expect(text).toContain('今日需回复：187 笔');
    for (let c = 2; c <= 28; c++) expect(text).toContain(`**${name(c)}** · ${c <= 20 ? 7 : 6} 张发票`);
    // The customers under a whole-customer promise and the disputed invoice are counted, not listed.
    expect(text).not.toContain(name(29));
    expect(text).not.toContain('GP01-1 ');
    expect(text).toContain(`**${name(1)}** · 6 张发票`);
    // Customers come in the order of their most valuable item: the first customer owes most.
    expect(text.indexOf(name(1))).toBeLessThan(text.indexOf(name(2)));
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.includes(name(3)));
    expect(lines.slice(first + 1, first + 3).join(' ')).toContain('GP03-');
  });

  it('counts the items under a live commitment on one line per kind, with a button that lists them privately', async () => {
    const text = textOf(part);
    expect(text).toContain('有效承诺中，今日无需回复： 12 笔已承诺 · 1 笔争议中');
    const blocks = part.content?.message.blocks ?? [];
    const see = buttonsOf(blocks).find((b) => b.actionId === 'list.covered');
    const reply = await h.app.handle(h.as(collector.email, 'east').action('list.covered', see?.value ?? ''));
    expect(reply.kind).toBe('private');
    const listed = JSON.stringify(reply);
    expect(listed).toContain('有效承诺中的款项：13 笔');
    expect(listed).toContain(name(30));
    expect(listed).toContain('GP01-1');
    // Someone else's collector may not open the list.
    const other = await h.person('collector', 'east', 0);
    const refused = await h.app.handle(h.as(other.email, 'east').action('list.covered', see?.value ?? ''));
    expect(JSON.stringify(refused)).not.toContain(name(30));
  });

  it('gives each customer line a customer promise and a customer file button, each invoice its own four', () => {
    const buttons = buttonsOf(part.content?.message.blocks ?? []);
    const count = (id: string) => buttons.filter((b) => b.actionId === id).length;
    expect(count('customer.promise')).toBe(28);
    expect(count('customer.file')).toBe(28);
    for (const id of ['item.promise', 'item.followup', 'item.dispute', 'item.paid'])
      expect(count(id)).toBe(187);
  });

  it('fits Slack and Lark limits by splitting, every invoice shown exactly once', () => {
    const content = part.content as Rendered;
    const payloads = renderMessage(content);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) {
      expect(p.blocks.length).toBeLessThanOrEqual(50);
      expect(blocksProblem(p.blocks, 'message')).toBeUndefined();
    }
    const cards = renderMessageCards(content);
    for (const card of cards) {
      expect(countElements(card)).toBeLessThanOrEqual(CARD_ELEMENT_BUDGET);
      expect(byteSize(card)).toBeLessThanOrEqual(CARD_BYTE_BUDGET);
    }
    const slackText = payloads.map((p) => JSON.stringify(p.blocks)).join('\n');
    const larkText = cards.map((c) => JSON.stringify(c)).join('\n');
    for (const invoice of invoices.filter((i) => !/^GP(29|30)-|^GP01-1$/.test(i))) {
      expect(slackText.split(`${invoice} `).length - 1, invoice).toBe(1);
      expect(larkText.split(`${invoice} `).length - 1, invoice).toBe(1);
    }
  });

  it('takes a customer promise from the customer line and then counts its invoices as promised', async () => {
    const blocks = part.content?.message.blocks ?? [];
    const button =
      buttonsOf(blocks).find(
        (b) => b.actionId === 'customer.promise' && b.value.includes(`:${itemIds.get('GP05-1')}:`),
      ) ?? buttonsOf(blocks).find((b) => b.actionId === 'customer.promise');
    const as = h.as(collector.email, 'east');
    const form = await h.app.handle(as.action('customer.promise', button?.value ?? ''));
    expect(form.kind).toBe('form');
    const wrong = await h.app.handle(
      as.submit('customer.promise', { amount: '99999999', date: '12月18日' }, { value: button?.value ?? '' }),
    );
    expect(wrong.kind).toBe('form_errors');
    const saved = await h.app.handle(
      as.submit('customer.promise', { amount: '5000', date: '12月18日' }, { value: button?.value ?? '' }),
    );
    expect(saved.kind).toBe('form_done');
    expect(JSON.stringify(saved)).toContain('2026-12-18');
    const promises = await h.t.db
      .selectFrom('commitments')
      .selectAll()
      .where('receivable_id', 'is', null)
      .where('due_on', '=', '2026-12-18')
      .execute();
    expect(promises).toHaveLength(1);
    expect(promises[0]).toMatchObject({ amount: 500_000, status: 'open' });
    await h.app.outbox.drain();
    const redrawn = [...h.port.sent]
      .reverse()
      .find((s) => s.op === 'update' && s.dedupeKey === part.dedupeKey);
    expect(textOf(redrawn ?? part)).toMatch(/有效承诺中，今日无需回复： \d+ 笔已承诺/);
  });
});
