import type { Block, Message, OutgoingFile } from '../../chat/message.js';
import type { DbOrTrx } from '../../db/connect.js';
import { leaversAmong } from '../../db/repositories/hand-over.repository.js';
import { loadItemHistory } from '../../db/repositories/item-history.repository.js';
import { leavesOn } from '../../db/repositories/leave.repository.js';
import { listOpenItems } from '../../db/repositories/open-items.repository.js';
import type { TeamRow } from '../../db/schema/index.js';
import { addDays, type LocalDate } from '../../domain/local-date.js';
import { instantAt } from '../../domain/local-time.js';
import { asLocale, messagesFor } from '../../locale/index.js';
import { type HoldTeam, loadHolds } from '../credit/credit-holds.js';
import { inLegal, legalSection } from '../escalation/legal-customers.js';
import { type PublishContext, postListPart, postToTeam, uploadToTeam } from '../publish.js';
import { readTeamSettings } from '../team-settings.js';
import { agingTable } from './aging-table.js';
import { type Answer, deriveHistory } from './item-history.js';
import { type ItemView, viewItems } from './item-view.js';
import { byCollector, type Cover, collectorMessage, type ListKind, listKey } from './list-message.js';
import { overdueWorkbook } from './overdue-workbook.js';
import type { RenderContext } from './render-item.js';

export interface DailyList {
  kind: ListKind;
  headerKey: string;
  header: Message;
  parts: { collectorId: number | null; key: string; message: Message; itemIds: number[] }[];
  workbook: OutgoingFile | null;
  items: ItemView[];
}

/** How a team's lists are worded and timed. */
export function renderContextOf(
  team: Pick<TeamRow, 'locale' | 'timezone'> & { settings?: unknown; id?: number },
): RenderContext {
  const settings = readTeamSettings(team.settings ?? {});
  return {
    m: messagesFor(team.locale),
    locale: asLocale(team.locale),
    timezone: team.timezone,
    toneDays: { firm: settings.firmDays, cooperative: settings.cooperativeDays },
    ...(team.id === undefined ? {} : { teamId: team.id }),
    everyDay: settings.responsePolicy === 'every_day',
  };
}

/** Items matching `filter` with today's rules applied, and the answers given since `answersSince`. */
export async function loadItemViews(
  db: DbOrTrx,
  filter: Parameters<typeof listOpenItems>[1],
  today: LocalDate,
  answersSince: Date,
  known?: HoldTeam,
): Promise<{ items: ItemView[]; answers: Map<number, Answer> }> {
  // A whole team's morning reads every customer in one pass; a redraw reads only its customers.
  const whole = !filter.itemIds && filter.collectorId === undefined;
  const team = known ?? (await teamFacts(db, filter.teamId));
  // The items, their history and (for a whole team) the balances are read side by side.
  const [rows, rawHistory, teamHolds] = await Promise.all([
    listOpenItems(db, filter),
    loadItemHistory(db, { items: filter }),
    whole ? loadHolds(db, { teamId: filter.teamId }, today, team) : null,
  ]);
  const customerIds = [...new Set(rows.map((i) => i.customerId))];
  const holds = teamHolds ?? (await loadHolds(db, { customerIds }, today, team));
  const history = deriveHistory(rawHistory, answersSince, today);
  return { items: viewItems(rows, today, history, holds), answers: history.answers };
}

async function teamFacts(db: DbOrTrx, teamId: number): Promise<HoldTeam> {
  return db
    .selectFrom('teams')
    .select(['timezone', 'settings'])
    .where('id', '=', teamId)
    .executeTakeFirstOrThrow();
}

/** The open items of a team's morning: everything overdue and everything due within the warning window. */
export interface MorningItems {
  items: ItemView[];
  answers: Map<number, Answer>;
}

/** Reads a team's morning in one pass: both lists are built from the same snapshot. */
export async function loadMorning(db: DbOrTrx, team: TeamRow, today: LocalDate): Promise<MorningItems> {
  const settings = readTeamSettings(team.settings);
  const filter = { teamId: team.id, dueTo: addDays(today, settings.warningDays) };
  return loadItemViews(db, filter, today, instantAt(today, '00:00', team.timezone), team);
}

