import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/domain/command/parse.js';
import type { Command, CommandError } from '../../../src/domain/command/types.js';

// Wednesday 25 November 2026.
const today = '2026-11-25';

const ok = (text: string): Command => {
  const r = parseCommand(text, { today });
  if (!r.ok) throw new Error(`expected ${text} to parse, got ${JSON.stringify(r.error)}`);
  return r.command;
};
const err = (text: string): CommandError => {
  const r = parseCommand(text, { today });
  if (r.ok) throw new Error(`expected ${text} to fail, got ${JSON.stringify(r.command)}`);
  return r.error;
};

describe('addressing the bot', () => {
  it('reads the same command from a slash command, a Lark @mention and plain text', () => {
    const expected = ok('promise INV-1042 5万 12月1日');
    expect(ok('/promise INV-1042 5万 12月1日')).toEqual(expected);
    expect(ok('@Duebot promise INV-1042 5万 12月1日')).toEqual(expected);
    expect(ok('@_user_1 /promise INV-1042 5万 12月1日')).toEqual(expected);
    expect(ok('<@U0BOT> promise INV-1042 5万 12月1日')).toEqual(expected);
    expect(ok('/duebot promise INV-1042 5万 12月1日')).toEqual(expected);
    expect(ok('  ＰＲＯＭＩＳＥ　INV-1042 5万 12月1日 ')).toEqual(expected);
  });

  it('tells which language the keyword was in', () => {
    expect(parseCommand('承诺 INV-1 5万 12月1日', { today })).toMatchObject({ ok: true, language: 'zh' });
    expect(parseCommand('promise INV-1 5万 12月1日', { today })).toMatchObject({ ok: true, language: 'en' });
    expect(parseCommand('承诺 INV-1 5万x 12月1日', { today })).toMatchObject({ ok: false, language: 'zh' });
  });
});

describe('promise / 承诺', () => {
  it('reads target, amount, date and note', () => {
    expect(ok('/promise INV-1042 5万 12月1日 财务已排款')).toEqual({
      kind: 'promise',
      target: { text: 'INV-1042', quoted: false },
      amount: { minor: 5_000_000, text: '5万', currency: null },
      date: '2026-12-01',
      note: '财务已排款',
    });
  });

  it('reads the Chinese form with a quoted customer name', () => {
    expect(ok('承诺 「华为」 ¥1.2万 下周五 分两笔')).toMatchObject({
      target: { text: '华为', quoted: true },
      amount: { minor: 1_200_000, currency: 'CNY' },
      date: '2026-12-04',
      note: '分两笔',
    });
    expect(ok('承诺 “华为技术” 3k 明天')).toMatchObject({ target: { text: '华为技术', quoted: true } });
    expect(ok('promise "Acme Ltd" 50,000.00 2026-12-01')).toMatchObject({ target: { text: 'Acme Ltd' } });
  });

  it('accepts the date before the amount, and amounts written in two words', () => {
    expect(ok('promise INV-1 12月1日 5万')).toMatchObject({
      amount: { minor: 5_000_000 },
      date: '2026-12-01',
    });
    expect(ok('promise INV-1 RMB 8000 next fri')).toMatchObject({
      amount: { minor: 800_000 },
      date: '2026-12-04',
    });
    expect(ok('promise INV-1 8000 元 12/1')).toMatchObject({ amount: { minor: 800_000, currency: 'CNY' } });
  });

  it('keeps the note exactly as typed, spacing included', () => {
    expect(ok('promise INV-1 5万 12/1  will  pay "in full"')).toMatchObject({ note: 'will  pay "in full"' });
  });

  it('folds a full-width invoice number', () => {
    expect(ok('承诺 ＩＮＶ－１０４２ 5万 12月1日')).toMatchObject({ target: { text: 'INV-1042' } });
  });

  it('names the argument that is missing', () => {
    expect(err('promise')).toEqual({
      code: 'argument_missing',
      params: { command: 'promise', argument: 'target' },
    });
    expect(err('promise INV-1')).toEqual({
      code: 'argument_missing',
      params: { command: 'promise', argument: 'amount' },
    });
    expect(err('承诺 INV-1 5万')).toEqual({
      code: 'argument_missing',
      params: { command: 'promise', argument: 'date' },
    });
    expect(err('promise INV-1 12月1日')).toEqual({
      code: 'argument_missing',
      params: { command: 'promise', argument: 'amount' },
    });
    expect(err('promise INV-1 12月1日 5万x')).toMatchObject({
      code: 'amount_invalid',
      params: { token: '5万x' },
    });
  });

  it('names the word that is not an amount or a date', () => {
    expect(err('promise INV-1042 5万x 12月1日')).toEqual({
      code: 'amount_invalid',
      params: { command: 'promise', argument: 'amount', token: '5万x' },
    });
    expect(err('promise INV-1 0 12/1')).toMatchObject({ code: 'amount_zero' });
    expect(err('promise INV-1 -5 12/1')).toMatchObject({ code: 'amount_negative' });
    expect(err('promise INV-1 5万 2月30日')).toEqual({
      code: 'date_nonexistent',
      params: { command: 'promise', argument: 'date', token: '2月30日' },
    });
    expect(err('promise INV-1 5万 soon')).toMatchObject({
      code: 'date_unrecognised',
      params: { token: 'soon' },
    });
  });

  it('refuses a promise dated in the past', () => {
    expect(err('promise INV-1 5万 昨天')).toEqual({
      code: 'date_in_past',
      params: { command: 'promise', argument: 'date', token: '昨天' },
    });
    expect(ok('promise INV-1 5万 今天')).toMatchObject({ date: today });
  });
});

