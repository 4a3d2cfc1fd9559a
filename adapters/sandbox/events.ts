import type { Rendered } from '../../src/chat/port.js';

/** A message as the page shows it: where it lives, its thread, and the content the bot sent. */
export interface MessageView {
  id: string;
  chatId: string | null;
  directUserId: string | null;
  threadId: string | null;
  content: Rendered;
  createdAt: string;
  updatedAt: string;
  edited: boolean;
  /** Counts edits, so a page can tell the newer of two copies of one message. */
  version: number;
}

/** What connected browsers are told about, as it happens. */
export type SandboxEvent =
  | { type: 'message'; message: MessageView }
  | { type: 'clock'; now: string; offsetMs: number };

export type SandboxListener = (event: SandboxEvent) => void;

/** Fans events out to every open page; a listener that throws never stops the others. */
export class SandboxEvents {
  private readonly listeners = new Set<SandboxListener>();

  subscribe(listener: SandboxListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(event: SandboxEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A page that went away mid-write is dropped by its own close handler.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
