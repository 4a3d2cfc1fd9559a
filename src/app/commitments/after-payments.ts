import type { Clock } from '../../clock.js';
import type { Db } from '../../db/connect.js';
import { itemsPaidByImport } from '../../db/repositories/commitment.repository.js';
import type { Platform } from '../../db/schema/index.js';
import type { Logger } from '../../logger.js';
import { evaluateCommitments } from './evaluate-commitments.js';

/**
 * After a committed payments import: settles the open commitments on the items it paid, in one
 * transaction. An import may run outside the bot (the command line), where no adapter is known,
 * so news goes to the platforms the teams' chats are bound on. A failure here leaves the import
 * committed and is logged; the morning run evaluates the same commitments again.
 */
export async function evaluateAfterPayments(
  db: Db,
  clock: Clock,
  logger: Logger,
  importId: number,
): Promise<void> {
  try {
    const changes = await db.transaction().execute(async (trx) => {
      const itemIds = await itemsPaidByImport(trx, importId);
      if (itemIds.length === 0) return [];
      const bound = await trx.selectFrom('channels').select('platform').distinct().execute();
      const platforms: Platform[] = bound.map((c) => c.platform);
      return evaluateCommitments(
        { db: trx, platforms, now: clock.now() },
        { itemIds },
        { actorLabel: 'import', importId },
      );
    });
    if (changes.length > 0)
      logger.info({ importId, commitments: changes.length }, 'commitments settled by payments');
  } catch (err) {
    logger.error({ err, importId }, 'could not evaluate promises after a payments import');
  }
}
