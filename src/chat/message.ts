/**
 * The neutral message model: what Duebot says, independent of any chat platform.
 * Adapters render it (Block Kit, Lark cards, the sandbox page) and enforce their own size limits
 * by splitting into pages or thread replies, never by dropping content.
 */

/** A reference to a person inside text: `<@person:42>`; adapters turn it into a platform mention. */
export function mention(personId: number): string {
  return `<@person:${personId}>`;
}

/** Finds the people mentioned in a text. */
export function mentionedPeople(text: string): number[] {
  return [...text.matchAll(/<@person:(\d+)>/g)].map((m) => Number(m[1]));
}

export interface Button {
  /** Routes the click: e.g. 'item.promise'. */
  actionId: string;
  label: string;
  /** Small opaque value carried back on click, e.g. 'r:1042:2026-11-23'. */
  value: string;
  style?: 'primary' | 'danger';
}

export interface TableColumn {
  key: string;
  label: string;
  align?: 'left' | 'right';
}

export type Block =
  | { type: 'header'; text: string }
  /** Markdown subset: **bold**, _italic_, `code`, line breaks, mentions. */
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'table'; columns: TableColumn[]; rows: Record<string, string>[] }
  | { type: 'actions'; buttons: Button[] }
  | { type: 'context'; text: string }
  | { type: 'file'; fileKey: string; name: string; title: string }
  /** A picture (PNG) with a one-line text summary that stands in for it wherever it cannot show. */
  | { type: 'image'; name: string; altText: string; contentBase64: string }
  | { type: 'divider' };

export interface Message {
  /** Plain-text fallback for notifications and surfaces without blocks. */
  text: string;
  blocks: Block[];
}

/** A file Duebot attaches: the bytes travel with the outbox row so delivery needs nothing else. */
export interface OutgoingFile {
  name: string;
  title: string;
  mimeType: string;
  contentBase64: string;
}

export const PNG_MIME = 'image/png';

/** The pictures of a message, in order. */
export function imagesOf(message: Message): Extract<Block, { type: 'image' }>[] {
  return message.blocks.filter((b): b is Extract<Block, { type: 'image' }> => b.type === 'image');
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
