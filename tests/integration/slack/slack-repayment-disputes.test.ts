import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackHarness, type RosterPerson, type SlackHarness } from '../../helpers/slack-harness.js';
import { docxText } from '../letters/docx-text.js';

let h: SlackHarness;
let collector: RosterPerson;
let colleague: RosterPerson;
let manager: RosterPerson;
let items: { id: number; invoice_no: string; customer_name: string }[];

async function type(text: string, user: string) {
  const body = h.people.command(user, 'C0INTL', '/duebot', text);
  const id = body.kind === 'command' ? (body.fields.response_url?.split('/').at(-1) ?? '') : '';
  await h.send(body);
  return h.slack.responses.messages
    .filter((m) => m.id === id)
    .map((m) => m.text ?? '')
    .join('\n');
}

beforeAll(async () => {
  h = await createSlackHarness();
  const admin = await h.person('admin');
  await h.send(h.people.command(admin.slackId, 'C0INTL', '/duebot', 'setup intl'));
  await h.app.scheduler.tick();
  await h.settle();
  collector = await h.person('collector', 'intl');
  colleague = await h.person('collector', 'intl', 1);
  manager = await h.person('manager', 'intl');
  // Each writes once, so their Slack ids are bound to the roster.
  for (const p of [colleague, manager]) await type('help', p.slackId);
  items = await h.t.db
    .selectFrom('receivables as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select(['r.id', 'r.invoice_no', 'c.name as customer_name'])
    .where('r.collector_id', '=', collector.id)
    .where('r.status', '=', 'open')
    .where('r.outstanding', '>', 300_000)
    .where(sql<boolean>`(SELECT count(*) FROM receivables x WHERE x.invoice_no = r.invoice_no) = 1`)
    .orderBy('r.id')
    .limit(2)
    .execute();
});
afterAll(async () => {
  await h.close();
});

describe('repayment plans and disputes through Slack', () => {
  it('a repayment plan typed as a slash command is saved and its agreement uploaded to the channel', async () => {
    const item = items[0] as (typeof items)[number];
    const text = await type(`repay ${item.invoice_no} 1000 2026-12-01 1000 2026-12-15`, collector.slackId);
    expect(text).toContain(`✓ ${item.customer_name} · ${item.invoice_no}: repayment plan of 2 instalments`);
    const shared = h.slack.workspace.messages.find((m) =>
      m.files?.some((f) => String(f.name).startsWith('repayment-agreement-')),
    );
    const upload = h.slack.workspace.uploads.get(String(shared?.files?.[0]?.id ?? ''));
    const doc = docxText(upload?.content ?? Buffer.alloc(0));
    expect(doc).toContain('Repayment Agreement');
    expect(doc).toContain('2026-12-15');
  });

  it('a dispute brings in a colleague named as Slack sends mentions, and the manager settles it with its button', async () => {
    const item = items[1] as (typeof items)[number];
    const text = await type(
      `dispute ${item.invoice_no} wrong quantity delivered <@${colleague.slackId}>`,
      collector.slackId,
    );
    expect(text).toContain('1 colleague was brought in');
    const posted = h.slack.workspace.messages.find((m) =>
      m.text.includes(`Dispute on ${item.customer_name} ${item.invoice_no}`),
    );
    expect(posted?.text).toContain(`<@${colleague.slackId}>`);
    const blocks = (posted?.blocks ?? []) as {
      type: string;
      elements?: { action_id: string; value: string }[];
    }[];
    const actions = blocks.find((b) => b.type === 'actions');
    const pay = actions?.elements?.find((e) => e.action_id === 'dispute.pay');
    if (!posted || !pay) throw new Error('no dispute buttons');
    const click = await h.send(h.people.click(manager.slackId, posted, 'dispute.pay', pay.value));
    expect(click.status).toBe(200);
    const dispute = await h.t.db
      .selectFrom('disputes')
      .selectAll()
      .where('receivable_id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(dispute).toMatchObject({ state: 'will_pay', resolved_by: manager.id, helper_ids: [colleague.id] });
  });
});
