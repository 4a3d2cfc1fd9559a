import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxChatPort } from '../../../adapters/sandbox/chat-port.js';
import type { MessageView } from '../../../adapters/sandbox/events.js';
import { type SandboxServer, startSandbox } from '../../../adapters/sandbox/server.js';
import { createDuebot, type Duebot } from '../../../src/app/duebot.js';
import type { Reply } from '../../../src/chat/reply.js';
import { ManualClock, OffsetClock } from '../../../src/clock.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { loadSampleCompany } from '../import/import-helpers.js';
import {
  brokenErpExport,
  erpExport,
  outstandingOf,
  receivableCount,
  replyText,
  textOf,
} from './chat-import-helpers.js';

const FINANCE = 'xu.li@huaxin-group.cn';
const COLLECTOR = 'li.na@huaxin-group.cn';

let t: TestDatabase;
let app: Duebot;
let server: SandboxServer;

async function upload(
  who: string,
  name: string,
  content: Buffer,
  chatId?: string,
): Promise<{ status: number; reply: Reply }> {
  const query = new URLSearchParams({ userId: who, name, ...(chatId ? { chatId } : {}) });
  const res = await fetch(`${server.url}/api/upload?${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: content,
  });
  const body = (await res.json()) as { reply: Reply };
  return { status: res.status, reply: body.reply };
}

async function click(who: string, actionId: string, value: string): Promise<Reply> {
  const res = await fetch(`${server.url}/api/action`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: who, actionId, value }),
  });
  return ((await res.json()) as { reply: Reply }).reply;
}

async function directMessages(who: string): Promise<MessageView[]> {
  const res = await fetch(`${server.url}/api/messages?${new URLSearchParams({ userId: who })}`);
  return ((await res.json()) as { messages: MessageView[] }).messages;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await loadSampleCompany(t);
  const clock = new OffsetClock(new ManualClock('2026-11-23T01:00:00Z'));
  const logger = pino({ level: 'silent' });
  const chat = new SandboxChatPort({ db: t.db, clock });
  app = createDuebot({ db: t.db, clock, logger, ports: [chat], instance: 'sandbox-import' });
  server = await startSandbox({ app, chat, logger, port: 0 });
  // The page loads the workspace first, which binds everyone's sandbox identity.
  await fetch(`${server.url}/api/workspace`);
});
afterAll(async () => {
  await server.close();
  await app.outbox.stop();
  await t.close();
});

describe('a ledger file dropped into the sandbox', () => {
  it('refuses anyone but finance, and writes nothing', async () => {
    const { reply } = await upload(COLLECTOR, '应收账款明细表.csv', await erpExport());
    expect(replyText(reply)).toContain('只有财务可以导入文件');
    expect(await receivableCount(t.db)).toBe(0);
    const imports = await t.db.selectFrom('imports').select('file_name').execute();
    expect(imports.map((i) => i.file_name)).not.toContain('应收账款明细表.csv');
  });

  it('refuses what is not a spreadsheet and what cannot be read, naming the file', async () => {
    const pdf = await upload(FINANCE, 'statement.pdf', Buffer.from('%PDF-1.4'));
    expect(replyText(pdf.reply)).toContain('"statement.pdf"不是可导入的表格文件');
    const garbage = await upload(FINANCE, 'ledger.xlsx', Buffer.from('not a zip at all'));
    expect(replyText(garbage.reply)).toContain('无法读取"ledger.xlsx"');
    const latin1 = await upload(
      FINANCE,
      'ledger.csv',
      Buffer.from([0x41, 0x2c, 0xff, 0xfe, 0xfd, 0x0a, 0x80]),
    );
    expect(replyText(latin1.reply)).toContain('无法读取"ledger.csv"');
    expect(await receivableCount(t.db)).toBe(0);
  });

  it('refuses a file over the size limit with its size and the limit', async () => {
    const { reply } = await upload(FINANCE, 'huge.csv', Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(replyText(reply)).toContain('"huge.csv"大小为 21.0 MB，超过了聊天中可导入的上限 20.0 MB');
  });

  it('a file with a bad row is rejected whole: the rows and columns named, the rejects file in the direct messages', async () => {
    const { reply } = await upload(FINANCE, '应收账款明细表.csv', await brokenErpExport());
    const text = replyText(reply);
    expect(text).toContain('应收账款明细表.csv（应收账款（发票））未导入，未写入任何数据');
    expect(text).toContain('1 行有问题');
    // Row, column, value and the problem, in the team's language.
    expect(text).toMatch(/\d+ \| 到期日 \| 2026\/13\/45 \| 日期无效/);
    expect(await receivableCount(t.db)).toBe(0);
    const files = (await directMessages(FINANCE)).flatMap((m) =>
      m.content.message.blocks.filter((b) => b.type === 'file'),
    );
    expect(files).toHaveLength(1);
    const file = files[0] as { fileKey: string; name: string };
    expect(file.name).toBe('应收账款明细表.rejects.csv');
    const rejects = await (await fetch(`${server.url}/api/files/${file.fileKey}`)).text();
    expect(rejects).toContain('AR-2611-004');
    expect(rejects).toContain('2026/13/45');
    expect(rejects).not.toContain('AR-2611-001');
  });

  it('imports the GBK ERP export: kind from its header, subtotal rows skipped, balances from the file', async () => {
    const { reply } = await upload(FINANCE, '应收账款明细表.csv', await erpExport());
    const text = replyText(reply);
    expect(text).toContain('已导入 应收账款明细表.csv（应收账款（发票））');
    expect(text).toContain('共 5 行：新增 5，更新 0，未变 0，拒绝 0。');
    expect(text).toContain('已跳过 5 行小计、合计或表尾行。');
    expect(text).toContain('未收余额取自文件。');
    expect(await outstandingOf(t.db, 'AR-2611-001')).toMatchObject({ outstanding: 0, status: 'paid' });
    expect(await outstandingOf(t.db, 'AR-2611-002')).toMatchObject({ outstanding: 10_000_000 });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'actor_label'])
      .where('action', 'like', 'import%')
      .execute();
    const finance = await t.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', FINANCE)
      .executeTakeFirstOrThrow();
    expect(audit).toContainEqual(
      expect.objectContaining({ actor_id: finance.id, actor_label: expect.stringContaining('徐丽') }),
    );
  });

  it('asks with buttons when the header does not say the kind; a refused choice can be made again, a good one imports once', async () => {
    const contacts = Buffer.from('客户编码,联系人\nC001,王建国\n', 'utf8');
    const { reply } = await upload(FINANCE, 'list.csv', contacts);
    expect(reply.kind).toBe('private');
    const message = (reply as Extract<Reply, { kind: 'private' }>).message;
    expect(textOf(message)).toContain('"list.csv"是什么文件？请选择类型');
    const kept = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('action', '=', 'chat_upload.kept')
      .execute();
    expect(kept).toHaveLength(1);
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : []));
    const as = (kind: string) => {
      const button = buttons.find((b) => b.value.endsWith(`:${kind}`));
      if (!button) throw new Error(`no ${kind} button among ${buttons.map((b) => b.value)}`);
      return button;
    };
    expect(buttons[0]?.label).toBe('按客户联系人导入');
    expect(replyText(await click(COLLECTOR, as('contacts').actionId, as('contacts').value))).toContain(
      '只有发送该文件的人可以选择导入方式',
    );
    const wrong = replyText(await click(FINANCE, as('customers').actionId, as('customers').value));
    expect(wrong).toContain('list.csv（客户）未导入，未写入任何数据');
    const right = replyText(await click(FINANCE, as('contacts').actionId, as('contacts').value));
    expect(right).toContain('已导入 list.csv（客户联系人）');
    expect(right).toContain('共 1 行：新增 1');
    const again = replyText(await click(FINANCE, as('contacts').actionId, as('contacts').value));
    expect(again).toContain('"list.csv"已经导入过，没有重复导入');
    const written = await t.db
      .selectFrom('imports')
      .select('state')
      .where('file_name', '=', 'list.csv')
      .where('state', '=', 'committed')
      .execute();
    expect(written).toHaveLength(1);
  });
});
