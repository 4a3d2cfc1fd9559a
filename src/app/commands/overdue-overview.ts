import type { OverdueScope } from '../../domain/command/types.js';
import { addDays, localDateIn } from '../../domain/local-date.js';
import { messagesFor } from '../../locale/index.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { loadItemViews } from '../lists/daily-list.js';
import { money } from '../lists/labels.js';
import { totalsText } from '../lists/list-message.js';
import { findMentioned } from '../weekly/find-person.js';
import { searchable } from './plain-text.js';

const SHOWN = 15;

/** `overdue mine | team | @person`: the overdue items in priority order, the first fifteen spelled out. */
export async function overdueOverview(app: AppContext, actor: Actor, scope: OverdueScope): Promise<string> {
  const m = messagesFor(actor.locale);
  let collectorId: number | undefined = actor.personId;
  let who = actor.name;
  if (scope.kind === 'team') {
    collectorId = undefined;
    // Finance belongs to no team: its team view is every team's.
    who = actor.teamId ? await teamName(app, actor.teamId) : m.commands.allTeams;
  } else if (scope.kind === 'person') {
    // Slack always sends a mention as <@U…>: the bound chat id resolves it like a name or e-mail.
    const person = searchable(scope.person.handle.toLowerCase())
      ? await findMentioned(app.db, scope.person)
      : null;
    if (!person) return m.commands.noPerson(scope.person.raw);
    collectorId = person.id;
    who = person.name;
  }
  const teams = actor.teamId
    ? await app.db.selectFrom('teams').selectAll().where('id', '=', actor.teamId).execute()
    : await app.db.selectFrom('teams').selectAll().execute();
  const lines: string[] = [];
  let count = 0;
  let all: { outstanding: number; currency: string }[] = [];
  for (const team of teams) {
    const today = localDateIn(app.clock.now(), team.timezone);
    const filter = { teamId: team.id, dueTo: addDays(today, -1), ...(collectorId ? { collectorId } : {}) };
    const { items } = await loadItemViews(app.db, filter, today, app.clock.now());
    count += items.length;
    all = all.concat(items);
    for (const i of items) {
      if (lines.length < SHOWN)
        lines.push(
          `• ${i.customerName} · ${i.invoiceNo} · ${money(i.outstanding, i.currency)} · ${m.lists.daysOverdue(i.daysOverdue)}`,
        );
    }
  }
  const header = `**${m.commands.listHeader(who, count)}** ${totalsText(all)}`;
  return [header, ...lines, ...(count > SHOWN ? [m.commands.andMore(count - SHOWN)] : [])].join('\n');
}

async function teamName(app: AppContext, teamId: number): Promise<string> {
  const team = await app.db.selectFrom('teams').select('name').where('id', '=', teamId).executeTakeFirst();
  return team?.name ?? '';
}
