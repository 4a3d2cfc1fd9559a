/** A card element as Lark's card JSON 2.0 spells it: an object with a `tag`. */
export type CardElement = { tag: string } & Record<string, unknown>;

/** A Feishu/Lark interactive card in JSON 2.0. */
export interface Card {
  schema: '2.0';
  config: { update_multi: true; width_mode: 'fill' };
  header?: { title: { tag: 'plain_text'; content: string }; template: string };
  body: { elements: CardElement[] };
}

/** Lark's limits, with headroom: the platform rejects cards over 30 KB or 200 elements. */
export const CARD_BYTE_BUDGET = 28 * 1024;
export const CARD_ELEMENT_BUDGET = 180;
/** One markdown element stays well under the size of a card so long texts split by lines. */
export const MARKDOWN_CHUNK_BYTES = 8 * 1024;
/** Rows per table component; the card table pages 10 rows at a time. */
export const TABLE_ROWS_PER_COMPONENT = 50;

/** A plain-text node, used for titles, labels and button text. */
export function plain(content: string): { tag: 'plain_text'; content: string } {
  return { tag: 'plain_text', content };
}

/** Serialized size in bytes, as Lark measures the card it receives. */
export function byteSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

/** Counts every tagged node, which is what Lark's element limit counts. */
export function countElements(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countElements(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  const own = 'tag' in value ? 1 : 0;
  return Object.values(value).reduce((n: number, v) => n + countElements(v), own);
}
