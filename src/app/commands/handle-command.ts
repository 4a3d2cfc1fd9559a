import type { Interaction } from '../../chat/interaction.js';
import { privately, type Reply } from '../../chat/reply.js';
import { parseCommand } from '../../domain/command/parse.js';
import type { Command } from '../../domain/command/types.js';
import { localDateIn } from '../../domain/local-date.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { readAmount } from '../items/field-readers.js';
import type { ItemInContext } from '../items/item-access.js';
import { notifyFinanceOfClaim } from '../items/paid-claim-notice.js';
import { saveDispute, saveFollowUp, savePaidClaim, savePromise } from '../items/save-answers.js';
import { money } from '../lists/labels.js';
import { redrawListMessage } from '../lists/redraw.js';
import { overdueOverview } from './overdue-overview.js';
import { resolveTarget } from './resolve-target.js';

async function teamClock(
  app: AppContext,
  actor: Actor,
  interaction: Interaction,
): Promise<{ timezone: string }> {
  const channel = interaction.channel;
  const row =
    (channel &&
      (await app.db
        .selectFrom('channels')
        .innerJoin('teams', 'teams.id', 'channels.team_id')
        .select('teams.timezone')
        .where('channels.platform', '=', channel.platform)
        .where('channels.platform_chat_id', '=', channel.chatId)
        .executeTakeFirst())) ||
    (actor.teamId
      ? await app.db.selectFrom('teams').select('timezone').where('id', '=', actor.teamId).executeTakeFirst()
      : undefined);
  return { timezone: row?.timezone ?? 'Asia/Shanghai' };
}

/** A typed command from any surface: parsed by the shared grammar, answered privately. */
export async function handleCommand(
  app: AppContext,
  actor: Actor,
  interaction: Extract<Interaction, { kind: 'command' }>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const { timezone } = await teamClock(app, actor, interaction);
  const parsed = parseCommand(interaction.text, { today: localDateIn(app.clock.now(), timezone) });
  if (!parsed.ok) return privately(m.commands.error(parsed.error.code, parsed.error.params));
  const command = parsed.command;
  switch (command.kind) {
    case 'help':
      return privately(m.commands.help);
    case 'overdue':
      return privately(await overdueOverview(app, actor, command.scope));
    case 'promise':
    case 'followup':
    case 'dispute':
    case 'paid':
      return itemCommand(app, actor, command);
    default:
      return privately(m.commands.notYet(command.kind));
  }
}

type ItemCommand = Extract<Command, { kind: 'promise' | 'followup' | 'dispute' | 'paid' }>;

async function itemCommand(app: AppContext, actor: Actor, command: ItemCommand): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const now = app.clock.now();
  const found = await resolveTarget(app.db, actor, command.target, now);
  if (found.kind === 'none') return privately(m.commands.noMatch(command.target.text));
  if (found.kind === 'several')
    return privately(m.commands.whichOne(command.target.text, found.invoices.join(', ')));
  const item = found.item;
  let amount = 0;
  if (command.kind === 'promise' || command.kind === 'paid') {
    // The grammar reads amounts as two-decimal currencies; re-read in the item's own currency.
    const checked = readAmount(command.amount.text, item.currency, item.outstanding, m);
    if (!checked.ok) return privately(checked.error);
    amount = checked.value;
  }
  const answer = await app.db.transaction().execute(async (trx) => {
    const ctx = { db: trx, platforms: app.platforms, now };
    const text = await save(trx, actor, item, command, amount, now, ctx, m);
    await redrawListMessage(ctx, item.list.key);
    return text;
  });
  app.nudge();
  return privately(`✓ ${item.customerName} · ${item.invoiceNo}: ${answer}`);
}

async function save(
  trx: Parameters<typeof savePromise>[0],
  actor: Actor,
  item: ItemInContext,
  command: ItemCommand,
  amount: number,
  now: Date,
  ctx: Parameters<typeof notifyFinanceOfClaim>[0],
  m: ReturnType<typeof messagesFor>,
): Promise<string> {
  switch (command.kind) {
    case 'promise':
      await savePromise(trx, actor, item, { amount, date: command.date, note: command.note }, now);
      return m.done.promised(money(amount, item.currency), command.date);
    case 'followup':
      await saveFollowUp(
        trx,
        actor,
        item,
        {
          method: command.method,
          outcome: command.outcome,
          reason: command.reason,
          note: command.note,
          next: command.nextDate,
        },
        now,
      );
      return m.done.saved;
    case 'dispute':
      await saveDispute(trx, actor, item, { reason: 'quality_dispute', note: command.note }, now);
      return m.done.saved;
    case 'paid': {
      const claim = { amount, date: command.date, bank: command.bank, reference: command.ref };
      const id = await savePaidClaim(trx, actor, item, claim, now);
      await notifyFinanceOfClaim(ctx, actor, item, id, claim);
      return m.done.claimedPaid(money(amount, item.currency), command.date);
    }
  }
}
