/** The only source of time in the product, so tests can run a simulated month in seconds. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is set; tests move it explicitly. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start: Date | string) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Real time shifted by an adjustable offset: the sandbox's "move the clock" control. */
export class OffsetClock implements Clock {
  private offsetMs = 0;

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** Moves simulated time to `to` (never backwards: scheduled runs already claimed stay claimed). */
  moveTo(to: Date): void {
    this.offsetMs = Math.max(this.offsetMs, to.getTime() - this.base.now().getTime());
  }

  get offset(): number {
    return this.offsetMs;
  }
}