describe('followup / 跟进', () => {
  it('reads method, note and next date', () => {
    expect(ok('/followup INV-1042 phone 对方在走审批 next 下周一')).toEqual({
      kind: 'followup',
      target: { text: 'INV-1042', quoted: false },
      method: 'phone',
      outcome: 'contacted',
      reason: null,
      note: '对方在走审批',
      nextDate: '2026-11-30',
    });
  });

  it('reads the Chinese form with a reason and 下次', () => {
    expect(ok('跟进 INV-1 微信 原因 资金紧张 对方说月底付 下次 月底')).toMatchObject({
      method: 'im',
      reason: 'funds_tight',
      note: '对方说月底付',
      nextDate: '2026-11-30',
    });
  });

  it.each([
    ['phone', 'phone'],
    ['电话', 'phone'],
    ['wechat', 'im'],
    ['微信', 'im'],
    ['email', 'email'],
    ['邮件', 'email'],
    ['sms', 'sms'],
    ['短信', 'sms'],
    ['visit', 'visit'],
    ['上门', 'visit'],
    ['letter', 'letter'],
    ['催款函', 'letter'],
    ['lawyer_letter', 'lawyer_letter'],
    ['律师函', 'lawyer_letter'],
    ['other', 'other'],
    ['其他', 'other'],
  ])('method %s → %s', (word, method) => {
    expect(ok(`followup INV-1 ${word} sent`)).toMatchObject({ method });
  });

  it('records a failed contact, which needs no note', () => {
    expect(ok('跟进 INV-1 电话 未接通')).toMatchObject({ outcome: 'no_contact', note: null });
    expect(ok('followup INV-1 phone no_contact next 明天')).toMatchObject({
      outcome: 'no_contact',
      nextDate: '2026-11-26',
    });
  });

  it('leaves "next" inside ordinary prose in the note', () => {
    expect(ok('followup INV-1 phone they will call next time')).toMatchObject({
      note: 'they will call next time',
      nextDate: null,
    });
    expect(ok('followup INV-1 email sent statement next next fri')).toMatchObject({
      note: 'sent statement',
      nextDate: '2026-12-04',
    });
  });

  it('reports what is missing or wrong', () => {
    expect(err('followup INV-1')).toEqual({
      code: 'argument_missing',
      params: { command: 'followup', argument: 'method' },
    });
    expect(err('followup INV-1 phone')).toEqual({
      code: 'argument_missing',
      params: { command: 'followup', argument: 'note' },
    });
    expect(err('followup INV-1 fax hello')).toEqual({
      code: 'method_unknown',
      params: { command: 'followup', argument: 'method', token: 'fax' },
    });
    expect(err('跟进 INV-1 电话 原因 没理由 催了')).toEqual({
      code: 'reason_unknown',
      params: { command: 'followup', argument: 'reason', token: '没理由' },
    });
    expect(err('followup INV-1 phone reason')).toMatchObject({
      code: 'argument_missing',
      params: { argument: 'reason' },
    });
    expect(err('followup INV-1 phone called next 12/32')).toEqual({
      code: 'date_nonexistent',
      params: { command: 'followup', argument: 'next', token: '12/32' },
    });
    expect(err('followup INV-1 phone called next')).toMatchObject({
      code: 'argument_missing',
      params: { argument: 'next' },
    });
    expect(err('followup INV-1 phone called next 昨天')).toMatchObject({
      code: 'date_in_past',
      params: { argument: 'next' },
    });
  });
});

