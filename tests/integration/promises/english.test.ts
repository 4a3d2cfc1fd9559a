import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/app-harness.js';
import { addCustomer, promise, runAt, textOf } from './promise-helpers.js';

let h: Harness;
let collector: { id: number; email: string; name: string };
let manager: { email: string };
let items: Map<string, number>;
const CUSTOMER = 'Harbour Freight Ltd';

beforeAll(async () => {
  h = await createHarness();
  collector = await h.person('collector', 'intl');
  manager = await h.t.db
    .selectFrom('people as c')
    .innerJoin('people as m', 'm.id', 'c.manager_id')
    .select('m.email')
    .where('c.id', '=', collector.id)
    .executeTakeFirstOrThrow();
  ({ items } = await addCustomer(
    h,
    'HF-1',
    CUSTOMER,
    collector.id,
    [
      { invoice: 'HF-A', yuan: 100, due: '2026-11-10' },
      { invoice: 'HF-B', yuan: 200, due: '2026-11-11' },
      { invoice: 'HF-C', yuan: 300, due: '2026-11-12' },
    ],
    'active',
    'intl',
    'USD',
  ));
  // 09:00 in Singapore on Monday 2026-11-23.
  await runAt(h, '2026-11-23T01:00:00Z');
});
afterAll(async () => {
  await h.t.close();
});

describe('broken promises and escalation in an English-speaking team', () => {
  it('announces each broken promise and escalates on the third, in English', async () => {
    for (const invoice of ['HF-A', 'HF-B', 'HF-C'])
      await promise(
        h,
        collector,
        items.get(invoice) as number,
        '2026-11-23',
        { amount: '50', date: '11/24' },
        'intl',
      );
    await runAt(h, '2026-11-26T01:00:00Z');
    const notices = h.port.sent.filter(
      (s) => s.dedupeKey?.startsWith('promise-broken:') && s.chatId === 'intl',
    );
    const ours = notices.filter((n) => textOf(n).includes(CUSTOMER));
    expect(ours).toHaveLength(3);
    expect(textOf(ours[0])).toContain(
      `⚠ Promise broken: <@person:${collector.id}>, ${CUSTOMER} HF-A promised $50.00 by 2026-11-24; $0.00 arrived.`,
    );
    expect(textOf(ours[2])).toContain(`${CUSTOMER} has broken 3 promises in a row.`);
    const notes = h.port.sent.filter(
      (s) =>
        s.op === 'direct' &&
        s.userId === manager.email &&
        !s.dedupeKey?.startsWith('credit-review:') &&
        textOf(s).includes(CUSTOMER),
    );
    expect(notes).toHaveLength(1);
    expect(textOf(notes[0])).toContain(`Escalated: ${CUSTOMER} moves up to formal collection letter`);
    expect(textOf(notes[0])).toContain('3 promises broken in a row');
    expect(textOf(notes[0])).toContain('HF-B: promised $50.00 by 2026-11-24 (broken)');
  });
});
