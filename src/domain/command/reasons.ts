/**
 * Reasons customers give for not paying (拖欠原因), one per follow-up, so reports can show
 * why money is late and not just how late.
 */

/** Reason codes for non-payment. */
export type ReasonCode =
  | 'funds_tight'
  | 'quality_dispute'
  | 'awaiting_downstream'
  | 'invoice_not_received'
  | 'approval_in_progress'
  | 'reorganisation'
  | 'claims_paid'
  | 'deliberate_delay'
  | 'other';

/** A reason with its labels and the words that name it in commands. */
export interface ReasonInfo {
  code: ReasonCode;
  zh: string;
  en: string;
  /** Lower-case words accepted in commands, the code and the Chinese label included. */
  aliases: readonly string[];
}

/** The reasons in the order forms list them. */
export const REASONS: readonly ReasonInfo[] = [
  {
    code: 'funds_tight',
    zh: '资金紧张',
    en: 'Funds tight',
    aliases: ['funds_tight', 'funds', '资金紧张', '没钱'],
  },
  {
    code: 'quality_dispute',
    zh: '质量争议',
    en: 'Product or quality dispute',
    aliases: ['quality_dispute', 'quality', 'dispute', '质量争议', '质量问题'],
  },
  {
    code: 'awaiting_downstream',
    zh: '等下游回款',
    en: 'Waiting for downstream payment',
    aliases: ['awaiting_downstream', 'downstream', '等下游回款', '等回款', '下游未付'],
  },
  {
    code: 'invoice_not_received',
    zh: '未收到发票',
    en: 'Invoice not received',
    aliases: ['invoice_not_received', 'no_invoice', 'invoice', '未收到发票', '发票未到'],
  },
  {
    code: 'approval_in_progress',
    zh: '审批中',
    en: 'Approval in progress',
    aliases: ['approval_in_progress', 'approval', '审批中', '走审批', '走流程'],
  },
  {
    code: 'reorganisation',
    zh: '重组',
    en: 'Reorganisation',
    aliases: ['reorganisation', 'reorganization', 'restructuring', '重组', '改制'],
  },
  {
    code: 'claims_paid',
    zh: '称已付款',
    en: 'Claims already paid',
    aliases: ['claims_paid', 'already_paid', '称已付款', '已付款', '说已付'],
  },
  {
    code: 'deliberate_delay',
    zh: '恶意拖欠',
    en: 'Deliberate delay',
    aliases: ['deliberate_delay', 'deliberate', '恶意拖欠', '故意拖欠'],
  },
  { code: 'other', zh: '其他', en: 'Other', aliases: ['other', '其他', '其它'] },
];

const byAlias = new Map(REASONS.flatMap((r) => r.aliases.map((a) => [a, r.code] as const)));

/** The reason a word names (already lower-cased and folded), or null. */
export function reasonFromWord(word: string): ReasonCode | null {
  return byAlias.get(word) ?? null;
}
