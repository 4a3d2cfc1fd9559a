import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackHarness, type SlackHarness } from '../../helpers/slack-harness.js';

let h: SlackHarness;

beforeAll(async () => {
  h = await createSlackHarness();
});
afterAll(async () => {
  await h.close();
});

/** The team's people and the Slack ids Duebot knows them by. */
async function slackIds(teamCode: string) {
  return h.t.db
    .selectFrom('people as p')
    .innerJoin('teams as t', 't.id', 'p.team_id')
    .leftJoin('chat_identities as ci', (j) =>
      j.onRef('ci.person_id', '=', 'p.id').on('ci.platform', '=', 'slack'),
    )
    .select(['p.id', 'p.name', 'p.email', 'ci.platform_user_id'])
    .where('t.code', '=', teamCode)
    .orderBy('p.id')
    .execute();
}

describe('setup in a Slack channel', () => {
  it("finds the team's people by their e-mail, so prompts and mentions reach those who never wrote to Duebot", async () => {
    const before = await slackIds('east');
    expect(before.every((p) => p.platform_user_id === null)).toBe(true);
    // One collector's Slack account uses another e-mail than the roster.
    const absent = before.at(-1);
    const directory = h.slack.workspace.users;
    directory.splice(
      directory.findIndex((u) => u.email === absent?.email),
      1,
    );

    const admin = await h.person('admin');
    const responseUrl = h.slack.responseUrl();
    const id = responseUrl.split('/').at(-1);
    const fields = h.people.command(admin.slackId, 'C0EAST', '/duebot', 'setup east');
    if (fields.kind === 'command') fields.fields.response_url = responseUrl;
    await h.send(fields);

    const said = h.slack.responses.messages
      .filter((m) => m.id === id)
      .map((m) => m.text)
      .join('\n');
    expect(said).toContain(`已按邮箱匹配到 ${before.length - 1} 位团队成员。`);
    expect(said).toContain(`未按邮箱找到：${absent?.name}。`);
    const after = await slackIds('east');
    expect(after.filter((p) => p.platform_user_id !== null)).toHaveLength(before.length - 1);
    expect(after.find((p) => p.id === absent?.id)?.platform_user_id).toBeNull();
    const bound = after.filter((p) => p.platform_user_id !== null).map((p) => p.id);
    const audited = await h.t.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'identity.bind')
      .where(
        'entity_id',
        'in',
        after.map((p) => String(p.id)),
      )
      .execute();
    expect(audited.map((a) => Number(a.entity_id)).sort((a, b) => a - b)).toEqual(bound);
  });
});