describe('dispute / 争议', () => {
  it('reads the invoice and the note', () => {
    expect(ok('dispute INV-7 batch 3 failed inspection')).toEqual({
      kind: 'dispute',
      target: { text: 'INV-7', quoted: false },
      note: 'batch 3 failed inspection',
      helpers: [],
    });
    expect(ok('争议 INV-7 质量问题')).toMatchObject({ kind: 'dispute', note: '质量问题' });
  });

  it('brings in the colleagues mentioned anywhere in the note, and still needs a note', () => {
    expect(ok('dispute INV-7 <@U123|li> please check batch 3 @wang.fang')).toMatchObject({
      note: '<@U123|li> please check batch 3 @wang.fang',
      helpers: [
        { handle: 'U123', raw: '<@U123|li>' },
        { handle: 'wang.fang', raw: '@wang.fang' },
      ],
    });
    expect(err('争议 INV-7 @李雷')).toMatchObject({ code: 'argument_missing' });
  });
});

describe('resolve / 解决争议', () => {
  it('reads "the customer will pay" and a credit note with its amount and reference', () => {
    expect(ok('resolve INV-7 pay confirmed by QA')).toMatchObject({
      kind: 'resolve',
      resolution: { kind: 'will_pay' },
      note: 'confirmed by QA',
    });
    expect(ok('解决争议 INV-7 红字 5000 CN-118')).toMatchObject({
      resolution: { kind: 'credit_note', amount: { minor: 500_000 }, reference: 'CN-118' },
      note: null,
    });
  });

  it('names what is wrong', () => {
    expect(err('resolve INV-7 maybe')).toMatchObject({
      code: 'resolution_unknown',
      params: { token: 'maybe' },
    });
    expect(err('resolve INV-7 credit 5000')).toMatchObject({
      code: 'argument_missing',
      params: { argument: 'ref' },
    });
  });
});

describe('repay / 还款计划', () => {
  it('reads amount-date pairs and the note after them', () => {
    expect(ok('repay INV-7 3000 2026-12-15 3000 2027-01-15 agreed with CFO')).toMatchObject({
      kind: 'repay',
      instalments: [
        { amount: { minor: 300_000 }, date: '2026-12-15' },
        { amount: { minor: 300_000 }, date: '2027-01-15' },
      ],
      note: 'agreed with CFO',
    });
  });

  it('needs a note', () => {
    expect(err('争议 INV-7')).toEqual({
      code: 'argument_missing',
      params: { command: 'dispute', argument: 'note' },
    });
  });
});

describe('paid / 已付', () => {
  it('reads amount, date, reference and bank', () => {
    expect(ok('paid INV-1 5万 昨天 ref 2026112512345 bank ICBC')).toEqual({
      kind: 'paid',
      target: { text: 'INV-1', quoted: false },
      amount: { minor: 5_000_000, text: '5万', currency: null },
      date: '2026-11-24',
      ref: '2026112512345',
      bank: 'ICBC',
      note: null,
    });
    expect(ok('已付 INV-1 50000 11月20日 流水号 ABC123')).toMatchObject({
      ref: 'ABC123',
      bank: null,
      date: '2026-11-20',
    });
  });

  it('keeps other words as a note', () => {
    expect(ok('paid INV-1 5万 today bank transfer was delayed ref X9')).toMatchObject({
      bank: 'transfer',
      ref: 'X9',
      note: 'was delayed',
    });
    expect(ok('paid INV-1 5万 today customer says so')).toMatchObject({
      ref: null,
      note: 'customer says so',
    });
  });

  it('reports a reference keyword without a reference', () => {
    expect(err('paid INV-1 5万 today ref')).toEqual({
      code: 'argument_missing',
      params: { command: 'paid', argument: 'ref' },
    });
    expect(err('paid INV-1 5万 today bank')).toMatchObject({ params: { argument: 'bank' } });
  });

  it('reads a date without a year or week as the most recent such day', () => {
    expect(ok('paid INV-1 5万 周五')).toMatchObject({ date: '2026-11-20' });
    expect(ok('已付 INV-1 5万 12月1日')).toMatchObject({ date: '2025-12-01' });
  });

  it('refuses a payment dated in the future', () => {
    expect(err('paid INV-1 5万 明天')).toEqual({
      code: 'date_in_future',
      params: { command: 'paid', argument: 'date', token: '明天' },
    });
  });

  it('names the missing argument', () => {
    expect(err('paid')).toMatchObject({ code: 'argument_missing', params: { argument: 'target' } });
    expect(err('paid INV-1 5万')).toMatchObject({ code: 'argument_missing', params: { argument: 'date' } });
  });
});

