import cron, { type ScheduledTask } from 'node-cron';

/** What wakes the scheduler to look at what is due; it awaits each beat before the next. */
export interface Ticker {
  start(beat: () => Promise<void>): void;
  stop(): Promise<void>;
}

/** Wakes the scheduler at the start of every minute of real time. */
export function everyMinute(): Ticker {
  let task: ScheduledTask | null = null;
  return {
    start(beat) {
      task = cron.schedule('* * * * *', beat, { name: 'duebot-scheduler', noOverlap: true });
    },
    async stop() {
      await task?.destroy();
      task = null;
    },
  };
}
