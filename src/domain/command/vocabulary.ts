/**
 * The keywords of the command grammar in English and Chinese.
 */
import type {
  CommandLanguage,
  CommandName,
  ContactOutcome,
  CustomerStatusWord,
  ReportKind,
} from './types.js';

/** A command keyword and the language it belongs to. */
export interface CommandKeyword {
  word: string;
  command: CommandName;
  language: CommandLanguage;
}

const en = (command: CommandName, ...words: string[]): CommandKeyword[] =>
  words.map((word) => ({ word, command, language: 'en' }));
const zh = (command: CommandName, ...words: string[]): CommandKeyword[] =>
  words.map((word) => ({ word, command, language: 'zh' }));

/** Every word that starts a command. */
export const COMMAND_KEYWORDS: readonly CommandKeyword[] = [
  ...en('promise', 'promise', 'ptp'),
  ...zh('promise', '承诺', '承诺回款'),
  ...en('repay', 'repay', 'instalments', 'installments'),
  ...zh('repay', '还款计划', '分期', '分期还款'),
  ...en('followup', 'followup', 'follow-up', 'follow_up'),
  ...zh('followup', '跟进', '催收'),
  ...en('dispute', 'dispute'),
  ...zh('dispute', '争议'),
  ...en('resolve', 'resolve'),
  ...zh('resolve', '解决争议', '争议处理', '处理争议'),
  ...en('paid', 'paid'),
  ...zh('paid', '已付', '已付款'),
  ...en('ar', 'ar'),
  ...zh('ar', '查询', '查'),
  ...en('overdue', 'overdue'),
  ...zh('overdue', '逾期'),
  ...en('plan', 'plan'),
  ...zh('plan', '计划'),
  ...en('result', 'result', 'results'),
  ...zh('result', '结果'),
  ...en('leave', 'leave'),
  ...zh('leave', '请假'),
  ...en('report', 'report'),
  ...zh('report', '报表'),
  ...en('setup', 'setup'),
  ...zh('setup', '绑定'),
  ...en('customer', 'customer'),
  ...zh('customer', '客户'),
  ...en('writeoff', 'writeoff', 'write-off', 'write_off'),
  ...zh('writeoff', '核销'),
  ...en('reassign', 'reassign', 'handover', 'hand-over'),
  ...zh('reassign', '交接', '移交'),
  ...en('confirm', 'confirm', 'statement'),
  ...zh('confirm', '对账', '询证'),
  ...en('help', 'help', '?'),
  ...zh('help', '帮助'),
];

const commandByWord = new Map(COMMAND_KEYWORDS.map((k) => [k.word, k]));

/** The command a word starts (already lower-cased and folded), or null. */
export function commandFromWord(word: string): CommandKeyword | null {
  return commandByWord.get(word) ?? null;
}

/** Names the bot may be addressed by before the command ("/duebot promise …"). */
export const BOT_NAMES: ReadonlySet<string> = new Set(['duebot', '回款助手']);

/** Words introducing the next follow-up date. */
export const NEXT_WORDS: ReadonlySet<string> = new Set(['next', '下次', '下次跟进']);

/** Words introducing a reason code in a follow-up. */
export const REASON_WORDS: ReadonlySet<string> = new Set(['reason', '原因']);

/** Words introducing a bank reference in a payment claim. */
export const REF_WORDS: ReadonlySet<string> = new Set(['ref', 'reference', '流水号', '参考号', '凭证号']);

/** Words introducing the bank of a payment claim. */
export const BANK_WORDS: ReadonlySet<string> = new Set(['bank', '银行']);

/** Words introducing the evidence of a write-off (court ruling, bankruptcy notice, agreement). */
export const EVIDENCE_WORDS: ReadonlySet<string> = new Set(['evidence', 'proof', '证据', '凭证', '依据']);

/** Words for "the whole outstanding amount". */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(['all', 'full', 'whole', '全部', '全额']);