/** Builds a team's pre-due warnings or overdue list for `today`, with the .xlsx for the overdue list. */
export function buildDailyList(
  team: TeamRow,
  kind: ListKind,
  today: LocalDate,
  morning: MorningItems,
  covers: ReadonlyMap<number, Cover> = new Map(),
): DailyList {
  const ctx = renderContextOf(team);
  const { m } = ctx;
  const settings = readTeamSettings(team.settings);
  const items = morning.items.filter((i) => (kind === 'overdue' ? i.dueOn < today : i.dueOn >= today));
  const title =
    kind === 'overdue' ? m.lists.overdueTitle(team.name, today) : m.lists.predueTitle(team.name, today);
  const blocks: Block[] = [{ type: 'header', text: title }];
  if (items.length === 0)
    blocks.push({ type: 'text', text: kind === 'overdue' ? m.lists.nothingOverdue : m.lists.nothingPreDue });
  else if (kind === 'overdue')
    blocks.push(
      { type: 'text', text: m.lists.overdueIntro(items.length) },
      agingTable(items, m, m.overdueTotal),
    );
  else blocks.push({ type: 'text', text: m.lists.predueIntro(items.length, settings.warningDays) });
  // Customers in legal proceedings are named in the header only: nobody chases them in the group.
  const legal = items.filter(inLegal);
  if (legal.length > 0) blocks.push(legalSection(legal, m));
  const chased = legal.length > 0 ? items.filter((i) => !inLegal(i)) : items;
  const parts = [...byCollector(chased)].map(([collectorId, group]) => ({
    collectorId,
    key: listKey(kind, team.id, today, collectorId),
    message: collectorMessage(
      kind,
      collectorId,
      group,
      morning.answers,
      today,
      ctx,
      collectorId === null ? undefined : covers.get(collectorId),
    ),
    itemIds: group.map((i) => i.id),
  }));
  const workbook =
    kind === 'overdue' && items.length > 0 ? overdueWorkbook(items, m, team.code, today) : null;
  return {
    kind,
    headerKey: listKey(kind, team.id, today),
    header: { text: title, blocks },
    parts,
    workbook,
    items,
  };
}

/** Both morning lists of a team: the pre-due warnings first, then the overdue list. */
export async function buildMorningLists(db: DbOrTrx, team: TeamRow, today: LocalDate): Promise<DailyList[]> {
  const morning = await loadMorning(db, team, today);
  const collectors = [
    ...new Set(morning.items.flatMap((i) => (i.collectorId === null ? [] : [i.collectorId]))),
  ];
  const covers = await coversOn(db, today, collectors);
  return [
    buildDailyList(team, 'predue', today, morning, covers),
    buildDailyList(team, 'overdue', today, morning, covers),
  ];
}

/** The collectors on leave with a delegate on `date`, and the leavers, with who covers them. */
export async function coversOn(
  db: DbOrTrx,
  date: LocalDate,
  collectorIds: readonly number[],
): Promise<Map<number, Cover>> {
  const covers = new Map<number, Cover>();
  for (const leave of (await leavesOn(db, date, collectorIds)).values())
    if (leave.delegateId !== null)
      covers.set(leave.personId, {
        delegateId: leave.delegateId,
        collectorName: leave.personName,
        until: leave.toOn,
      });
  // A leaver's items are never dropped: until reassigned they are shown to the manager.
  for (const leaver of await leaversAmong(db, collectorIds))
    if (leaver.managerId !== null)
      covers.set(leaver.id, {
        delegateId: leaver.managerId,
        collectorName: leaver.name,
        until: leaver.leftOn ?? date,
        leftOn: leaver.leftOn ?? date,
      });
  return covers;
}

/** Posts a built list: the header, the file in its thread, then each collector's part; remembers what each part shows. */
export async function publishDailyList(
  ctx: PublishContext,
  team: TeamRow,
  today: LocalDate,
  list: DailyList,
): Promise<void> {
  await postToTeam(ctx, team.id, list.headerKey, list.header);
  if (list.workbook)
    await uploadToTeam(ctx, team.id, `${list.headerKey}:xlsx`, list.workbook, list.headerKey);
  for (const part of list.parts) {
    await ctx.db
      .insertInto('list_messages')
      .values({
        key: part.key,
        team_id: team.id,
        kind: list.kind,
        on_date: today,
        person_id: part.collectorId,
        item_ids: part.itemIds,
        created_at: ctx.now,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    await postListPart(ctx, team.id, part.key, part.message, list.headerKey);
  }
}
