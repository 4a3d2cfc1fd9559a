import type { Block, Message, OutgoingFile } from '../../chat/message.js';

/**
 * A report laid out for chat: the headline figures and one chart in the main message; tables, the
 * other charts and the spreadsheet in its thread.
 */
export interface ReportOutput {
  title: string;
  main: Message;
  thread: Message[];
  workbook: OutgoingFile;
}

/** A thread message of one part of a report: a heading, its blocks. */
export function part(title: string, blocks: Block[]): Message {
  return { text: title, blocks: [{ type: 'header', text: title }, ...blocks] };
}

/** A part with blocks added after its heading (`at` 1) or at its end. */
export function withBlocks(message: Message, extra: Block[], at: 'after_heading' | 'end' = 'end'): Message {
  const blocks =
    at === 'end'
      ? [...message.blocks, ...extra]
      : [...message.blocks.slice(0, 1), ...extra, ...message.blocks.slice(1)];
  return { ...message, blocks };
}

/**
 * The same report as one private answer: the main message, then every part of its thread, and the
 * buttons (posting it to the chat, with its spreadsheet) at the end.
 */
export function asPrivateAnswer(output: ReportOutput, buttons: Block[] = []): Message {
  const blocks: Block[] = [...output.main.blocks];
  for (const message of output.thread) {
    blocks.push({ type: 'divider' });
    for (const b of message.blocks)
      blocks.push(b.type === 'header' ? { type: 'text', text: `**${b.text}**` } : b);
  }
  blocks.push(...buttons);
  return { text: output.main.text, blocks };
}
