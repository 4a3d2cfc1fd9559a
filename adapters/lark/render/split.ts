import { splitMarkdown } from './markdown.js';
import { byteSize, CARD_BYTE_BUDGET, CARD_ELEMENT_BUDGET, type CardElement, countElements } from './types.js';

/**
 * Packs runs of elements, in order, into as few groups as fit a card each. A run (an item's text
 * and its buttons) stays on one card when it fits one; an element too big for any card on its own
 * is halved (table rows, markdown lines) rather than dropped.
 */
export function packElements(
  runs: CardElement[][],
  overheadBytes: number,
  overheadElements = 0,
): CardElement[][] {
  const budget = CARD_BYTE_BUDGET - overheadBytes;
  // The card's own header counts toward the element limit too.
  const elements = CARD_ELEMENT_BUDGET - overheadElements;
  const groups: CardElement[][] = [];
  let current: CardElement[] = [];
  let bytes = 0;
  let count = 0;
  const place = (run: CardElement[]) => {
    const size = run.reduce((n, e) => n + byteSize(e) + 1, 0);
    const n = run.reduce((c, e) => c + countElements(e), 0);
    if (current.length > 0 && (bytes + size > budget || count + n > elements)) {
      groups.push(current);
      current = [];
      bytes = 0;
      count = 0;
    }
    current.push(...run);
    bytes += size;
    count += n;
  };
  for (const run of runs) {
    const fitted = run.flatMap((e) => shrinkToFit(e, budget));
    const size = fitted.reduce((n, e) => n + byteSize(e) + 1, 0);
    const n = fitted.reduce((c, e) => c + countElements(e), 0);
    if (size <= budget && n <= elements) place(fitted);
    else for (const element of fitted) place([element]);
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups;
}

function shrinkToFit(element: CardElement, budget: number): CardElement[] {
  if (byteSize(element) <= budget && countElements(element) <= CARD_ELEMENT_BUDGET) return [element];
  const halves = halve(element);
  if (!halves)
    throw new Error(`a ${element.tag} element is larger than a Lark card can hold and cannot be split`);
  return halves.flatMap((h) => shrinkToFit(h, budget));
}

function halve(element: CardElement): CardElement[] | null {
  if (element.tag === 'table' && Array.isArray(element.rows) && element.rows.length > 1) {
    const mid = Math.ceil(element.rows.length / 2);
    return [
      { ...element, rows: element.rows.slice(0, mid) },
      { ...element, rows: element.rows.slice(mid) },
    ];
  }
  if (element.tag === 'markdown' && typeof element.content === 'string') {
    const pieces = splitMarkdown(element.content, Math.ceil(Buffer.byteLength(element.content) / 2));
    if (pieces.length > 1) return pieces.map((content) => ({ ...element, content }));
  }
  if (element.tag === 'column_set' && Array.isArray(element.columns) && element.columns.length > 1) {
    const mid = Math.ceil(element.columns.length / 2);
    return [
      { ...element, columns: element.columns.slice(0, mid) },
      { ...element, columns: element.columns.slice(mid) },
    ];
  }
  return null;
}
