import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkHarness, type LarkHarness, textOf } from './lark-harness.js';

let h: LarkHarness;

beforeAll(async () => {
  h = await createLarkHarness();
});
afterAll(async () => {
  await h.close();
});

describe('setup in a Feishu group', () => {
  it("finds the team's people by their e-mail through the contact API, and names those it cannot find", async () => {
    const team = await h.t.db
      .selectFrom('people as p')
      .innerJoin('teams as t', 't.id', 'p.team_id')
      .select(['p.id', 'p.name'])
      .where('t.code', '=', 'south')
      .orderBy('p.id')
      .execute();
    const absent = team.at(-1);
    // Outside the app's contacts range: the directory does not know this person.
    h.emulator.state.users.delete(`ou_${absent?.id}`);

    const admin = await h.person('admin');
    h.emulator.addChat('oc_south_new');
    const mine = h.emulator.userSays('oc_south_new', 'setup south');
    const event = h.callbacks.message({
      openId: admin.openId,
      chatId: 'oc_south_new',
      text: 'setup south',
      messageId: mine.message_id,
    });
    expect((await h.callbacks.post(`${h.url}/lark/events`, event.payload)).status).toBe(200);
    await h.settle();

    const answer = h.emulator.state.messages
      .filter((m) => m.ephemeral_to === admin.openId)
      .map(textOf)
      .join('\n');
    expect(answer).toContain(`已按邮箱匹配到 ${team.length - 1} 位团队成员。`);
    expect(answer).toContain(`未按邮箱找到：${absent?.name}。`);
    const bound = await h.t.db
      .selectFrom('chat_identities')
      .select(['person_id', 'platform_user_id'])
      .where('platform', '=', 'lark')
      .where(
        'person_id',
        'in',
        team.map((p) => p.id),
      )
      .orderBy('person_id')
      .execute();
    expect(bound).toEqual(
      team.slice(0, -1).map((p) => ({ person_id: p.id, platform_user_id: `ou_${p.id}` })),
    );
  });
});