/** The customer's answers to a balance confirmation. */
export const CONFIRM_REPLY_WORDS: ReadonlyMap<string, 'confirmed' | 'disputed'> = new Map([
  ['confirmed', 'confirmed'],
  ['agreed', 'confirmed'],
  ['ok', 'confirmed'],
  ['无误', 'confirmed'],
  ['相符', 'confirmed'],
  ['确认', 'confirmed'],
  ['disputed', 'disputed'],
  ['differs', 'disputed'],
  ['不符', 'disputed'],
  ['有误', 'disputed'],
  ['异议', 'disputed'],
]);

/** Words introducing the delegate who covers during a leave. */
export const DELEGATE_WORDS: ReadonlySet<string> = new Set(['delegate', 'cover', '代理', '委托', '代理人']);

/** Optional words between the first and last day of a leave. */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'until', '-', '~', '至', '到']);

/** Words for the outcome of a contact attempt. */
export const OUTCOME_WORDS: ReadonlyMap<string, ContactOutcome> = new Map<string, ContactOutcome>([
  ['contacted', 'contacted'],
  ['reached', 'contacted'],
  ['已联系', 'contacted'],
  ['已接通', 'contacted'],
  ['no_contact', 'no_contact'],
  ['no-contact', 'no_contact'],
  ['noanswer', 'no_contact'],
  ['no_answer', 'no_contact'],
  ['no-answer', 'no_contact'],
  ['unreachable', 'no_contact'],
  ['未接通', 'no_contact'],
  ['无人接听', 'no_contact'],
  ['联系不上', 'no_contact'],
  ['未联系上', 'no_contact'],
  ['失联', 'no_contact'],
]);

/** Words for whose overdue list to show. */
export const SCOPE_WORDS: ReadonlyMap<string, 'mine' | 'team'> = new Map<string, 'mine' | 'team'>([
  ['mine', 'mine'],
  ['me', 'mine'],
  ['my', 'mine'],
  ['我的', 'mine'],
  ['我', 'mine'],
  ['team', 'team'],
  ['all', 'team'],
  ['团队', 'team'],
  ['全部', 'team'],
]);

/** Words for the kinds of report. */
export const REPORT_WORDS: ReadonlyMap<string, ReportKind> = new Map<string, ReportKind>([
  ['weekly', 'weekly'],
  ['week', 'weekly'],
  ['周报', 'weekly'],
  ['逾期报表', 'weekly'],
  ['aging', 'aging'],
  ['ageing', 'aging'],
  ['账龄', 'aging'],
  ['账龄分析', 'aging'],
  ['kpi', 'kpi'],
  ['考核', 'kpi'],
  ['绩效', 'kpi'],
  ['forecast', 'forecast'],
  ['预测', 'forecast'],
  ['回款预测', 'forecast'],
]);

/** Words for the status finance gives a customer. */
export const CUSTOMER_STATUS_WORDS: ReadonlyMap<string, CustomerStatusWord> = new Map<
  string,
  CustomerStatusWord
>([
  ['hold', 'credit_hold'],
  ['credit_hold', 'credit_hold'],
  ['credit-hold', 'credit_hold'],
  ['停止供货', 'credit_hold'],
  ['停货', 'credit_hold'],
  ['legal', 'legal'],
  ['法务', 'legal'],
  ['诉讼', 'legal'],
  ['active', 'active'],
  ['normal', 'active'],
  ['resume', 'active'],
  ['正常', 'active'],
  ['恢复', 'active'],
]);

/** Words for how a dispute is settled: the customer will pay, or a credit note. */
export const RESOLUTION_WORDS: ReadonlyMap<string, 'will_pay' | 'credit_note'> = new Map<
  string,
  'will_pay' | 'credit_note'
>([
  ['pay', 'will_pay'],
  ['will_pay', 'will_pay'],
  ['will-pay', 'will_pay'],
  ['付款', 'will_pay'],
  ['客户付款', 'will_pay'],
  ['继续催收', 'will_pay'],
  ['credit', 'credit_note'],
  ['credit_note', 'credit_note'],
  ['credit-note', 'credit_note'],
  ['红字', 'credit_note'],
  ['红冲', 'credit_note'],
  ['贷项', 'credit_note'],
  ['折让', 'credit_note'],
]);
