import { COMMAND_NAMES, type CommandName } from '../domain/command/types.js';
import type { commandsEn } from './commands-en.js';

const EXAMPLES: Record<string, string> = {
  promise: '`承诺 INV-1042 5万 12月1日 财务已排款`',
  repay: '`还款计划 INV-1042 3万 12月15日 3万 1月15日 4万 2月15日 已与对方财务总监确认`',
  followup: '`跟进 INV-1042 电话 对方在走审批 下次 下周一`',
  dispute: '`争议 INV-1042 两托货物破损 @李雷`',
  resolve: '`解决争议 INV-1042 付款` 或 `解决争议 INV-1042 红字 5000 CN-2026-118`',
  paid: '`已付 INV-1042 5万 11月20日 ref 2026112012345`',
  ar: '`查询 INV-1042` 或 `查询 华东机电`',
  overdue: '`逾期 我的`、`逾期 团队`',
  plan: '`计划`',
  result: '`结果`',
  leave: '`请假 12月1日 12月5日 代理 @王芳`',
  report: '`报表 周报 2026-W47`、`报表 账龄 2026-11`、`报表 考核`、`报表 预测`',
  setup: '`绑定 east`、`绑定 east 报表`、`绑定 全部 报表`',
  customer: '`客户 C001 停止供货`、`客户 华东机电 法务`、`客户 C001 正常`',
  writeoff: '`核销 INV-1042 全部 客户破产 证据 (2026)沪0115破字第12号`',
  reassign: '`交接 @李雷 @王芳` 或 `交接 @李雷 @王芳 C001 华东机电`',
  confirm: '`对账 C001`、`对账 C001 无误 11月28日`、`对账 C001 不符 4.8万 11月28日`',
  help: '`帮助 承诺`',
};

const HELP_ON: Record<string, string> = {
  promise: '`承诺 <发票号或客户> <金额> <日期> [备注]`：客户承诺付款。',
  repay:
    '`还款计划 <发票号或客户> <金额> <日期> [<金额> <日期> …] [备注]`：分期还款计划，最多 12 期，日期逐期递增，合计不超过欠款；还款协议（.docx）随后发在话题中。',
  followup: '`跟进 <发票号或客户> <方式> [未接通] [原因 <原因>] <备注> [下次 <日期>]`：登记一次催收。',
  dispute: '`争议 <发票号> <说明> [@同事 …]`：客户对发票有争议；由你负责，@到的同事协助处理。',
  resolve:
    '`解决争议 <发票号> 付款 [备注]` 或 `解决争议 <发票号> 红字 <金额> <红字发票号> [备注]`：主管或财务处理争议：客户同意付款（恢复催收），或开具红字发票冲减欠款。',
  paid: '`已付 <发票号> <金额> <日期> [流水号 <号码>] [银行 <银行>]`：客户称已付款，由财务核对。',
  ar: '`查询 <客户或发票号>`：客户的账龄欠款、信用、承诺、跟进和建议下一步。',
  overdue: '`逾期 [我的 | 团队 | @某人]`：按优先级列出逾期款项。',
  setup:
    '`绑定 <团队> [报表]`：把本群设为该团队的催收群，加“报表”则设为报表群；`绑定 全部 报表` 设为所有团队的报表群（仅财务管理员）。',
  report:
    '`报表 [周报 | 账龄 | 考核 | 预测] [2026-W47 | 2026-11]`：逾期报表、账龄分析报告、收款考核或回款预测，仅你可见；主管和财务可以发到群里。',
  customer: '`客户 <客户> 停止供货 | 法务 | 正常`：停止供货、转法务处理或恢复正常催收（仅财务管理员）。',
  writeoff:
    '`核销 <发票号> <金额 | 全部> <原因> 证据 <文书编号>`：财务提出核销一笔款项（或其中一部分），须由另一位财务或主管审批。',
  plan: '`计划`：打开本周的收款计划表单（每周一提醒填写）。',
  result: '`结果`：打开本周的收款结果表单（每周五提醒填写）。',
  leave:
    '`请假 <开始日期> [至] <结束日期> [代理 @同事]`：请假期间不再提醒你，代理同事负责你的款项；主管和财务可为他人登记：`请假 @某人 …`。',
  reassign:
    '`交接 @原负责人 @接手人 [客户 …]`：主管把收款员的款项（全部或指定客户的）及未了结的承诺移交给接手人，接手人收到交接清单。',
  confirm:
    '`对账 <客户> [无误 [日期] | 不符 <客户记录的金额> [日期]]`：不带回复时，生成列明全部未结款项并附回执的对账函（询证函），发到团队群；带回复时，登记客户的回函结果和日期。',
  help: '`帮助 [命令]`：查看可用命令。',
};

