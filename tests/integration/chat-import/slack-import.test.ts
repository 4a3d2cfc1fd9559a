import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackHarness, type RosterPerson, type SlackHarness } from '../../helpers/slack-harness.js';
import { erpExportFor, outstandingOf } from './chat-import-helpers.js';

// Finance sends a ledger file to Duebot in a Slack direct message: the real Bolt app receives the
// signed file_share event, looks the file up with files.info and downloads it with the bot token.

let h: SlackHarness;
let finance: RosterPerson;
let collector: RosterPerson;

beforeAll(async () => {
  h = await createSlackHarness();
  finance = await h.person('admin');
  collector = await h.person('collector');
});
afterAll(async () => {
  await h.close();
});

function share(user: RosterPerson, name: string, content: Buffer, size?: number) {
  const file = h.slack.sharedFiles.add({ name, mimetype: 'text/csv', content, user: user.slackId, size });
  // Slack's event carries a partial file object; the rest comes from files.info.
  return h.send(h.people.fileShare(user.slackId, [{ id: file.id, name, file_access: 'check_file_info' }]));
}

const lastEphemeral = (user: RosterPerson) => {
  const said = h.slack.workspace.ephemerals.filter((e) => e.user === user.slackId).at(-1);
  return { channel: said?.channel, text: JSON.stringify(said?.blocks ?? said?.text ?? '') };
};

describe('a ledger file sent to Duebot in a Slack direct message', () => {
  it('imports finance’s GBK ERP export and answers in the conversation what was saved', async () => {
    await share(finance, '应收账款明细表.csv', await erpExportFor(h.t.db, 'SL-9001'));
    expect(h.slack.accepted('files.info')).toHaveLength(1);
    expect(h.slack.calls.filter((c) => c.method === 'file_download' && c.status === 200)).toHaveLength(1);
    const said = lastEphemeral(finance);
    expect(said.channel).toBe(`D${finance.slackId}`);
    expect(said.text).toContain('已导入 应收账款明细表.csv（应收账款（发票））');
    expect(said.text).toContain('已跳过 1 行小计、合计或表尾行');
    expect(await outstandingOf(h.t.db, 'SL-9001')).toMatchObject({ outstanding: 1_200_000 });
  });

  it('tells anyone but finance that only finance imports, without downloading the file', async () => {
    const downloads = h.slack.sharedFiles.downloads.length;
    await share(collector, 'ledger.csv', await erpExportFor(h.t.db, 'SL-9002'));
    expect(lastEphemeral(collector).text).toContain('只有财务可以导入文件');
    expect(h.slack.sharedFiles.downloads).toHaveLength(downloads);
    expect(await outstandingOf(h.t.db, 'SL-9002')).toBeUndefined();
  });

  it('refuses a file Slack reports over the size limit before downloading it', async () => {
    const downloads = h.slack.sharedFiles.downloads.length;
    await share(finance, 'big.xlsx', Buffer.from('x'), 30 * 1024 * 1024);
    expect(lastEphemeral(finance).text).toContain('30.0 MB，超过了聊天中可导入的上限 20.0 MB');
    expect(h.slack.sharedFiles.downloads).toHaveLength(downloads);
  });

  it('rejects a file with a bad row whole: the problem in the answer, the rejects file shared in the conversation', async () => {
    await share(finance, 'bad.csv', await erpExportFor(h.t.db, 'SL-9003', '2026/13/45'));
    const said = lastEphemeral(finance);
    expect(said.text).toContain('bad.csv（应收账款（发票））未导入，未写入任何数据');
    expect(said.text).toContain('2026/13/45');
    expect(await outstandingOf(h.t.db, 'SL-9003')).toBeUndefined();
    const shared = h.slack.accepted('files.completeUploadExternal').at(-1);
    expect(shared?.args.channel_id).toBe(`D${finance.slackId}`);
    const upload = [...h.slack.workspace.uploads.values()].find((u) => u.name === 'bad.rejects.csv');
    expect(upload?.content?.toString('utf8')).toContain('SL-9003');
  });
});

describe('a file whose kind the header does not say, in Slack', () => {
  it('asks with buttons in the conversation; the button imports it once', async () => {
    const customer = await h.t.db
      .selectFrom('customers')
      .select('external_id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await share(
      finance,
      'list.csv',
      Buffer.from(`客户编码,联系人\n${customer.external_id},王建国\n`, 'utf8'),
    );
    const asked = h.slack.workspace.ephemerals.filter((e) => e.user === finance.slackId).at(-1);
    expect(JSON.stringify(asked?.blocks)).toContain('是什么文件？请选择类型');
    const buttons = (
      (asked?.blocks ?? []) as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
    const contacts = buttons.find((b) => b.value.endsWith(':contacts'));
    if (!contacts) throw new Error(`no contacts button among ${JSON.stringify(buttons)}`);
    // Buttons of an ephemeral answer come back without the message itself, as Slack sends them.
    const ephemeral = {
      channel: `D${finance.slackId}`,
      ts: String(asked?.message_ts ?? '1.000001'),
      text: '',
      user: '',
      bot_id: '',
    };
    await h.send(h.people.click(finance.slackId, ephemeral, contacts.action_id, contacts.value));
    expect(lastEphemeral(finance).text).toContain('已导入 list.csv（客户联系人）');
    await h.send(h.people.click(finance.slackId, ephemeral, contacts.action_id, contacts.value));
    expect(lastEphemeral(finance).text).toContain('已经导入过，没有重复导入');
    const saved = await h.t.db
      .selectFrom('customer_contacts')
      .select('name')
      .where('name', '=', '王建国')
      .execute();
    expect(saved).toHaveLength(1);
  });
});

describe('writing to Duebot in its Slack Messages tab', () => {
  it('a text in the direct conversation is a command answered there, now that people can write to the bot', async () => {
    await h.send(h.people.directMessage(collector.slackId, '帮助'));
    const said = lastEphemeral(collector);
    expect(said.channel).toBe(`D${collector.slackId}`);
    expect(said.text).toContain('可用命令');
  });
});
