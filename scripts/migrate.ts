// npm run migrate -- [up|down|status]: moves the schema of the configured database.
import { configOrExit } from '../src/bootstrap.js';
import { openDatabase } from '../src/db/connect.js';
import { createMigrator, throwIfFailed } from '../src/db/migrate.js';

const command = process.argv[2] ?? 'up';
if (!['up', 'down', 'status'].includes(command)) {
  process.stderr.write(`Unknown migrate command '${command}'. Use: npm run migrate -- up | down | status\n`);
  process.exit(2);
}

const config = configOrExit(process.env);
const handle = await openDatabase(config);
try {
  const migrator = createMigrator(handle.db);
  if (command === 'status') {
    for (const m of await migrator.getMigrations()) {
      process.stdout.write(
        `${m.executedAt ? `applied ${m.executedAt.toISOString()}` : 'pending'.padEnd(32)}  ${m.name}\n`,
      );
    }
  } else {
    const result = command === 'up' ? await migrator.migrateToLatest() : await migrator.migrateDown();
    for (const r of result.results ?? [])
      process.stdout.write(`${r.direction} ${r.migrationName}: ${r.status}\n`);
    throwIfFailed(result);
    if ((result.results ?? []).length === 0)
      process.stdout.write('Nothing to do: the schema is already there.\n');
  }
} catch (err) {
  process.stderr.write(`Migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  if (err instanceof Error && err.cause instanceof Error)
    process.stderr.write(`  cause: ${err.cause.message}\n`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