describe('ar / 查询', () => {
  it('takes the rest of the line as the customer or invoice', () => {
    expect(ok('ar INV-1042')).toEqual({ kind: 'ar', target: { text: 'INV-1042', quoted: false } });
    expect(ok('查询 华为 技术有限公司')).toEqual({
      kind: 'ar',
      target: { text: '华为 技术有限公司', quoted: false },
    });
    expect(ok('ar "Acme Ltd"')).toEqual({ kind: 'ar', target: { text: 'Acme Ltd', quoted: true } });
  });

  it('needs something to look up', () => {
    expect(err('ar')).toEqual({ code: 'argument_missing', params: { command: 'ar', argument: 'target' } });
    expect(err('查询 ""')).toMatchObject({ code: 'argument_missing' });
  });
});

describe('overdue / 逾期', () => {
  it.each([
    ['overdue', { kind: 'mine' }],
    ['overdue mine', { kind: 'mine' }],
    ['逾期 我的', { kind: 'mine' }],
    ['overdue team', { kind: 'team' }],
    ['逾期 团队', { kind: 'team' }],
    ['overdue @alice', { kind: 'person', person: { handle: 'alice', raw: '@alice' } }],
    ['逾期 @张三', { kind: 'person', person: { handle: '张三', raw: '@张三' } }],
    ['overdue <@U123|bob>', { kind: 'person', person: { handle: 'U123', raw: '<@U123|bob>' } }],
  ])('%s', (text, scope) => {
    expect(ok(text)).toEqual({ kind: 'overdue', scope });
  });

  it('refuses other words', () => {
    expect(err('overdue everyone')).toEqual({
      code: 'scope_invalid',
      params: { command: 'overdue', argument: 'scope', token: 'everyone' },
    });
    expect(err('overdue team mine')).toEqual({
      code: 'argument_unexpected',
      params: { command: 'overdue', token: 'mine' },
    });
  });
});

describe('plan / 计划 and result / 结果', () => {
  it('open the forms', () => {
    expect(ok('plan')).toEqual({ kind: 'plan' });
    expect(ok('计划')).toEqual({ kind: 'plan' });
    expect(ok('result')).toEqual({ kind: 'result' });
    expect(ok('结果')).toEqual({ kind: 'result' });
  });

  it('refuse extra words rather than ignoring them', () => {
    expect(err('plan now')).toEqual({
      code: 'argument_unexpected',
      params: { command: 'plan', token: 'now' },
    });
    expect(err('结果 本周')).toMatchObject({ code: 'argument_unexpected', params: { command: 'result' } });
  });
});

describe('leave / 请假', () => {
  it('reads the range and the delegate', () => {
    expect(ok('leave 12/1 12/5 delegate @bob')).toEqual({
      kind: 'leave',
      from: '2026-12-01',
      to: '2026-12-05',
      delegate: { handle: 'bob', raw: '@bob' },
    });
    expect(ok('请假 12月1日 至 12月5日 代理 @张三')).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-05',
      delegate: { handle: '张三' },
    });
    expect(ok('leave next mon next fri')).toMatchObject({
      from: '2026-11-30',
      to: '2026-12-04',
      delegate: null,
    });
  });

  it('takes a single date as a one-day leave', () => {
    expect(ok('请假 明天')).toEqual({ kind: 'leave', from: '2026-11-26', to: '2026-11-26', delegate: null });
    expect(ok('leave 12/1 @bob')).toMatchObject({ to: '2026-12-01', delegate: { handle: 'bob' } });
  });

  it('reports a range that ends before it starts', () => {
    expect(err('leave 12/5 12/1')).toEqual({
      code: 'leave_range_inverted',
      params: { command: 'leave', argument: 'to', token: '12/1' },
    });
  });

  it('reports missing dates and a delegate that is not a mention', () => {
    expect(err('leave')).toEqual({
      code: 'argument_missing',
      params: { command: 'leave', argument: 'from' },
    });
    expect(err('leave 12/1 to')).toEqual({
      code: 'argument_missing',
      params: { command: 'leave', argument: 'to' },
    });
    expect(err('leave 12/1 12/3 delegate bob')).toEqual({
      code: 'mention_expected',
      params: { command: 'leave', argument: 'delegate', token: 'bob' },
    });
    expect(err('leave 12/1 12/3 delegate')).toMatchObject({
      code: 'argument_missing',
      params: { argument: 'delegate' },
    });
    expect(err('leave 12/1 12/3 @bob extra')).toMatchObject({
      code: 'argument_unexpected',
      params: { token: 'extra' },
    });
    expect(err('leave someday')).toMatchObject({ code: 'date_unrecognised', params: { argument: 'from' } });
  });
});

