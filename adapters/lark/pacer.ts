/**
 * Keeps Duebot within Lark's 5 messages per second per chat, so a long list and its thread cards
 * pace themselves instead of tripping the chat's send limit (230020) part-way through.
 */
export class ChatPacer {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly perSecond = 5,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Waits until one more message may go to `chat`, then counts it. */
  async take(chat: string): Promise<void> {
    for (;;) {
      const now = this.now();
      const recent = (this.sent.get(chat) ?? []).filter((at) => now - at < 1_000);
      if (recent.length < this.perSecond) {
        recent.push(now);
        this.sent.set(chat, recent);
        return;
      }
      this.sent.set(chat, recent);
      await this.sleep(1_000 - (now - (recent[0] ?? now)));
    }
  }
}