const ARGUMENTS: Record<string, string> = {
  target: '发票号或客户',
  amount: '金额',
  date: '日期',
  method: '跟进方式（电话、微信、邮件、短信、上门、催款函、律师函）',
  note: '备注',
  scope: '我的、团队 或 @某人',
  from: '开始日期',
  to: '结束日期',
  team: '团队',
  status: '状态：停止供货、法务 或 正常',
  reason: '原因',
  outcome: '处理方式：付款 或 红字',
  ref: '编号（红字发票号）',
  evidence: '“证据”后写明依据（法院裁定书、破产公告、和解协议等）',
  predecessor: '移交人（写成 @姓名）',
  successor: '接手人（写成 @姓名）',
};

/** 每个命令的中文命令词。 */
const WORDS: Record<CommandName, string> = {
  promise: '承诺',
  repay: '还款计划（分期）',
  followup: '跟进',
  dispute: '争议',
  resolve: '解决争议',
  paid: '已付',
  ar: '查询',
  overdue: '逾期',
  plan: '计划',
  result: '结果',
  leave: '请假',
  report: '报表',
  setup: '绑定',
  customer: '客户',
  writeoff: '核销',
  reassign: '交接',
  confirm: '对账',
  help: '帮助',
};

/** `帮助` 中每个命令一行；每个命令都有。 */
const SUMMARIES: Record<CommandName, string> = {
  promise: '登记承诺付款',
  repay: '登记分期还款计划',
  followup: '登记催收跟进',
  dispute: '登记争议',
  resolve: '处理争议（主管、财务）',
  paid: '客户称已付款',
  ar: '客户欠款、承诺与跟进记录',
  overdue: '查看逾期款项',
  plan: '本周收款计划（周一填报表单）',
  result: '本周收款结果（周五填报表单）',
  leave: '请假期间不提醒，由同事代管你的款项',
  report: '报表与考核',
  setup: '把本群绑定到团队（财务管理员）',
  customer: '停止供货、转法务或恢复正常（仅财务管理员）',
  writeoff: '提出核销（财务提出，另一人审批）',
  reassign: '把收款员的款项移交给接手人（主管）',
  confirm: '对账函（询证函）及客户回函',
  help: '显示本列表；`帮助 承诺` 查看单个命令',
};

