import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openItemsOf, rowCounts } from '../commands/command-sandbox.js';
import { createLarkHarness, type LarkHarness, type Person } from './lark-harness.js';

// Callbacks are refused (401, nothing read, nothing written) unless signed with the app's key,
// fresh, never seen before and carrying the app's verification token.

let h: LarkHarness;
let who: Person;
let invoice: string;

beforeAll(async () => {
  h = await createLarkHarness();
  who = await h.person('collector', 'east');
  invoice = (await openItemsOf(h.t, who.id))[0]?.invoice_no ?? '';
});
afterAll(async () => {
  await h.close();
});

const promiseEvent = () =>
  h.callbacks.message({ openId: who.openId, chatId: h.chatOf('east'), text: `承诺 ${invoice} 100 12月1日` })
    .payload;
const events = () => `${h.url}/lark/events`;

/** Sends a request and checks it changed nothing: no rows, no message sent. */
async function refused(send: () => Promise<{ status: number }>): Promise<number> {
  const rows = await rowCounts(h.t);
  const messages = h.emulator.state.messages.length;
  const { status } = await send();
  await h.settle();
  expect(await rowCounts(h.t)).toEqual(rows);
  expect(h.emulator.state.messages.length).toBe(messages);
  return status;
}

describe('verifying Feishu callbacks', () => {
  it('answers the URL check with its challenge when it opens with the encrypt key', async () => {
    const res = await h.callbacks.send(events(), {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ encrypt: h.callbacks.encrypt(h.callbacks.urlVerification('ch-123')) }),
    });
    expect(res).toEqual({ status: 200, body: { challenge: 'ch-123' } });
    const cards = await h.callbacks.send(`${h.url}/lark/cards`, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ encrypt: h.callbacks.encrypt(h.callbacks.urlVerification('ch-456')) }),
    });
    expect(cards.body).toEqual({ challenge: 'ch-456' });
  });

  it('refuses a URL check in clear or with another token', async () => {
    const clear = await h.callbacks.send(events(), {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(h.callbacks.urlVerification('ch-1')),
    });
    expect(clear.status).toBe(401);
    const other = { ...h.callbacks.urlVerification('ch-2'), token: 'someone-else' };
    const res = await h.callbacks.send(events(), {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ encrypt: h.callbacks.encrypt(other) }),
    });
    expect(res.status).toBe(401);
  });

  it('a well-signed command is carried out (the baseline for the refusals below)', async () => {
    const before = (await rowCounts(h.t)).promises ?? 0;
    const res = await h.callbacks.post(events(), promiseEvent());
    expect(res.status).toBe(200);
    await h.settle();
    expect((await rowCounts(h.t)).promises).toBe(before + 1);
  });

  it('refuses a bad signature', async () => {
    expect(await refused(() => h.callbacks.post(events(), promiseEvent(), { signWith: 'not-the-key' }))).toBe(
      401,
    );
  });

  it('refuses a body changed after signing', async () => {
    const signed = h.callbacks.sign(promiseEvent());
    const forged = { ...signed, body: JSON.stringify({ encrypt: h.callbacks.encrypt(promiseEvent()) }) };
    expect(await refused(() => h.callbacks.send(events(), forged))).toBe(401);
  });

  it('refuses a timestamp more than five minutes off either way, by the injected clock', async () => {
    const now = Math.floor(h.clock.now().getTime() / 1000);
    expect(await refused(() => h.callbacks.post(events(), promiseEvent(), { timestamp: now - 301 }))).toBe(
      401,
    );
    expect(await refused(() => h.callbacks.post(events(), promiseEvent(), { timestamp: now + 301 }))).toBe(
      401,
    );
  });

  it('refuses a replayed nonce, even when the rest is a perfect copy', async () => {
    const request = h.callbacks.sign(promiseEvent());
    expect((await h.callbacks.send(events(), request)).status).toBe(200);
    await h.settle();
    expect(await refused(() => h.callbacks.send(events(), request))).toBe(401);
    h.clock.advance(4 * 60_000); // still inside the window: still a replay
    expect(
      await refused(() => h.callbacks.send(events(), { ...request, headers: { ...request.headers } })),
    ).toBe(401);
  });

  it('refuses a signed payload with another verification token, and an unsigned one', async () => {
    const payload = promiseEvent();
    payload.header.token = 'someone-else';
    expect(await refused(() => h.callbacks.post(events(), payload))).toBe(401);
    const unsigned = {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ encrypt: h.callbacks.encrypt(promiseEvent()) }),
    };
    expect(await refused(() => h.callbacks.send(events(), unsigned))).toBe(401);
  });

  it('an event Lark delivers again (same event id, new nonce) is answered once', async () => {
    const payload = promiseEvent();
    expect((await h.callbacks.post(events(), payload)).status).toBe(200);
    await h.settle();
    expect(await refused(() => h.callbacks.post(events(), payload))).toBe(200);
  });

  it('answers a signed body that opens to null, or is null, with 400 and keeps serving', async () => {
    expect(await refused(() => h.callbacks.send(events(), h.callbacks.sign(null)))).toBe(400);
    expect(await refused(() => h.callbacks.send(events(), h.callbacks.sign(null, { plain: true })))).toBe(
      400,
    );
    expect(await refused(() => h.callbacks.send(events(), h.callbacks.sign([1, 2])))).toBe(400);
    const fine = await h.callbacks.send(events(), h.callbacks.sign(promiseEvent()));
    expect(fine.status).toBe(200);
  });
});
