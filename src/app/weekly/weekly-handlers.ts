import type { Reply } from '../../chat/reply.js';
import { privately } from '../../chat/reply.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { openPlan, submitPlan } from './plan-flow.js';
import { PLAN_FORM } from './plan-form.js';
import { PLAN_BUTTON, RESULT_BUTTON } from './prompts.js';
import { openResult, submitResult } from './result-flow.js';
import { RESULT_FORM } from './result-form.js';

/** True for the buttons of the weekly prompts. */
export function isWeeklyAction(actionId: string): boolean {
  return actionId === PLAN_BUTTON || actionId === RESULT_BUTTON;
}

/** True for the plan and result forms. */
export function isWeeklyForm(formId: string): boolean {
  return formId === PLAN_FORM || formId === RESULT_FORM;
}

/** A click on a weekly prompt: opens the plan or the result form. */
export function onWeeklyButton(app: AppContext, actor: Actor, actionId: string): Promise<Reply> {
  return actionId === PLAN_BUTTON ? openPlan(app, actor) : openResult(app, actor);
}

/** A submitted plan or result form. */
export async function onWeeklyForm(
  app: AppContext,
  actor: Actor,
  formId: string,
  values: Record<string, string>,
  metadata: Record<string, string>,
): Promise<Reply> {
  if (formId === PLAN_FORM) return submitPlan(app, actor, values, metadata);
  if (formId === RESULT_FORM) return submitResult(app, actor, values, metadata);
  return privately(messagesFor(actor.locale).errors.unknownAction);
}
