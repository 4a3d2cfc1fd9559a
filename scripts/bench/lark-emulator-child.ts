// The Lark Open API emulator in a process of its own for bench:lark-ack, so the benchmark measures
// Duebot's process, not Lark's side of the conversation. Driven over the fork IPC channel.
import { LarkApiEmulator } from '../../tests/fakes/lark-api/server.js';

type Request =
  | { op: 'start'; appId: string; appSecret: string; chats: string[]; users: [string, string][] }
  | { op: 'messages' }
  | { op: 'tokens'; messageIds: string[] }
  | { op: 'stop' };

let emulator: LarkApiEmulator | null = null;

process.on('message', async (request: Request) => {
  if (request.op === 'start') {
    emulator = new LarkApiEmulator({ appId: request.appId, appSecret: request.appSecret });
    const baseUrl = await emulator.start();
    for (const chat of request.chats) emulator.addChat(chat);
    for (const [openId, email] of request.users) emulator.addUser(openId, email);
    process.send?.({ baseUrl });
  } else if (request.op === 'messages') {
    process.send?.({ messages: emulator?.state.messages ?? [] });
  } else if (request.op === 'tokens') {
    process.send?.({ tokens: request.messageIds.map((id) => emulator?.issueCardToken(id) ?? '') });
  } else {
    await emulator?.stop();
    process.send?.({ stopped: true }, () => process.exit(0));
  }
});
