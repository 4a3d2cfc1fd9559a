import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { effectiveTemplate } from '../../../src/app/letters/compose-letter.js';
import { lettersCommand } from '../../../src/app/letters/letters-cli.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { docxText } from './docx-text.js';
import { itemAt, lastFile } from './letter-helpers.js';

let h: Harness;
let dir: string;

beforeAll(async () => {
  h = await createHarness();
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
  dir = await mkdtemp(path.join(tmpdir(), 'duebot-letters-'));
});
afterAll(async () => {
  await h.t.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs `npm run letters -- …` against the test database, capturing what it prints. */
async function letters(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    ({ write: (s: string) => into.push(s) }) as unknown as NodeJS.WritableStream;
  const code = await lettersCommand(argv, {
    env: {},
    stdout: sink(out),
    stderr: sink(err),
    handle: h.t,
    clock: h.clock,
  });
  return { code, out: out.join(''), err: err.join('') };
}

const teamId = async (code: string) =>
  (await h.t.db.selectFrom('teams').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

describe('letter templates as files', () => {
  it('words the repayment agreement by the team’s own template, and refuses one without the instalments table', async () => {
    const own = path.join(await mkdtemp(path.join(tmpdir(), 'duebot-agreement-')), 'x');
    expect((await letters('export', 'east', own)).code).toBe(0);
    const file = path.join(own, 'repayment_agreement.zh-CN.txt');
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')[0]).toBe('还款协议');
    await writeFile(file, text.replace('{{instalments_table}}\n', ''));
    const refused = await letters('import', 'east', own);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('repayment_agreement.zh-CN.txt: the body needs {{instalments_table}}');
    await writeFile(
      file,
      text.replace('还款协议\n', '分期还款协议书\n').replace('五、', '五、双方另行约定的其他事项。\n六、'),
    );
    expect((await letters('import', 'east', own)).code).toBe(0);

    const collector = await h.person('collector', 'east');
    const { item } = await itemAt(h, 'east', collector.id, ['contact', 'formal_letter', 'lawyer_letter']);
    const reply = await h.app.handle(
      h.as(collector.email, 'east').command(`还款计划 ${item.invoiceNo} 100 2027-01-15 100 2027-02-15`),
    );
    expect(JSON.stringify(reply)).toContain('共 2 期');
    await h.app.outbox.drain();
    const doc = docxText(Buffer.from(lastFile(h).file.contentBase64, 'base64'));
    expect(doc.split('\n')[0]).toBe('分期还款协议书');
    expect(doc).toContain('五、双方另行约定的其他事项。');
    expect(doc).toContain('2027-02-15');
  });

  it('exports the built-in templates, and imports an edited one that the next letter uses', async () => {
    const exported = await letters('export', 'east', dir);
    expect(exported.code).toBe(0);
    const file = path.join(dir, 'letter.zh-CN.txt');
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')[0]).toBe('催款函');
    expect(text).toContain('{{items_table}}');

    await writeFile(
      file,
      text.replace('催款函\n', '催款通知函\n').replace('尊敬的客户：', '尊敬的{{customer}}：'),
    );
    const imported = await letters('import', 'east', dir);
    expect(imported).toMatchObject({ code: 0 });
    // Four letters (催款函, 最后催收通知, 律师函, 对账函) and the repayment agreement, in two languages.
    expect(imported.out).toContain('10');
    const stored = await effectiveTemplate(h.t.db, await teamId('east'), 'letter', 'zh-CN');
    expect(stored).toMatchObject({ own: true, subject: '催款通知函' });

    const again = await letters('export', 'east', dir);
    expect(again.code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(
      text.replace('催款函\n', '催款通知函\n').replace('尊敬的客户：', '尊敬的{{customer}}：'),
    );

    const collector = await h.person('collector', 'east');
    const { item, value } = await itemAt(h, 'east', collector.id, ['formal_letter', 'lawyer_letter']);
    await h.app.handle(
      h
        .as(collector.email, 'east')
        .submit(
          'item.followup',
          { method: 'phone', outcome: 'contacted', note: '寄送催款函', letter: 'letter' },
          { value },
        ),
    );
    await h.app.outbox.drain();
    const letter = docxText(Buffer.from(lastFile(h).file.contentBase64, 'base64'));
    expect(letter).toContain('催款通知函');
    expect(letter).toContain(`尊敬的${item.customerName}：`);
  });

  it('refuses a file with an unknown placeholder, naming the file and line, and stores nothing', async () => {
    const file = path.join(dir, 'lawyer_letter.en.txt');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('Dear', 'Dear {{cusotmer}}').replace('{{total}}', '{{total}'));
    const before = await h.t.db
      .selectFrom('letter_templates')
      .selectAll()
      .orderBy('kind')
      .orderBy('locale')
      .execute();
    const refused = await letters('import', 'east', dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('lawyer_letter.en.txt: line');
    expect(refused.err).toContain('unmatched braces');
    expect(refused.err).toContain('nothing imported');
    const misspelt = await writeFile(file, good.replace('{{date}}', '{{cusotmer}}')).then(() =>
      letters('import', 'east', dir),
    );
    expect(misspelt.err).toMatch(/lawyer_letter\.en\.txt: line \d+: unknown placeholder \{\{cusotmer\}\}/);
    expect(
      await h.t.db.selectFrom('letter_templates').selectAll().orderBy('kind').orderBy('locale').execute(),
    ).toEqual(before);
    await writeFile(file, good);
  });

  it('answers usage errors and unknown teams specifically', async () => {
    expect((await letters('export', 'east')).code).toBe(2);
    const unknown = await letters('export', 'nowhere', dir);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.err).toContain("no team 'nowhere'");
    await writeFile(path.join(dir, 'notes.txt'), 'hello\n');
    const stray = await letters('import', 'east', dir);
    expect(stray.err).toContain('notes.txt: not a template file');
    await rm(path.join(dir, 'notes.txt'));
  });
});