/** 命令相关的中文文案：示例、帮助和每种语法错误。 */
export const commandsZh: typeof commandsEn = {
  example: (command) => EXAMPLES[command] ?? EXAMPLES.help ?? '',
  help: [
    '**可用命令**（中英文均可）：',
    ...COMMAND_NAMES.map((c) =>
      c === 'help' ? `• 帮助：${SUMMARIES.help}` : `• ${WORDS[c]}：${SUMMARIES[c]}，${EXAMPLES[c]}`,
    ),
    '金额写法：50000、50,000.00、¥5万、5w、1.2万、3k。日期写法：2026-12-01、12/1、12月1日、明天、下周五、+3d。',
  ].join('\n'),
  helpOn: (command) => {
    const example = EXAMPLES[command];
    return `${HELP_ON[command] ?? `"${command}"`}${example ? `\n示例：${example}` : ''}`;
  },
  error: (code, p) => {
    const token = p.token ?? '';
    const example = p.command ? ` 示例：${EXAMPLES[p.command] ?? ''}` : '';
    switch (code) {
      case 'command_empty':
        return `请输入命令，例如 ${EXAMPLES.promise}。输入"帮助"查看全部命令。`;
      case 'command_unknown':
        return `不认识命令"${token}"。输入"帮助"查看可用命令。`;
      case 'argument_missing':
        return `"${p.typed ?? p.command}"缺少${ARGUMENTS[p.argument ?? ''] ?? p.argument}。${example}`;
      case 'argument_unexpected':
        return `这里不应出现"${token}"。${example}`;
      case 'command_too_long':
        return `这条消息太长，不能作为命令：共 ${token} 个字符，命令最多 ${p.limit ?? 0} 个字符。示例：${EXAMPLES.promise}`;
      case 'quote_unclosed':
        return `引号没有闭合：${token}`;
      case 'method_unknown':
        return `"${token}"不是跟进方式：请用 电话、微信、邮件、短信、上门、催款函 或 律师函。${example}`;
      case 'reason_unknown':
        return `不认识原因"${token}"：资金紧张、质量争议、等下游回款、未收到发票、审批中、重组、称已付款、恶意拖欠、其他。`;
      case 'scope_invalid':
        return `"${token}"无法列出：请用 我的、团队 或 @某人。`;
      case 'plan_too_many':
        return `还款计划最多 12 期，"${token}"是第 13 期。${example}`;
      case 'plan_dates_not_rising':
        return `"${token}"不晚于上一期：每一期的日期须晚于上一期。${example}`;
      case 'resolution_unknown':
        return `"${token}"不是争议处理方式：请用 付款（客户同意付款）或 红字 <金额> <编号>。${example}`;
      case 'status_unknown':
        return `"${token}"不是客户状态：请用 停止供货、法务 或 正常。${example}`;
      case 'report_kind_unknown':
        return `没有"${token}"这种报表：周报、账龄、考核 或 预测。${example}`;
      case 'mention_expected':
        return `"${token}"应是一个人，请写成 @姓名。${example}`;
      case 'leave_range_inverted':
        return `请假结束日期早于开始日期。${example}`;
      case 'date_in_past':
        return `"${token}"已经过去，承诺日期须为今天或以后。${example}`;
      case 'date_in_future':
        return `"${token}"还没到，付款日期不能晚于今天。${example}`;
      case 'amount_zero':
        return `金额必须大于零。${example}`;
      case 'amount_negative':
        return `"${token}"是负数，请去掉负号。${example}`;
      case 'amount_too_precise':
        return `"${token}"的小数位超过了该币种允许的位数。${example}`;
      case 'amount_too_large':
        return `"${token}"超出了可精确记录的金额范围。${example}`;
      case 'amount_empty':
      case 'amount_invalid':
        return `无法识别金额"${token}"，请写成 50000 或 5万。${example}`;
      case 'date_nonexistent':
        return `"${token}"不是一个真实存在的日期。${example}`;
      case 'date_passed':
        return `${token} 已经过去——如指明年，请写 ${p.suggestion ?? ''}。${example}`;
      default:
        return `无法识别日期"${token}"，请写成 2026-12-01、12/1、12月1日 或 下周五。${example}`;
    }
  },
  whichItem: (target, count) => `"${target}"对应 ${count} 笔未结款项，请选择：`,
  whichCustomer: (target, count) => `"${target}"对应 ${count} 个客户，请选择：`,
  itemChoice: (invoice, customer, amount, due) => `${invoice} · ${customer} · ${amount} · ${due} 到期`,
  andMore: (count) => `……另有 ${count} 笔`,
  nameTheInvoice: '请带上发票号或客户全称重新输入命令。',
  pickGone: '该选项已不可用，未保存任何内容。请重新输入命令。',
  noMatch: (target) => `没有找到你可以处理的"${target}"未结款项，请核对发票号或客户名称。`,
  noCustomer: (target) => `没有找到你可以查询的客户或发票"${target}"。`,
  noPerson: (who) => `不认识 ${who}，请使用花名册中的姓名或邮箱。`,
  settled: (invoice) => `${invoice} 已结清，未保存任何内容。`,
  notYours: (invoice) => `${invoice} 不由你负责：只有其催收员、主管或财务可以处理。未保存任何内容。`,
  setupAdminOnly: '只有财务管理员可以把群绑定到团队。',
  setupNeedsChat: '请在要绑定的群里输入 `绑定 <团队>`。',
  setupNoTeam: (team, codes) => `没有团队"${team}"。现有团队：${codes.join('、')}。`,
  setupAlready: (team) => `本群已是 ${team} 的催收群。`,
  setupMoved: (from, to) => `✓ 本群已从 ${from} 改绑到 ${to}。`,
  setupBound: (team) => `✓ 本群已绑定为 ${team} 的催收群。`,
  setupPeople: (found, missing) =>
    [
      found > 0 ? `已按邮箱匹配到 ${found} 位团队成员。` : '',
      missing.length > 0
        ? `未按邮箱找到：${missing.join('、')}。他们第一次给我发消息时会自动识别；或在名册中更正邮箱后再次执行 setup。`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  allTeams: '所有团队',
  listHeader: (who, count) => `${who}：${count} 笔逾期`,
};
