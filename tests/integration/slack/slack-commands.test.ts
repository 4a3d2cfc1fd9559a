import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseMessage } from '../../fakes/slack-api/response-urls.js';
import {
  createSlackHarness,
  type RosterPerson,
  type SlackHarness,
  STRANGER,
} from '../../helpers/slack-harness.js';

let h: SlackHarness;
let collector: RosterPerson;
let item: { id: number; invoice_no: string; customer_name: string };

/** Rows a command may write; a refused command changes none of them. */
async function written(): Promise<number[]> {
  const n = (table: 'commitments' | 'follow_ups' | 'paid_claims' | 'audit_log' | 'chat_identities') =>
    h.t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  return Promise.all([
    n('commitments'),
    n('follow_ups'),
    n('paid_claims'),
    n('audit_log'),
    n('chat_identities'),
  ]);
}

/** Types `/command text` in the team's channel; returns the HTTP answer and what came back privately. */
async function type(command: string, text: string, user = collector.slackId) {
  const body = h.people.command(user, 'C0INTL', command, text);
  const id = body.kind === 'command' ? (body.fields.response_url?.split('/').at(-1) ?? '') : '';
  const views = h.slack.workspace.views.length;
  const answer = await h.send(body);
  const said: ResponseMessage[] = h.slack.responses.messages.filter((m) => m.id === id);
  return {
    answer,
    said,
    text: said.map((m) => m.text ?? '').join('\n'),
    opened: h.slack.workspace.views.slice(views),
  };
}

beforeAll(async () => {
  h = await createSlackHarness();
  const admin = await h.person('admin');
  await h.send(h.people.command(admin.slackId, 'C0INTL', '/duebot', 'setup intl'));
  collector = await h.person('collector', 'intl');
  item = await h.t.db
    .selectFrom('receivables as r')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select(['r.id', 'r.invoice_no', 'c.name as customer_name'])
    .where('r.collector_id', '=', collector.id)
    .where('r.status', '=', 'open')
    .where('r.outstanding', '>', 100_000)
    .where(sql<boolean>`(SELECT count(*) FROM receivables x WHERE x.invoice_no = r.invoice_no) = 1`)
    .orderBy('r.id')
    .executeTakeFirstOrThrow();
});
afterAll(async () => {
  await h.close();
});

describe('slash commands', () => {
  it('acknowledges at once with an empty body and answers ephemerally through the response URL', async () => {
    const { answer, said, text } = await type('/duebot', 'help');
    expect(answer).toMatchObject({ status: 200, body: '' });
    expect(said).toHaveLength(1);
    expect(said[0]?.response_type).toBe('ephemeral');
    for (const word of ['promise', 'followup', 'dispute', 'paid', 'ar', 'overdue', 'setup'])
      expect(text).toContain(word);
  });

  it('/promise saves a promise to pay; a bad amount says what was wrong with an example and saves nothing', async () => {
    const before = await written();
    const good = await type('/promise', `${item.invoice_no} 100 2026-12-01 finance scheduled it`);
    expect(good.text).toBe(`✓ ${item.customer_name} · ${item.invoice_no}: promised $100.00 for 2026-12-01`);
    expect((await written())[0]).toBe((before[0] ?? 0) + 1);

    const after = await written();
    const bad = await type('/promise', `${item.invoice_no} 5万x 12/1`);
    expect(bad.text).toContain("I couldn't read '5万x' as an amount: try 50000 or 50,000.00. Example: ");
    expect(await written()).toEqual(after);
  });

  it('/followup records a follow-up; an unknown method is refused with an example', async () => {
    const before = await written();
    expect((await type('/followup', `${item.invoice_no} phone waiting for approval`)).text).toMatch(
      /^✓ .*: followed up by Phone \(Reached them\)$/,
    );
    expect((await written())[1]).toBe((before[1] ?? 0) + 1);
    const after = await written();
    const bad = await type('/followup', `${item.invoice_no} pigeon hello`);
    expect(bad.text).toContain("'pigeon' is not a follow-up method");
    expect(bad.text).toContain('Example: ');
    expect(await written()).toEqual(after);
  });

  it('/ar looks an invoice up; without a target it says what it needs', async () => {
    expect((await type('/ar', item.invoice_no)).text).toContain(item.customer_name);
    const before = await written();
    const bad = await type('/ar', '');
    expect(bad.text).toMatch(/^`ar` needs .*Example: /);
    expect(await written()).toEqual(before);
  });

  it("/overdue lists the collector's items; an unknown scope is refused", async () => {
    expect((await type('/overdue', '')).text).toMatch(new RegExp(`${collector.name}: \\d+ overdue items?`));
    const before = await written();
    expect((await type('/overdue', 'everything')).text).toContain("'everything' is not something I can list");
    expect(await written()).toEqual(before);
  });

  it('/overdue <@U…> resolves the person through their bound Slack id, as Slack sends mentions', async () => {
    const list = new RegExp(`${collector.name}: \\d+ overdue items?`);
    expect((await type('/overdue', `<@${collector.slackId}>`)).text).toMatch(list);
    expect((await type('/overdue', `<@${collector.slackId}|someone>`)).text).toMatch(list);
  });

  it('a leave names people as Slack sends them: <@U…> for whom, <@U…|name> for the delegate', async () => {
    const manager = await h.person('manager', 'intl');
    const colleague = await h.person('collector', 'intl', 1);
    // Each of them writes once, so their Slack ids are bound to the roster.
    await type('/duebot', 'help', colleague.slackId);
    const { text } = await type(
      '/duebot',
      `leave <@${collector.slackId}> 2030-12-10 2030-12-12 delegate <@${colleague.slackId}|${colleague.slackId.toLowerCase()}>`,
      manager.slackId,
    );
    expect(text).toContain(collector.name);
    expect(text).toContain(colleague.name);
    const leave = await h.t.db
      .selectFrom('leaves')
      .selectAll()
      .where('person_id', '=', collector.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(leave.delegate_id).toBe(colleague.id);
  });

  it('/plan and /result reach the app as the plan and result commands and are answered privately', async () => {
    for (const command of ['/plan', '/result']) {
      const { answer, said, opened } = await type(command, '');
      expect(answer.status).toBe(200);
      expect(said.length + opened.length).toBeGreaterThan(0);
      for (const m of said) expect(m.response_type).toBe('ephemeral');
    }
  });

  it('/duebot takes any command of the grammar and refuses one it does not know', async () => {
    const before = await written();
    expect((await type('/duebot', 'frobnicate now')).text).toBe(
      "I don't know the command 'frobnicate'. `help` lists what I understand.",
    );
    expect(await written()).toEqual(before);
    expect((await type('/duebot', `ar ${item.invoice_no}`)).text).toContain(item.customer_name);
  });

  it('someone not on the roster is told so privately, and nothing is written or bound', async () => {
    const before = await written();
    const { text, opened } = await type('/promise', `${item.invoice_no} 100 12/1`, STRANGER);
    expect(text).toContain("I don't know you yet");
    expect(opened).toEqual([]);
    expect(await written()).toEqual(before);
  });
});

describe('@mentions', () => {
  it('a command written to @Duebot in the channel is answered with an ephemeral message there', async () => {
    const answer = await h.send(h.people.mention(collector.slackId, 'C0INTL', 'overdue'));
    expect(answer.status).toBe(200);
    await h.settle();
    const said = h.slack.workspace.ephemerals.at(-1);
    expect(said).toMatchObject({ channel: 'C0INTL', user: collector.slackId });
    expect(String(said?.text)).toMatch(new RegExp(`${collector.name}: \\d+ overdue items?`));
  });
});
