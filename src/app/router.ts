import type { Interaction } from '../chat/interaction.js';
import { privately, type Reply } from '../chat/reply.js';
import { teamOfConversation } from '../db/repositories/chat-team.repository.js';
import { asLocale, messagesFor } from '../locale/index.js';
import { resolveActor } from './actor.js';
import { isClaimAction } from './claims/claim-buttons.js';
import { onClaimButton } from './claims/decide-claim.js';
import { handleCommand, onPickButton } from './commands/handle-command.js';
import { isPickAction } from './commands/which-one.js';
import { onRepayButton, onRepayForm, REPAY_BUTTON, REPAY_FORM } from './commitments/repayment-form.js';
import type { AppContext } from './context.js';
import { onReviewButton, onReviewForm } from './credit/decide-review.js';
import { isReviewAction } from './credit/review-card.js';
import { onRiskButton, onRiskForm, RISK_SIGNAL } from './credit/risk-signal.js';
import { decideWriteOff, isWriteOffAction } from './credit/write-off.js';
import { isDisputeAction, onDisputeButton, onDisputeForm } from './disputes/dispute-buttons.js';
import { DISPUTE_CREDIT } from './disputes/open-dispute.js';
import { isImportAction, onFileSent, onImportButton } from './imports/chat-file.js';
import { onApprovalButton } from './items/approvals.js';
import { isItemAction, onItemButton, onItemForm } from './items/item-handlers.js';
import {
  isMorningAction,
  isMorningForm,
  onCustomerPromiseForm,
  onMorningButton,
} from './lists/morning-buttons.js';
import { isReportAction, onReportButton } from './reports/report-command.js';
import { isWeeklyAction, isWeeklyForm, onWeeklyButton, onWeeklyForm } from './weekly/weekly-handlers.js';

async function channelLocale(app: AppContext, interaction: Interaction) {
  return asLocale((await teamOfConversation(app.db, interaction.channel, null))?.locale ?? 'zh-CN');
}

/**
 * The one entry point for everything people do: resolves who acted, routes to the use case, and
 * turns any unexpected failure into a private apology (nothing half-saved: use cases are transactional).
 */
export async function route(app: AppContext, interaction: Interaction): Promise<Reply> {
  try {
    const actor = await resolveActor(app.db, interaction.user, interaction.channel, app.clock.now());
    if (!actor) return privately(messagesFor(await channelLocale(app, interaction)).errors.notInRoster);
    switch (interaction.kind) {
      case 'action':
        if (isItemAction(interaction.actionId))
          return await onItemButton(app, actor, interaction.actionId, interaction.value);
        if (isDisputeAction(interaction.actionId))
          return await onDisputeButton(app, actor, interaction.actionId, interaction.value);
        if (interaction.actionId === REPAY_BUTTON) return await onRepayButton(app, actor, interaction.value);
        if (isMorningAction(interaction.actionId))
          return await onMorningButton(app, actor, interaction.actionId, interaction.value);
        if (isClaimAction(interaction.actionId))
          return await onClaimButton(app, actor, interaction.actionId, interaction.value);
        if (isPickAction(interaction.actionId)) return await onPickButton(app, actor, interaction);
        if (isWeeklyAction(interaction.actionId))
          return await onWeeklyButton(app, actor, interaction.actionId);
        if (isReportAction(interaction.actionId)) return await onReportButton(app, actor, interaction.value);
        if (isImportAction(interaction.actionId)) return await onImportButton(app, actor, interaction);
        if (isWriteOffAction(interaction.actionId))
          return await decideWriteOff(app, actor, interaction.actionId, interaction.value);
        if (interaction.actionId === RISK_SIGNAL) return await onRiskButton(app, actor, interaction.value);
        if (isReviewAction(interaction.actionId))
          return await onReviewButton(app, actor, interaction.actionId, interaction.value);
        if (interaction.actionId.startsWith('approval.'))
          return await onApprovalButton(app, actor, interaction.actionId, interaction.value);
        return privately(messagesFor(actor.locale).errors.unknownAction);
      case 'form_submit':
        if (interaction.formId === DISPUTE_CREDIT)
          return await onDisputeForm(app, actor, interaction.values, interaction.metadata);
        if (interaction.formId === REPAY_FORM)
          return await onRepayForm(app, actor, interaction.values, interaction.metadata);
        if (isMorningForm(interaction.formId))
          return await onCustomerPromiseForm(app, actor, interaction.values, interaction.metadata);
        if (interaction.formId === RISK_SIGNAL)
          return await onRiskForm(app, actor, interaction.values, interaction.metadata);
        if (isReviewAction(interaction.formId))
          return await onReviewForm(app, actor, interaction.formId, interaction.values, interaction.metadata);
        if (isWeeklyForm(interaction.formId))
          return await onWeeklyForm(app, actor, interaction.formId, interaction.values, interaction.metadata);
        return await onItemForm(app, actor, interaction.formId, interaction.values, interaction.metadata);
      case 'command':
        return await handleCommand(app, actor, interaction);
      case 'file':
        return await onFileSent(app, actor, interaction);
    }
  } catch (err) {
    app.logger.error({ err, kind: interaction.kind }, 'could not handle an interaction');
    return privately(
      messagesFor(await channelLocale(app, interaction).catch(() => asLocale('zh-CN'))).errors.internal,
    );
  }
}
