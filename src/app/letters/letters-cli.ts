import { stat } from 'node:fs/promises';
import { type Clock, systemClock } from '../../clock.js';
import { ConfigError, loadConfig } from '../../config.js';
import { type DbHandle, openDatabase } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { recordAudit } from '../../db/repositories/audit.repository.js';
import { saveLetterTemplates } from '../../db/repositories/letter.repository.js';
import { saveAgreementTemplates } from '../../db/repositories/repayment-plan.repository.js';
import { AGREEMENT, exportTemplates, readTemplateDir } from './template-files.js';

export const LETTERS_USAGE = `usage: npm run letters -- export <team> <dir> | import <team> <dir>

  export writes the team's letter templates (its own, else the built-in ones) into <dir>, one file
  per kind and language: letter.zh-CN.txt, letter.en.txt, lawyer_letter.zh-CN.txt, …; kinds letter, final_notice, lawyer_letter, balance_confirmation,
  and repayment_agreement (还款协议, with {{customer}} {{customer_address}} {{company}} {{company_address}} {{date}} {{invoices}}
  {{outstanding}} {{plan_total}} {{instalment_count}} {{interest_rate}} and {{instalments_table}} on a line of its own).
  Each file has the subject on its first line, a blank line, then the body.
  import validates every .txt file in <dir> and stores them all for the team, or none if any is wrong.
  Placeholders: {{customer}} {{contact}} {{phone}} {{address}} {{company}} {{company_address}} {{date}} {{pay_by}}
  {{item_count}} {{total}} {{invoices}} {{contracts}} {{max_days_overdue}}, and {{items_table}} on
  a line of its own. Exit code 0 on success, 1 when refused, 2 on usage errors.`;

export interface LettersCommandDeps {
  env: Record<string, string | undefined>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** An open database to use instead of the configured one (tests); it is left open. */
  handle?: DbHandle;
  clock?: Clock;
}

/** `npm run letters`: exports or imports a team's letter templates; returns the exit code. */
export async function lettersCommand(argv: readonly string[], deps: LettersCommandDeps): Promise<number> {
  const say = (stream: NodeJS.WritableStream, text: string) => stream.write(`${text}\n`);
  const [action, teamCode, dir, ...extra] = argv;
  if (action === '--help' || action === '-h') {
    say(deps.stdout, LETTERS_USAGE);
    return 0;
  }
  if ((action !== 'export' && action !== 'import') || !teamCode || !dir || extra.length > 0) {
    say(deps.stderr, LETTERS_USAGE);
    return 2;
  }
  if (action === 'import' && !(await stat(dir).catch(() => null))?.isDirectory()) {
    say(deps.stderr, `letters: no such directory: ${dir}`);
    return 2;
  }
  let handle = deps.handle;
  try {
    if (!handle) {
      handle = await openDatabase(loadConfig(deps.env));
      await migrateToLatest(handle.db);
    }
  } catch (err) {
    say(
      deps.stderr,
      err instanceof ConfigError ? err.message : `letters: cannot open the database: ${String(err)}`,
    );
    return err instanceof ConfigError ? 2 : 1;
  }
  try {
    const team = await handle.db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('code', '=', teamCode)
      .executeTakeFirst();
    if (!team) {
      const codes = await handle.db.selectFrom('teams').select('code').orderBy('code').execute();
      say(
        deps.stderr,
        `letters: no team '${teamCode}'; teams are: ${codes.map((c) => c.code).join(', ') || 'none yet'}`,
      );
      return 2;
    }
    if (action === 'export') {
      for (const file of await exportTemplates(handle.db, team.id, dir)) say(deps.stdout, file);
      return 0;
    }
    const { templates, problems } = await readTemplateDir(dir);
    if (problems.length > 0) {
      for (const p of problems) say(deps.stderr, p);
      say(
        deps.stderr,
        `letters: nothing imported for ${team.name}: fix the files above and run the import again.`,
      );
      return 1;
    }
    const now = (deps.clock ?? systemClock).now();
    await handle.db.transaction().execute(async (trx) => {
      const letters = templates.flatMap(({ file: _file, kind, ...t }) =>
        kind === AGREEMENT ? [] : [{ kind, ...t }],
      );
      const agreements = templates.flatMap(({ file: _file, kind, ...t }) => (kind === AGREEMENT ? [t] : []));
      await saveLetterTemplates(trx, team.id, letters, now);
      await saveAgreementTemplates(trx, team.id, agreements, now);
      await recordAudit(trx, {
        at: now,
        actorLabel: 'system',
        action: 'letter_template.import',
        entity: 'team',
        entityId: team.id,
        after: templates.map((t) => ({ kind: t.kind, locale: t.locale, subject: t.subject })),
      });
    });
    say(
      deps.stdout,
      `Imported ${templates.length} letter templates for ${team.name}: ${templates.map((t) => t.file).join(', ')}`,
    );
    return 0;
  } finally {
    if (handle !== deps.handle) await handle.close();
  }
}
