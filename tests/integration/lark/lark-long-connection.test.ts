import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkEdge } from '../../../adapters/lark/index.js';
import { ManualClock } from '../../../src/clock.js';
import { openItemsOf, rowCounts } from '../commands/command-sandbox.js';
import { buttonsOf, createLarkHarness, type LarkHarness, larkConfig, textOf } from './lark-harness.js';

// LARK_CONNECTION=ws: no HTTP routes; the SDK's WSClient hands each event, already opened, to the
// same dispatcher (EventDispatcher.invoke with needCheck false), and sends back what it returns.

let h: LarkHarness;

beforeAll(async () => {
  h = await createLarkHarness('ws');
  await h.app.scheduler.tick();
  await h.settle();
});
afterAll(async () => {
  await h.close();
});

describe('the long connection', () => {
  it('opens no HTTP routes and registers the same handler table as HTTP callbacks', () => {
    expect(h.edge.httpPrefix).toBeNull();
    const http = createLarkEdge({
      config: larkConfig(h.emulator.baseUrl, 'http'),
      db: h.t.db,
      clock: new ManualClock('2026-11-23T01:00:00Z'),
      logger: pino({ level: 'silent' }),
    });
    expect(http.httpPrefix).toBe('/lark/');
    const ours = (edge: typeof http) =>
      [...edge.dispatcher.handles.keys()].filter((k) => k !== 'app_ticket').sort();
    expect(ours(h.edge)).toEqual(['card.action.trigger', 'im.message.receive_v1']);
    expect(ours(h.edge)).toEqual(ours(http));
  });

  it('a text command handed over by the connection is carried out and answered to the person only', async () => {
    const who = await h.person('collector', 'east');
    const [item] = await openItemsOf(h.t, who.id);
    const before = (await rowCounts(h.t)).promises ?? 0;
    const event = h.callbacks.message({
      openId: who.openId,
      chatId: h.chatOf('east'),
      text: `承诺 ${item?.invoice_no} 1万 12月1日`,
    });
    const sent = h.emulator.state.messages.length;
    expect(await h.edge.dispatcher.invoke(event.payload, { needCheck: false })).toEqual({});
    await h.settle();
    expect((await rowCounts(h.t)).promises).toBe(before + 1);
    const answer = h.emulator.state.messages.slice(sent).find((m) => m.ephemeral_to === who.openId);
    expect(answer?.content).toContain('¥10,000.00');
  });

  it('a card click handed over by the connection returns the toast the connection sends back, and the form follows', async () => {
    const who = await h.person('collector', 'intl');
    const list = h.emulator
      .messagesIn(h.chatOf('intl'))
      .find((m) => textOf(m).includes(who.name) && buttonsOf(m).some((b) => b.actionId === 'item.followup'));
    if (!list) throw new Error(`no list card for ${who.name}`);
    const value = String(buttonsOf(list).find((b) => b.actionId === 'item.followup')?.value);
    const sent = h.emulator.state.messages.length;
    const answer = await h.edge.dispatcher.invoke(
      h.callbacks.cardAction({
        openId: who.openId,
        chatId: h.chatOf('intl'),
        messageId: list.message_id,
        value: { actionId: 'item.followup', value },
      }),
      { needCheck: false },
    );
    expect(answer).toMatchObject({ toast: { type: 'info' } });
    await h.settle();
    const mine = h.emulator.state.messages.slice(sent).filter((m) => m.ephemeral_to === who.openId);
    expect(mine).toHaveLength(1);
    expect(mine.flatMap(buttonsOf).some((b) => b.formId === 'item.followup')).toBe(true);
  });

  it('over a real long connection (protobuf frames on a WebSocket) a command is carried out and the click answered', async () => {
    for (let i = 0; i < 100 && !h.emulator.longConnection.connected(); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(h.emulator.longConnection.connected()).toBe(true);
    const who = await h.person('collector', 'south');
    const [item] = await openItemsOf(h.t, who.id);
    const before = (await rowCounts(h.t)).promises ?? 0;
    const event = h.callbacks.message({
      openId: who.openId,
      chatId: h.chatOf('south'),
      text: `承诺 ${item?.invoice_no} 2万 12月2日`,
    });
    expect(await h.emulator.longConnection.push(event.payload)).toEqual({ code: 200, data: {} });
    await h.settle();
    expect((await rowCounts(h.t)).promises).toBe(before + 1);
    const list = h.emulator
      .messagesIn(h.chatOf('south'))
      .find((m) => textOf(m).includes(who.name) && buttonsOf(m).some((b) => b.actionId === 'item.promise'));
    if (!list) throw new Error(`no list card for ${who.name}`);
    const value = String(buttonsOf(list).find((b) => b.actionId === 'item.promise')?.value);
    const click = h.callbacks.cardAction({
      openId: who.openId,
      chatId: h.chatOf('south'),
      messageId: list.message_id,
      value: { actionId: 'item.promise', value },
    });
    expect(await h.emulator.longConnection.push(click)).toMatchObject({
      code: 200,
      data: { toast: { type: 'info' } },
    });
  });
});
