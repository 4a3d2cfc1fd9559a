import { type Answer, type Args, BOT_ID, BOT_USER, SlackFailure, type Workspace } from './workspace.js';

/** The workspace id every emulated payload carries. */
export const TEAM_ID = 'T0TEST';

/** What a Web API method needs besides its arguments. */
export interface MethodContext {
  workspace: Workspace;
  /** Base URL of the emulator, ending with a slash (for upload URLs). */
  baseUrl: string;
  /** A new Socket Mode connection URL. */
  socketUrl(): string;
}

/** Answers one Web API method the way Slack does, or throws the SlackFailure Slack would answer. */
export function callMethod(ctx: MethodContext, method: string, args: Args): Answer {
  const ws = ctx.workspace;
  switch (method) {
    case 'auth.test':
      return {
        url: 'https://duebot-test.slack.com/',
        team: 'Duebot Test',
        user: 'duebot',
        team_id: TEAM_ID,
        user_id: BOT_USER,
        bot_id: BOT_ID,
      };
    case 'apps.connections.open':
      return { url: ctx.socketUrl() };
    case 'chat.postMessage':
      return ws.postMessage(args);
    case 'chat.update':
      return ws.update(args);
    case 'chat.delete':
      return ws.remove(args);
    case 'chat.postEphemeral':
      return ws.postEphemeral(args);
    case 'views.open':
      return ws.openView(args);
    case 'users.lookupByEmail':
    case 'users.info':
      return ws.user(args);
    case 'conversations.info':
      return { channel: { id: ws.channel(args.channel), is_member: true } };
    case 'conversations.open': {
      const user = String(args.users ?? '').split(',')[0] ?? '';
      if (!ws.users.some((u) => u.id === user)) throw new SlackFailure('user_not_found');
      return { channel: { id: `D${user}` } };
    }
    case 'conversations.history':
      return ws.history(args);
    case 'conversations.replies':
      return ws.replies(args);
    case 'files.getUploadURLExternal': {
      if (!args.filename || !Number(args.length))
        throw new SlackFailure('invalid_arguments', 'filename and length are required');
      const id = `F${String(ws.uploads.size + 1).padStart(8, '0')}`;
      ws.uploads.set(id, { name: String(args.filename), bytes: 0 });
      return { upload_url: `${ctx.baseUrl}upload/${id}`, file_id: id };
    }
    case 'files.completeUploadExternal':
      return ws.completeUpload(args);
    default:
      throw new SlackFailure('unknown_method');
  }
}
