import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgCardParts } from '../../../adapters/lark/card-parts.js';
import { LarkChatPort } from '../../../adapters/lark/index.js';
import type { Rendered } from '../../../src/chat/port.js';
import { LarkApiEmulator } from '../../fakes/lark-api/server.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { textOf } from './lark-harness.js';

// A list too long for one card continues in its thread; editing it rewrites every card in place.

let t: TestDatabase;
let emulator: LarkApiEmulator;
let port: LarkChatPort;

const list = (items: number, mark = ''): Rendered => ({
  message: {
    text: 'Overdue list',
    blocks: [
      { type: 'header', text: 'Overdue list' },
      ...Array.from({ length: items }, (_, i) => ({
        type: 'text' as const,
        text: `**ITEM-${i}**${mark} ${'x'.repeat(300)}`,
      })),
    ],
  },
  mentions: {},
});

beforeAll(async () => {
  t = await createTestDatabase();
  emulator = new LarkApiEmulator({ appId: 'cli_split', appSecret: 'split-secret' });
  await emulator.start();
  emulator.addChat('oc_east');
  port = new LarkChatPort({
    appId: 'cli_split',
    appSecret: 'split-secret',
    domain: emulator.baseUrl,
    parts: new PgCardParts(t.db),
  });
});
afterAll(async () => {
  await emulator.stop();
  await t.close();
});

describe('editing a split list', () => {
  it('patches every card in place, adds the parts a longer list needs and blanks the ones a shorter list does not', async () => {
    const sent = await port.post('oc_east', list(150), { dedupeKey: 'overdue:east:1' });
    const before = emulator.messagesIn('oc_east').map((m) => m.message_id);
    expect(before.length).toBeGreaterThan(1);

    await port.update('oc_east', sent.messageId, list(150, ' ✓'));
    const same = emulator.messagesIn('oc_east');
    expect(same.map((m) => m.message_id)).toEqual(before);
    expect(same.every((m) => m.updated)).toBe(true);
    expect(same.map(textOf).join('\n')).toContain('**ITEM-149** ✓');

    await port.update('oc_east', sent.messageId, list(250, ' ✓'));
    const longer = emulator.messagesIn('oc_east');
    expect(longer.length).toBeGreaterThan(before.length);
    expect(longer.slice(before.length).every((m) => m.root_id === sent.messageId)).toBe(true);
    expect(longer.map(textOf).join('\n')).toContain('**ITEM-249** ✓');

    await port.update('oc_east', sent.messageId, list(3));
    const shorter = emulator.messagesIn('oc_east');
    expect(shorter).toHaveLength(longer.length);
    expect(textOf(shorter[0])).toContain('**ITEM-2**');
    expect(shorter.slice(1).every((m) => textOf(m) === '—')).toBe(true);
  });
});
