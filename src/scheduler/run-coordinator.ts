import { sql } from 'kysely';
import type { Clock } from '../clock.js';
import type { DbOrTrx } from '../db/connect.js';

/**
 * One run per (job, run key) across every bot process sharing the database: the first to insert
 * the row runs it. The claim is taken in the job's own transaction, so a process that dies
 * mid-run leaves no claim behind and the run is caught up later; a failed run may be claimed again.
 */
export class PgRunCoordinator {
  constructor(
    private readonly clock: Clock,
    private readonly instance: string,
  ) {}

  /** Claims the run inside `db` (usually the job's transaction); true when this process should run it. */
  async claim(db: DbOrTrx, job: string, runKey: string, teamId: number | null): Promise<boolean> {
    const now = this.clock.now();
    const inserted = await db
      .insertInto('job_runs')
      .values({
        job,
        run_key: runKey,
        team_id: teamId,
        state: 'running',
        instance: this.instance,
        started_at: now,
      })
      .onConflict((oc) => oc.columns(['job', 'run_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return true;
    const taken = await sql`
      UPDATE job_runs SET state = 'running', instance = ${this.instance}, started_at = ${now}, error = NULL
      WHERE job = ${job} AND run_key = ${runKey} AND state = 'failed'`.execute(db);
    return Number(taken.numAffectedRows ?? 0) > 0;
  }

  /** Marks a claimed run done, in the same transaction as the claim. */
  async finish(db: DbOrTrx, job: string, runKey: string): Promise<void> {
    await db
      .updateTable('job_runs')
      .set({ state: 'done', finished_at: this.clock.now() })
      .where('job', '=', job)
      .where('run_key', '=', runKey)
      .execute();
  }

  /** Records a run that failed (its transaction was rolled back), so it shows and may be retried. */
  async recordFailure(
    db: DbOrTrx,
    job: string,
    runKey: string,
    teamId: number | null,
    error: string,
  ): Promise<void> {
    const now = this.clock.now();
    await db
      .insertInto('job_runs')
      .values({
        job,
        run_key: runKey,
        team_id: teamId,
        state: 'failed',
        instance: this.instance,
        started_at: now,
        finished_at: now,
        error,
      })
      .onConflict((oc) =>
        oc.columns(['job', 'run_key']).doUpdateSet({ state: 'failed', finished_at: now, error }),
      )
      .execute();
  }

  /** Whether the run already happened (or is happening). */
  async hasRun(db: DbOrTrx, job: string, runKey: string): Promise<boolean> {
    const row = await db
      .selectFrom('job_runs')
      .select('state')
      .where('job', '=', job)
      .where('run_key', '=', runKey)
      .executeTakeFirst();
    return row !== undefined && row.state !== 'failed';
  }
}
