import type { Page } from 'playwright-core';

// Measurements taken inside the sandbox page. The code runs in the browser, so it is written as
// the page's own JavaScript (this project's type checking has no DOM).

/** What one answer cost: click to the updated item painted, in the page's own clock. */
export interface AnswerTiming {
  /** Null when the item was not redrawn within the limit (the answer changed nothing on screen). */
  clickMs: number | null;
  messageId: string;
  /** The button's value, so the next answer takes another item. */
  value: string;
}

const SIZE = `(() => ({
  elements: document.getElementsByTagName('*').length,
  buttons: document.getElementsByTagName('button').length,
  height: document.getElementById('messages')?.scrollHeight ?? 0,
}))()`;

/** The first button matching the selector whose value is not among those used. */
const FIND = `(selector, used) => [...document.querySelectorAll(selector)].find((b) => !used.includes(b.dataset.value ?? ''))`;

// A long part continues in messages of its own; the collector is mentioned in the first of them.
const OWNER = `(({ selector, used }) => {
  const button = (${FIND})(selector, used);
  if (!button) return null;
  for (let at = button.closest('article'); at; at = at.previousElementSibling) {
    const mention = at.querySelector('[data-testid="mention"]');
    if (mention) return { owner: mention.getAttribute('title'), value: button.dataset.value ?? '' };
  }
  return { owner: null, value: button.dataset.value ?? '' };
})`;

/** How long a click may wait for its item to be redrawn before it counts as not redrawn. */
export const REDRAW_LIMIT_MS = 5_000;

const CLICK = `(async ({ selector, used }) => {
  const button = (${FIND})(selector, used);
  const article = button?.closest('article[data-message-id]');
  if (!button || !article) return null;
  const id = article.dataset.messageId;
  const version = article.dataset.version;
  button.scrollIntoView({ block: 'center' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  button.click();
  const redrawn = await new Promise((resolve) => {
    const check = () => {
      const now = document.querySelector('article[data-message-id="' + id + '"]');
      if (now && now.dataset.version !== version) requestAnimationFrame(() => resolve(true));
      else if (performance.now() - started > ${REDRAW_LIMIT_MS}) resolve(false);
      else requestAnimationFrame(check);
    };
    check();
  });
  const value = button.dataset.value ?? '';
  return redrawn ? { clickMs: performance.now() - started, messageId: id, value } : { clickMs: null, messageId: id, value };
})`;

/** The elements, buttons and height of the message list as it stands. */
export function pageSize(page: Page): Promise<{ elements: number; buttons: number; height: number }> {
  return page.evaluate(SIZE);
}

const REVEAL = `(async ({ selector, used }) => {
  const list = document.getElementById('messages');
  for (let i = 0; i < 400; i++) {
    if ((${FIND})(selector, used)) return true;
    if (list.scrollTop === 0 && i > 20) return false;
    list.scrollTop = Math.max(0, list.scrollTop - 1200);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  return false;
})`;

/** Scrolls up through today's posts until an unanswered button of `selector` is drawn. */
export function reveal(page: Page, selector: string, used: string[]): Promise<boolean> {
  return page.evaluate(`${REVEAL}(${JSON.stringify({ selector, used })})`);
}

/**
 * The e-mail of the collector the next unanswered button's part is for (null when no mention of
 * theirs is on screen) and the button's value; null when no such button is left.
 */
export function ownerOfNext(
  page: Page,
  selector: string,
  used: string[],
): Promise<{ owner: string | null; value: string } | null> {
  return page.evaluate(`${OWNER}(${JSON.stringify({ selector, used })})`);
}

/**
 * Clicks the first button of `selector` not clicked before and times it until the message that
 * holds it is shown in its edited version (the next frame painted); null when none is left.
 */
export function timeClick(page: Page, selector: string, used: string[]): Promise<AnswerTiming | null> {
  return page.evaluate(`${CLICK}(${JSON.stringify({ selector, used })})`);
}

const OPEN = `(({ selector, used }) => {
  const button = (${FIND})(selector, used);
  if (!button) return null;
  button.scrollIntoView({ block: 'center' });
  button.click();
  return button.dataset.value ?? '';
})`;

const SUBMIT = `(async ({ value }) => {
  const holder = [...document.querySelectorAll('article[data-message-id]')].find((a) =>
    [...a.querySelectorAll('button')].some((b) => b.dataset.value === value),
  );
  if (!holder) return null;
  const id = holder.dataset.messageId;
  const version = holder.dataset.version;
  const started = performance.now();
  document.querySelector('[data-testid="form-submit"]').click();
  const redrawn = await new Promise((resolve) => {
    const check = () => {
      const now = document.querySelector('article[data-message-id="' + id + '"]');
      if (now && now.dataset.version !== version) requestAnimationFrame(() => resolve(true));
      else if (performance.now() - started > ${REDRAW_LIMIT_MS}) resolve(false);
      else requestAnimationFrame(check);
    };
    check();
  });
  return { clickMs: redrawn ? performance.now() - started : null, messageId: id, value };
})`;

/**
 * Answers the first unused item of `selector` through its form: opens it, fills `fields` (by
 * field id), then times the submit click until the item's message is shown in its edited version.
 */
export async function timeFormAnswer(
  page: Page,
  selector: string,
  used: string[],
  fields: Record<string, string>,
): Promise<AnswerTiming | null> {
  const value: string | null = await page.evaluate(`${OPEN}(${JSON.stringify({ selector, used })})`);
  if (value === null) return null;
  const dialog = page.getByTestId('form-dialog');
  const first = Object.keys(fields)[0] ?? '';
  try {
    await dialog.getByTestId(`field-${first}`).waitFor({ state: 'visible', timeout: REDRAW_LIMIT_MS });
  } catch {
    return { clickMs: null, messageId: '', value };
  }
  for (const [id, text] of Object.entries(fields)) await dialog.getByTestId(`field-${id}`).fill(text);
  return page.evaluate(`${SUBMIT}(${JSON.stringify({ value })})`);
}
