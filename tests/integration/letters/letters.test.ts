import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { money } from '../../../src/app/lists/labels.js';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { docxText } from './docx-text.js';
import { itemAt, lastFile, TODAY } from './letter-helpers.js';

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  await h.app.scheduler.tick();
  await h.app.outbox.drain();
});
afterAll(async () => {
  await h.t.close();
});

/** The customer's overdue items as the letter must list them. */
async function overdueOf(customerId: number) {
  return h.t.db
    .selectFrom('receivables')
    .select(['invoice_no', 'contract_no', 'outstanding', 'currency'])
    .where('customer_id', '=', customerId)
    .where('status', '=', 'open')
    .where('due_on', '<', TODAY)
    .execute();
}

/** The list part a collector's items were posted in. */
const listPart = (personId: number) =>
  h.port.sent.find(
    (s) => s.op === 'post' && s.dedupeKey?.startsWith('overdue:') && s.dedupeKey.includes(`:p${personId}@`),
  );

describe('letters from the follow-up form', () => {
  it('offers a letter only at the letter steps, and refuses one elsewhere', async () => {
    const collector = await h.person('collector', 'east');
    const me = h.as(collector.email, 'east');
    const atLetter = await itemAt(h, 'east', collector.id, ['formal_letter', 'lawyer_letter']);
    const form = await h.app.handle(me.action('item.followup', atLetter.value));
    const field = form.kind === 'form' ? form.form.fields.find((f) => f.id === 'letter') : undefined;
    expect(field?.kind === 'select' && field.options.map((o) => o.value)).toEqual([
      'none',
      'letter',
      'final_notice',
      'lawyer_letter',
    ]);
    const early = await itemAt(h, 'east', collector.id, ['contact', 'litigation']);
    const plain = await h.app.handle(me.action('item.followup', early.value));
    expect(plain.kind === 'form' && plain.form.fields.map((f) => f.id)).not.toContain('letter');
    const refused = await h.app.handle(
      me.submit(
        'item.followup',
        { method: 'phone', outcome: 'contacted', letter: 'letter' },
        { value: early.value },
      ),
    );
    expect(refused.kind === 'form_errors' && refused.form.errors?.letter).toBeTruthy();
  });

  const TITLES = { letter: '催款函', final_notice: '最后催收通知', lawyer_letter: '律师函' } as const;
  for (const kind of ['letter', 'final_notice', 'lawyer_letter'] as const) {
    it(`writes a ${kind} as a .docx in the item's thread and records it as a follow-up`, async () => {
      const collector = await h.person(
        'collector',
        'east',
        { letter: 0, final_notice: 2, lawyer_letter: 1 }[kind],
      );
      const { item, value } = await itemAt(h, 'east', collector.id, ['formal_letter', 'lawyer_letter']);
      const reply = await h.app.handle(
        h
          .as(collector.email, 'east')
          .submit(
            'item.followup',
            { method: 'phone', outcome: 'contacted', letter: kind, note: '已发函' },
            { value },
          ),
      );
      expect(reply.kind === 'form_done' && reply.message?.text).toContain(TITLES[kind]);
      const followUp = await h.t.db
        .selectFrom('follow_ups')
        .selectAll()
        .where('receivable_id', '=', item.id)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(followUp).toMatchObject({
        method: kind === 'final_notice' ? 'letter' : kind,
        note: '已发函',
        person_id: collector.id,
      });

      await h.app.outbox.drain();
      const { file, threadId } = lastFile(h);
      expect(threadId).toBe(listPart(collector.id)?.id);
      expect(file.mimeType).toContain('wordprocessingml');
      const text = docxText(Buffer.from(file.contentBase64, 'base64'));
      expect(text).toContain(TITLES[kind]);
      expect(text).toContain(item.customerName);
      expect(text).toContain('上海示例机电设备有限公司');
      expect(text).toContain('上海市浦东新区张江路 88 号');
      expect(text).not.toContain('华东回款组');
      expect(text).not.toContain('地址：—');
      expect(text).toContain(TODAY);
      const owed = await overdueOf(item.customerId);
      expect(owed.length).toBeGreaterThan(0);
      for (const o of owed) {
        expect(text).toContain(o.invoice_no);
        expect(text).toContain(money(o.outstanding, o.currency));
        if (o.contract_no) expect(text).toContain(o.contract_no);
      }
    });
  }

  it("writes an English team's letter in English", async () => {
    const collector = await h.person('collector', 'intl');
    const { item, value } = await itemAt(h, 'intl', collector.id, ['formal_letter', 'lawyer_letter']);
    const reply = await h.app.handle(
      h
        .as(collector.email, 'intl')
        .submit(
          'item.followup',
          { method: 'email', outcome: 'contacted', note: '寄送催款函', letter: 'letter' },
          { value },
        ),
    );
    expect(reply.kind).toBe('form_done');
    await h.app.outbox.drain();
    const text = docxText(Buffer.from(lastFile(h).file.contentBase64, 'base64'));
    expect(text).toContain('Payment Reminder');
    expect(text).toContain(item.customerName);
    expect(text).toContain(item.invoiceNo);
    expect(text).toContain('Example Machinery (Singapore) Pte. Ltd.');
    expect(text).not.toContain('International Accounts');
  });
});
