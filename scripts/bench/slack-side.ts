// Slack's side of bench:slack-ack, in its own process so that its work (the Web API emulator, and
// people clicking: building, signing and sending requests) does not run on the app's event loop.
// Driven by the bench over IPC; see scripts/bench/slack-ack.ts.
import { SlackPeople } from '../../tests/fakes/slack-api/payloads.js';
import { SlackApiEmulator } from '../../tests/fakes/slack-api/server.js';
import { encodeBody, signedHeaders } from '../../tests/fakes/slack-api/signing.js';
import type { SlackUser, StoredMessage } from '../../tests/fakes/slack-api/workspace.js';
import { fire, quantile, type SignedRequest } from './slack-ack-load.js';

/** What the bench asks of this process. */
export type SideRequest =
  | { type: 'start'; users: (SlackUser & { personId: number })[]; channels: string[] }
  | {
      type: 'load';
      url: string;
      offset: number;
      total: number;
      connections: number;
      secret: string;
      perSecond?: number;
    }
  | { type: 'stats' }
  | { type: 'stop' };

/** What this process answers. */
export type SideAnswer =
  | { type: 'ready'; apiUrl: string; token: string }
  | {
      type: 'loaded';
      p50: number;
      p99: number;
      statuses: [number, number][];
      buttons: number;
      modalClicks: number;
    }
  | { type: 'stats'; opened: number; refused: Record<string, number> };

const MODAL_ACTIONS = ['item.promise', 'item.followup'];
let slack: SlackApiEmulator | null = null;
let users: (SlackUser & { personId: number })[] = [];
let viewsBefore = 0;
let callsBefore = 0;

/** Every Promise…, Follow-up… and On time button on the posted lists, with the collector it belongs to. */
function targets(s: SlackApiEmulator) {
  const found: { user: string; message: StoredMessage; actionId: string; value: string }[] = [];
  for (const message of s.workspace.messages) {
    const person = Number(/:p(\d+)@/.exec(String(message.metadata?.event_payload.key ?? ''))?.[1]);
    const user = users.find((u) => u.personId === person)?.id;
    if (!user) continue;
    for (const block of (message.blocks ?? []) as { elements?: Record<string, string>[] }[])
      for (const e of block.elements ?? [])
        if ([...MODAL_ACTIONS, 'predue.ontime'].includes(e.action_id ?? ''))
          found.push({ user, message, actionId: e.action_id as string, value: e.value as string });
  }
  return found;
}

async function load(s: SlackApiEmulator, r: Extract<SideRequest, { type: 'load' }>): Promise<SideAnswer> {
  const all = targets(s);
  const people = new SlackPeople(s);
  // Each click's body is encoded once; only its fresh trigger id and response URL change per request.
  const templates = new Map<number, { raw: string; contentType: string }>();
  const template = (k: number) => {
    const t = all[k] as (typeof all)[number];
    let found = templates.get(k);
    if (!found) {
      const payload = { ...people.clickPayload(t.user, t.message, t.actionId, t.value) };
      found = encodeBody({
        kind: 'interactive',
        payload: { ...payload, trigger_id: 'XTRIGGERX', response_url: 'XRESPONSEX' },
      });
      templates.set(k, found);
    }
    return found;
  };
  const build =
    (offset: number) =>
    (i: number): SignedRequest => {
      const { raw, contentType } = template((i + offset) % all.length);
      const body = raw
        .replace('XTRIGGERX', encodeURIComponent(s.triggerId()))
        .replace('XRESPONSEX', encodeURIComponent(s.responseUrl()));
      return { headers: signedHeaders(r.secret, body, contentType), body };
    };
  viewsBefore = s.accepted('views.open').length;
  callsBefore = s.calls.length;
  const { ms, statuses } = await fire(r.url, r.total, build(r.offset), r.connections, r.perSecond);
  const modalClicks = Array.from({ length: r.total }, (_, i) => all[(i + r.offset) % all.length]).filter(
    (t) => MODAL_ACTIONS.includes(t?.actionId ?? ''),
  ).length;
  return {
    type: 'loaded',
    p50: quantile(ms, 0.5),
    p99: quantile(ms, 0.99),
    statuses: [...statuses],
    buttons: all.length,
    modalClicks,
  };
}

function stats(s: SlackApiEmulator): SideAnswer {
  const refused: Record<string, number> = {};
  for (const c of s.calls.slice(callsBefore))
    if (c.error) refused[`${c.method}:${c.error}`] = (refused[`${c.method}:${c.error}`] ?? 0) + 1;
  return { type: 'stats', opened: s.accepted('views.open').length - viewsBefore, refused };
}

process.on('message', (message: SideRequest) => {
  void (async () => {
    const send = (answer: SideAnswer) => process.send?.(answer);
    if (message.type === 'start') {
      users = message.users;
      slack = await SlackApiEmulator.start({ users, channels: message.channels });
      send({ type: 'ready', apiUrl: slack.apiUrl, token: slack.token });
    } else if (message.type === 'load' && slack) send(await load(slack, message));
    else if (message.type === 'stats' && slack) send(stats(slack));
    else if (message.type === 'stop') {
      await slack?.close();
      process.exit(0);
    }
  })();
});
