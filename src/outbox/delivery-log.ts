import { ClaimLost } from '../chat/errors.js';
import type { DeliveryLog } from '../chat/port.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/connect.js';
import { type OutboxItem, recordPiece, renewClaim } from './outbox.repository.js';

/**
 * The delivery log of one claimed row, kept in the row itself. Every platform call is preceded by
 * `check`, which renews the claim and fails once another instance holds it; a timer renews the
 * claim while a single call takes long, so a slow call never lets a second instance in.
 */
export class RowDeliveryLog implements DeliveryLog {
  readonly done: Record<string, string>;
  readonly uncertain: boolean;
  private lost = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly item: OutboxItem,
    private readonly leaseMs: number,
    renewEveryMs: number,
  ) {
    this.done = { ...item.progress };
    this.uncertain = item.uncertain;
    this.timer = setInterval(() => void this.renew().catch(() => undefined), renewEveryMs);
    this.timer.unref();
  }

  async check(): Promise<void> {
    if (this.lost || !(await this.renew())) throw new ClaimLost(this.item.dedupeKey);
  }

  async record(piece: string, id: string): Promise<void> {
    this.done[piece] = id;
    if (!(await recordPiece(this.db, this.item, piece, id, this.until()))) {
      this.lost = true;
      throw new ClaimLost(this.item.dedupeKey);
    }
  }

  /** Stops renewing: the row is settled or handed back. */
  close(): void {
    clearInterval(this.timer);
  }

  private async renew(): Promise<boolean> {
    if (this.lost) return false;
    const held = await renewClaim(this.db, this.item, this.until());
    if (!held) this.lost = true;
    return held;
  }

  private until(): Date {
    return new Date(this.clock.now().getTime() + this.leaseMs);
  }
}
