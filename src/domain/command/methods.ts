/**
 * How a collector followed up (催收方式), with the words accepted for each in commands.
 */

/** Follow-up channels, from a phone call to a lawyer's letter. */
export type FollowUpMethod =
  | 'phone'
  | 'im'
  | 'email'
  | 'sms'
  | 'visit'
  | 'letter'
  | 'lawyer_letter'
  | 'other';

/** A follow-up method with its labels and the words that name it. */
export interface FollowUpMethodInfo {
  code: FollowUpMethod;
  zh: string;
  en: string;
  /** Lower-case words accepted in commands, the code itself included. */
  aliases: readonly string[];
}

/** The follow-up methods in the order forms list them. */
export const FOLLOW_UP_METHODS: readonly FollowUpMethodInfo[] = [
  { code: 'phone', zh: '电话', en: 'Phone', aliases: ['phone', 'call', 'tel', '电话', '打电话', '致电'] },
  {
    code: 'im',
    zh: '即时消息',
    en: 'IM',
    aliases: ['im', 'wechat', 'weixin', 'chat', 'lark', 'feishu', '微信', '飞书', '企业微信', '钉钉', '消息'],
  },
  { code: 'email', zh: '邮件', en: 'Email', aliases: ['email', 'e-mail', 'mail', '邮件', '电邮'] },
  { code: 'sms', zh: '短信', en: 'SMS', aliases: ['sms', 'text', '短信'] },
  { code: 'visit', zh: '上门', en: 'Visit', aliases: ['visit', '上门', '拜访', '面谈'] },
  { code: 'letter', zh: '催款函', en: 'Collection letter', aliases: ['letter', '催款函', '催收函'] },
  {
    code: 'lawyer_letter',
    zh: '律师函',
    en: "Lawyer's letter",
    aliases: ['lawyer_letter', 'lawyer-letter', 'lawyer', '律师函'],
  },
  { code: 'other', zh: '其他', en: 'Other', aliases: ['other', '其他', '其它'] },
];

const byAlias = new Map(FOLLOW_UP_METHODS.flatMap((m) => m.aliases.map((a) => [a, m.code] as const)));

/** The method a word names (already lower-cased and folded), or null. */
export function followUpMethodFromWord(word: string): FollowUpMethod | null {
  return byAlias.get(word) ?? null;
}