describe('report / 报表', () => {
  it.each([
    ['report', 'weekly'],
    ['report weekly', 'weekly'],
    ['报表 周报', 'weekly'],
    ['report aging', 'aging'],
    ['报表 账龄', 'aging'],
    ['report kpi', 'kpi'],
    ['报表 考核', 'kpi'],
  ])('%s → %s', (text, report) => {
    expect(ok(text)).toEqual({ kind: 'report', report, period: null, team: null });
  });

  it('takes a period and, for finance, a team', () => {
    expect(ok('report weekly 2026-W47')).toEqual({
      kind: 'report',
      report: 'weekly',
      period: '2026-W47',
      team: null,
    });
    expect(ok('报表 账龄 2026-11 east')).toEqual({
      kind: 'report',
      report: 'aging',
      period: '2026-11',
      team: 'east',
    });
    expect(ok('report kpi east')).toEqual({ kind: 'report', report: 'kpi', period: null, team: 'east' });
    expect(ok('报表 预测')).toEqual({ kind: 'report', report: 'forecast', period: null, team: null });
    expect(err('report kpi east 2026-11')).toMatchObject({
      code: 'argument_unexpected',
      params: { token: '2026-11' },
    });
  });

  it('names an unknown report', () => {
    expect(err('report yearly')).toEqual({
      code: 'report_kind_unknown',
      params: { command: 'report', argument: 'kind', token: 'yearly' },
    });
  });
});

describe('setup / 绑定', () => {
  it('binds a report chat for a team or for every team', () => {
    expect(ok('setup east reports')).toEqual({ kind: 'setup', team: 'east', purpose: 'reports' });
    expect(ok('绑定 华东回款组 报表')).toEqual({ kind: 'setup', team: '华东回款组', purpose: 'reports' });
    expect(ok('绑定 全部 报表')).toEqual({ kind: 'setup', team: null, purpose: 'reports' });
    expect(ok('setup all reports')).toEqual({ kind: 'setup', team: null, purpose: 'reports' });
    expect(err('setup reports')).toMatchObject({ code: 'argument_missing', params: { argument: 'team' } });
  });

  it('takes the team name', () => {
    expect(ok('setup Collections East')).toEqual({ kind: 'setup', team: 'Collections East' });
    expect(ok('绑定 「华东回款组」')).toEqual({ kind: 'setup', team: '华东回款组' });
  });

  it('needs a team', () => {
    expect(err('绑定')).toEqual({ code: 'argument_missing', params: { command: 'setup', argument: 'team' } });
  });
});

describe('help / 帮助', () => {
  it('gives general help or help on one command', () => {
    expect(ok('help')).toEqual({ kind: 'help', topic: null });
    expect(ok('帮助')).toEqual({ kind: 'help', topic: null });
    expect(ok('help promise')).toEqual({ kind: 'help', topic: 'promise' });
    expect(ok('帮助 跟进')).toEqual({ kind: 'help', topic: 'followup' });
    expect(ok('help /overdue')).toEqual({ kind: 'help', topic: 'overdue' });
  });

  it('names an unknown topic', () => {
    expect(err('help foo')).toEqual({
      code: 'command_unknown',
      params: { command: 'help', argument: 'topic', token: 'foo' },
    });
  });
});

describe('message-level errors', () => {
  it('reports an empty message', () => {
    expect(err('')).toEqual({ code: 'command_empty', params: {} });
    expect(err('@Duebot')).toEqual({ code: 'command_empty', params: {} });
    expect(err('/')).toEqual({ code: 'command_empty', params: {} });
  });

  it('names an unknown command word', () => {
    expect(err('frobnicate INV-1')).toEqual({ code: 'command_unknown', params: { token: 'frobnicate' } });
    expect(parseCommand('承若 INV-1', { today })).toMatchObject({
      ok: false,
      error: { code: 'command_unknown', params: { token: '承若' } },
      language: 'zh',
    });
  });

  it('reports an unclosed quote', () => {
    expect(err('promise "Acme Ltd 5万 12/1')).toEqual({
      code: 'quote_unclosed',
      params: { command: 'promise', token: '"Acme Ltd 5万 12/1' },
    });
    expect(err('「华为')).toMatchObject({ code: 'quote_unclosed' });
  });
});
