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
