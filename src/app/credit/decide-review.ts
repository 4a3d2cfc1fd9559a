import type { Form } from '../../chat/form.js';
import { formClosedSaying, privately, type Reply } from '../../chat/reply.js';
import type { DbOrTrx } from '../../db/connect.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { decideReview, reviewForDecision } from '../../db/repositories/credit-review.repository.js';
import { addCreditHistory } from '../../db/repositories/credit-watch.repository.js';
import type { CreditRating, ReviewDecision } from '../../db/schema/index.js';
import { localDateIn } from '../../domain/local-date.js';
import { type Messages, messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { readAmount } from '../items/field-readers.js';
import { money } from '../lists/labels.js';
import { updateDirects } from '../publish.js';
import { watchCredit } from './credit-watch.js';
import { REVIEW_HOLD, REVIEW_LIMIT, REVIEW_RATING } from './review-card.js';

const RATINGS: readonly CreditRating[] = ['A', 'B', 'C', 'D'];
type Review = NonNullable<Awaited<ReturnType<typeof reviewForDecision>>>;
type Change = { decision: ReviewDecision; rating?: CreditRating; limit?: number };

/** The refusal for a review this person may not decide or that is already decided; null when it is open to them. */
function refusal(actor: Actor, review: Review | undefined, m: Messages): string | null {
  if (!review) return m.review.gone;
  if (!(actor.role === 'admin' || (actor.role === 'manager' && actor.teamId === review.team_id)))
    return m.review.managerOnly;
  if (review.decision !== null) return m.review.decided(review.name, review.decided_by_name);
  return null;
}

async function loadReview(db: DbOrTrx, value: string): Promise<Review | undefined> {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? reviewForDecision(db, id) : undefined;
}

function decisionForm(formId: string, review: Review, m: Messages): Form {
  const limit = money(review.credit_limit, review.credit_currency);
  const intro = m.review.formIntro(review.name, review.external_id, review.rating, limit);
  const metadata = { review: String(review.id) };
  if (formId === REVIEW_RATING)
    return {
      formId,
      title: m.review.ratingFormTitle,
      submitLabel: m.review.save,
      intro,
      metadata,
      fields: [
        {
          id: 'rating',
          kind: 'select',
          label: m.review.ratingField,
          required: true,
          options: RATINGS.map((r) => ({ value: r, label: r })),
        },
      ],
    };
  return {
    formId,
    title: m.review.limitFormTitle,
    submitLabel: m.review.save,
    intro,
    metadata,
    fields: [
      {
        id: 'limit',
        kind: 'amount',
        currency: review.credit_currency,
        label: m.review.limitField(review.credit_currency),
        hint: m.review.limitHint,
        required: true,
      },
    ],
  };
}

/** A click on the review card: keep and hold decide at once; rating and limit open a short form. */
export async function onReviewButton(
  app: AppContext,
  actor: Actor,
  actionId: string,
  value: string,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  if (actionId === REVIEW_RATING || actionId === REVIEW_LIMIT) {
    const review = await loadReview(app.db, value);
    const refused = refusal(actor, review, m);
    if (refused || !review) return privately(refused ?? m.review.gone);
    return { kind: 'form', form: decisionForm(actionId, review, m) };
  }
  const decision: ReviewDecision = actionId === REVIEW_HOLD ? 'hold' : 'keep';
  return privately(await decide(app, actor, value, { decision }));
}

/** A submitted rating or limit form: checked field by field; nothing changes unless it is right. */
export async function onReviewForm(
  app: AppContext,
  actor: Actor,
  formId: string,
  values: Record<string, string>,
  metadata: Record<string, string>,
): Promise<Reply> {
  const m = messagesFor(actor.locale);
  const review = await loadReview(app.db, metadata.review ?? '');
  const refused = refusal(actor, review, m);
  if (refused || !review) return formClosedSaying(refused ?? m.review.gone);
  const form = decisionForm(formId, review, m);
  const again = (field: string, error: string): Reply => ({
    kind: 'form_errors',
    form: {
      ...form,
      fields: form.fields.map((f) => ({ ...f, initial: values[f.id] })),
      errors: { [field]: error },
    },
  });
  if (formId === REVIEW_RATING) {
    const rating = (values.rating ?? '').trim().toUpperCase() as CreditRating;
    if (!RATINGS.includes(rating)) return again('rating', m.errors.required);
    if (rating === review.rating) return again('rating', m.review.sameRating(rating));
    return formClosedSaying(await decide(app, actor, String(review.id), { decision: 'rating', rating }));
  }
  const read = readAmount(values.limit, review.credit_currency, Number.MAX_SAFE_INTEGER, m);
  if (!read.ok) return again('limit', read.error);
  return formClosedSaying(
    await decide(app, actor, String(review.id), { decision: 'limit', limit: read.value }),
  );
}

/**
 * Records a decision once: the customer's rating, limit or hold changes, the decision joins the
 * credit history and the audit log, and a hold (or a limit that lifts or causes one) is announced.
 */
async function decide(app: AppContext, actor: Actor, value: string, change: Change): Promise<string> {
  const m = messagesFor(actor.locale);
  const now = app.clock.now();
  const answer = await app.db.transaction().execute(async (trx) => {
    const review = await loadReview(trx, value);
    const refused = refusal(actor, review, m);
    if (refused || !review) return refused ?? m.review.gone;
    const before = { rating: review.rating, credit_limit: review.credit_limit, status: review.status };
    const after = {
      ...(change.rating ? { rating: change.rating } : {}),
      ...(change.limit !== undefined ? { credit_limit: change.limit } : {}),
      ...(change.decision === 'hold' && review.status !== 'credit_hold'
        ? { status: 'credit_hold' as const, hold_set_by: actor.personId, hold_set_at: now }
        : {}),
    };
    if (Object.keys(after).length > 0)
      await trx
        .updateTable('customers')
        .set({ ...after, updated_at: now })
        .where('id', '=', review.customer_id)
        .execute();
    await decideReview(trx, { id: review.id, decision: change.decision, personId: actor.personId, now });
    const limitText = (minor: number) => money(minor, review.credit_currency);
    const [from, to] =
      change.decision === 'rating'
        ? [review.rating, change.rating ?? review.rating]
        : change.decision === 'limit'
          ? [limitText(review.credit_limit), limitText(change.limit ?? review.credit_limit)]
          : [null, null];
    await addCreditHistory(trx, {
      customerId: review.customer_id,
      kind: 'review',
      detail: { review: review.id, decision: change.decision, from, to, triggers: review.triggers },
      personId: actor.personId,
      at: now,
    });
    await recordAudit(trx, {
      at: now,
      actorId: actor.personId,
      actorLabel: 'person',
      action: `credit_review.${change.decision}`,
      entity: 'customer',
      entityId: review.customer_id,
      before,
      after: { review: review.id, ...after },
    });
    const team = await trx
      .selectFrom('teams')
      .selectAll()
      .where('id', '=', review.team_id)
      .executeTakeFirstOrThrow();
    const ctx = { db: trx, platforms: app.platforms, now };
    let announced = false;
    if (change.decision === 'hold' || change.decision === 'limit') {
      const watch = await watchCredit(ctx, team, localDateIn(now, team.timezone), actor.personId);
      announced = watch.holdsOn.includes(review.customer_id);
    }
    // Every card of this review loses its buttons and says who decided what, so nobody decides twice.
    const tm = messagesFor(team.locale);
    const decided = tm.review.decidedCard(
      review.name,
      review.external_id,
      actor.name,
      tm.review.decisionText(change.decision, from, to),
    );
    await updateDirects(ctx, `credit-review:${review.id}:p`, {
      text: decided,
      blocks: [{ type: 'text', text: decided }],
    });
    if (change.decision === 'rating') return m.review.rated(review.name, from ?? '', to ?? '');
    if (change.decision === 'limit') return m.review.limited(review.name, from ?? '', to ?? '');
    if (change.decision === 'hold')
      return announced ? m.review.held(review.name) : m.review.heldAlready(review.name);
    return m.review.kept(review.name);
  });
  app.nudge();
  return answer;
}
