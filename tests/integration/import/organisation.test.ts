import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';
import { count, importFile, loadSampleCompany, tempDir } from './import-helpers.js';

let t: TestDatabase;
let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  t = await createTestDatabase();
  tmp = await tempDir();
  await loadSampleCompany(t);
});
afterAll(async () => {
  await t.close();
  await tmp.cleanup();
});

const reasons = (issues: { row: number; column: string; reason: string }[]) =>
  issues.map((i) => [i.row, i.column, i.reason.split(/ \(| —|:/)[0]]);

describe('teams', () => {
  it('validates timezones, languages, calendars and rule settings', async () => {
    const file = await tmp.file(
      'teams-bad.csv',
      [
        'code,name,timezone,locale,calendar,warningDays,postTime,responsePolicy',
        'W1,West,Mars/Olympus,en,cn,7,09:00,every_day',
        'W2,West 2,Asia/Shanghai,fr,weekdays,100,9:00,',
        'W3,West 3,Asia/Shanghai,en,lunar,3,25:00,sometimes',
      ].join('\n'),
    );
    const result = await importFile(t, 'teams', file);
    expect(result.state).toBe('rejected');
    expect(reasons(result.issues)).toEqual([
      [2, 'timezone', 'not an IANA timezone'],
      [3, 'warningDays', expect.any(String)],
      [3, 'locale', 'unknown locale'],
      [4, 'postTime', 'must be a time like 09'],
      [4, 'responsePolicy', expect.any(String)],
      [4, 'calendar', 'unknown calendar'],
    ]);
    expect(await count(t, 'teams', "code LIKE 'W%'")).toBe(0);
  });

  it('merges settings columns into the stored settings and counts the change as an update', async () => {
    const file = await tmp.file(
      'teams-grace.csv',
      '团队编码,团队名称,宽限天数\nEAST,华东回款组,2\nSOUTH,华南回款组,\n',
    );
    const result = await importFile(t, 'teams', file);
    expect(result).toMatchObject({ updated: 1, unchanged: 1 });
    const east = await t.db
      .selectFrom('teams')
      .selectAll()
      .where('code', '=', 'EAST')
      .executeTakeFirstOrThrow();
    expect(east.settings).toEqual({
      warningDays: 7,
      deadlineTime: '18:00',
      largeAmount: 50_000_000,
      graceDays: 2,
    });
    expect(east.timezone).toBe('Asia/Shanghai');
  });
});

describe('roster', () => {
  it('updates a person who moved team, binds a new chat identity, and leaves the others unchanged', async () => {
    const file = await tmp.file(
      'roster-move.csv',
      [
        '邮箱,姓名,角色,团队,主管,飞书ID',
        'chen.jie@huaxin-group.cn,陈杰,collector,华南回款组,liu.yang@huaxin-group.cn,ou_5c7e9a1b3d5f7a9c',
        'li.na@huaxin-group.cn,李娜,collector,EAST,zhang.wei@huaxin-group.cn,ou_3f1a9c0e7b2d4c5a',
        'new.hire@huaxin-group.cn,新同事,收款员,NORTH,new.boss@huaxin-group.cn,ou_00aa11bb22cc',
        'new.boss@huaxin-group.cn,新主管,主管,NORTH,,',
      ].join('\n'),
    );
    const result = await importFile(t, 'roster', file);
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ inserted: 2, updated: 1, unchanged: 1 });
    const chen = await t.db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', 'chen.jie@huaxin-group.cn')
      .executeTakeFirstOrThrow();
    const south = await t.db
      .selectFrom('teams')
      .select('id')
      .where('code', '=', 'SOUTH')
      .executeTakeFirstOrThrow();
    expect(chen.team_id).toBe(south.id);
    const hire = await t.db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', 'new.hire@huaxin-group.cn')
      .executeTakeFirstOrThrow();
    const boss = await t.db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', 'new.boss@huaxin-group.cn')
      .executeTakeFirstOrThrow();
    expect(hire.manager_id).toBe(boss.id);
    expect(await count(t, 'chat_identities', `person_id = ${hire.id} AND platform = 'lark'`)).toBe(1);
  });

  it('rejects unknown teams and managers, bad emails, and a chat id that belongs to someone else', async () => {
    const file = await tmp.file(
      'roster-bad.csv',
      [
        'Email,Name,Role,Team,Manager,Slack ID',
        'a@huaxin-group.cn,A,collector,WEST,,',
        'b@huaxin-group.cn,B,collector,EAST,ghost@huaxin-group.cn,',
        'not-an-email,C,collector,EAST,,',
        'd@huaxin-group.cn,D,boss,EAST,,U04KEVINLIM',
        'e@huaxin-group.cn,E,collector,EAST,,U0DUP',
        'f@huaxin-group.cn,F,collector,EAST,,U0DUP',
      ].join('\n'),
    );
    const result = await importFile(t, 'roster', file);
    expect(result.state).toBe('rejected');
    expect(reasons(result.issues)).toEqual([
      [2, 'Team', 'unknown team'],
      [3, 'Manager', 'unknown manager'],
      [4, 'Email', 'not an email address'],
      [5, 'Role', 'unknown role'],
      [5, 'Slack ID', 'Slack ID already belongs to kevin.lim@huaxin-group.cn'],
      [7, 'Slack ID', 'duplicate Slack ID within the file'],
    ]);
    expect(await count(t, 'people', "email LIKE '_@huaxin-group.cn'")).toBe(0);
  });
});

describe('customers', () => {
  it('keeps the stored team when the file has no team column and takes a new customer’s team from its owner', async () => {
    const file = await tmp.file(
      'customers-noteam.csv',
      [
        'Customer Code,Customer Name,Owner,Rating,Credit Limit',
        'C001,上海宏达机电设备有限公司,li.na@huaxin-group.cn,A,500万',
        'C100,成都天府软件有限公司,吴静,b,0',
      ].join('\n'),
    );
    const result = await importFile(t, 'customers', file);
    expect(result.issues).toEqual([]);
    expect(result).toMatchObject({ inserted: 1, unchanged: 1 });
    const c100 = await t.db
      .selectFrom('customers')
      .selectAll()
      .where('external_id', '=', 'C100')
      .executeTakeFirstOrThrow();
    const north = await t.db
      .selectFrom('teams')
      .select('id')
      .where('code', '=', 'NORTH')
      .executeTakeFirstOrThrow();
    expect(c100).toMatchObject({
      team_id: north.id,
      rating: 'B',
      credit_limit: 0,
      payment_terms_days: 30,
      credit_currency: 'CNY',
    });
  });

  it('rejects unknown owners and teams, bad ratings and terms', async () => {
    const file = await tmp.file(
      'customers-bad.csv',
      [
        '客户编码,客户名称,团队,负责人,信用等级,账期',
        'C200,甲公司,MOON,,A,30',
        'C201,乙公司,EAST,nobody@huaxin-group.cn,E,30',
        'C202,丙公司,EAST,,B,三十天',
        'C203,,EAST,,B,30',
      ].join('\n'),
    );
    const result = await importFile(t, 'customers', file);
    expect(reasons(result.issues)).toEqual([
      [2, '团队', 'unknown team'],
      [3, '信用等级', 'unknown credit rating'],
      [3, '负责人', 'unknown owner'],
      [4, '账期', 'not a number of days'],
      [5, '客户名称', 'missing required field'],
    ]);
  });
});
