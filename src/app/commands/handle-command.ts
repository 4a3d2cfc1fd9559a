import type { ChannelRef, Interaction } from '../../chat/interaction.js';
import { privately, type Reply } from '../../chat/reply.js';
import { parseCommand } from '../../domain/command/parse.js';
import { localDateIn } from '../../domain/local-date.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { confirmBalance } from '../credit/balance-confirmation.js';
import { proposeWriteOff } from '../credit/write-off.js';
import { setCustomerStatus } from '../customers/set-customer-status.js';
import { resolveDispute } from '../disputes/resolve-dispute.js';
import { arLookup } from '../lookups/ar-lookup.js';
import { reassign } from '../people/reassign.js';
import { reportCommand } from '../reports/report-command.js';
import { recordLeave } from '../weekly/leave-command.js';
import { openPlan } from '../weekly/plan-flow.js';
import { openResult } from '../weekly/result-flow.js';
import { itemCommand } from './item-command.js';
import { overdueOverview } from './overdue-overview.js';
import { repayCommand } from './repay-command.js';
import type { Chosen } from './resolve-target.js';
import { setupChat } from './setup-chat.js';
import { readPick } from './which-one.js';

/**
 * Reads a command with the shared grammar and carries it out. `chosen` is the item or customer
 * picked from a "which one?" answer; the text is read again, so a click passes the same checks.
 */
async function runCommand(
  app: AppContext,
  actor: Actor,
  channel: ChannelRef | null,
  text: string,
  chosen: Chosen | null,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const parsed = parseCommand(text, { today: localDateIn(app.clock.now(), actor.timezone) });
  if (!parsed.ok)
    return privately(
      m.commands.error(parsed.error.code, {
        ...parsed.error.params,
        typed: parsed.typed ?? parsed.error.params.command,
      }),
    );
  const command = parsed.command;
  switch (command.kind) {
    case 'help':
      if (command.topic === null) return privately(m.commands.help);
      return privately(m.commands.helpOn(command.topic));
    case 'overdue':
      return privately(await overdueOverview(app, actor, command.scope));
    case 'ar':
      return arLookup(app, actor, command.target, text, chosen);
    case 'setup':
      return privately(await setupChat(app, actor, channel, command.team, command.purpose ?? 'collection'));
    case 'customer':
      return setCustomerStatus(app, actor, channel, command.target, command.status);
    case 'writeoff':
      return proposeWriteOff(app, actor, command);
    case 'reassign':
      return reassign(app, actor, command);
    case 'confirm':
      return confirmBalance(app, actor, channel, command);
    case 'plan':
      return openPlan(app, actor);
    case 'result':
      return openResult(app, actor);
    case 'leave':
      return privately(await recordLeave(app, actor, command));
    case 'report':
      return reportCommand(app, actor, channel, {
        kind: command.report,
        period: command.period,
        team: command.team,
      });
    case 'resolve':
      return resolveDispute(app, actor, command, text, chosen);
    case 'repay':
      return repayCommand(app, actor, command, text, chosen);
    case 'promise':
    case 'followup':
    case 'dispute':
    case 'paid':
      return itemCommand(app, actor, command, text, chosen);
  }
}

/** A typed command from any surface: parsed by the shared grammar, answered privately. */
export async function handleCommand(
  app: AppContext,
  actor: Actor,
  interaction: Extract<Interaction, { kind: 'command' }>,
): Promise<Reply> {
  return runCommand(app, actor, interaction.channel, interaction.text, null);
}

/** A click on a "which one?" button: the command it carries, applied to the chosen item or customer. */
export async function onPickButton(
  app: AppContext,
  actor: Actor,
  interaction: Extract<Interaction, { kind: 'action' }>,
): Promise<Reply> {
  const pick = readPick(interaction.actionId, interaction.value);
  if (!pick) return privately(messagesFor(actor.locale).errors.unknownAction);
  return runCommand(app, actor, interaction.channel, pick.text, pick.chosen);
}
