import type { z } from 'zod';
import type { ChannelRef, Interaction, MessageRef, PlatformUser } from '../../src/chat/interaction.js';
import type { Reply } from '../../src/chat/reply.js';
import type { Logger } from '../../src/logger.js';
import type { SandboxApp, SandboxDirectory } from './app-port.js';
import { HttpError } from './http.js';
import { findById } from './message-store.js';
import type { ActionRequest, CommandRequest, FormRequest, UploadQuery } from './schemas.js';
import type { SandboxDb } from './tables.js';

/** The sandbox is one workspace; identities and channels are bound under the empty workspace id. */
export const SANDBOX_WORKSPACE = '';

export interface InteractionContext {
  app: SandboxApp;
  db: SandboxDb;
  logger: Logger;
  directory(): Promise<SandboxDirectory>;
}

async function actingUser(ctx: InteractionContext, userId: string): Promise<PlatformUser> {
  const person = (await ctx.directory()).people.find((p) => p.userId === userId);
  if (!person) throw new HttpError(400, `invalid request: userId: nobody in this workspace is "${userId}"`);
  return {
    platform: 'sandbox',
    workspaceId: SANDBOX_WORKSPACE,
    userId,
    email: userId,
    displayName: person.name,
  };
}

async function channel(ctx: InteractionContext, chatId: string | null): Promise<ChannelRef | null> {
  if (chatId === null) return null;
  const known = (await ctx.directory()).channels.some((c) => c.chatId === chatId);
  if (!known) throw new HttpError(400, `invalid request: chatId: there is no channel "${chatId}"`);
  return { platform: 'sandbox', workspaceId: SANDBOX_WORKSPACE, chatId };
}

/** Hands the interaction to the app, then delivers what it queued so the page updates at once. */
async function dispatch(ctx: InteractionContext, interaction: Interaction): Promise<Reply> {
  const reply = await ctx.app.handle(interaction);
  try {
    await ctx.app.outbox.drain();
  } catch (err) {
    // The background worker delivers later; the person's answer must not be lost over it.
    ctx.logger.warn({ err }, 'sandbox: delivering after an interaction failed; the outbox will retry');
  }
  return reply;
}

export async function runCommand(
  ctx: InteractionContext,
  req: z.infer<typeof CommandRequest>,
): Promise<Reply> {
  const [user, where] = await Promise.all([actingUser(ctx, req.userId), channel(ctx, req.chatId)]);
  return dispatch(ctx, { kind: 'command', user, channel: where, text: req.text });
}

/**
 * A click on a posted message is checked against that message, as a platform would: the button
 * must be on it, and buttons of a direct message belong to the person it was sent to.
 */
export async function runAction(ctx: InteractionContext, req: z.infer<typeof ActionRequest>): Promise<Reply> {
  const user = await actingUser(ctx, req.userId);
  let where: ChannelRef | null;
  let message: MessageRef | null = null;
  if (req.messageId === null) {
    where = await channel(ctx, req.chatId);
  } else {
    const row = await findById(ctx.db, Number(req.messageId));
    if (!row) throw new HttpError(400, `invalid request: messageId: there is no message ${req.messageId}`);
    if (row.direct_user_id !== null && row.direct_user_id !== req.userId)
      throw new HttpError(403, 'only the person this direct message was sent to can use its buttons');
    const hasButton = row.payload.message.blocks.some(
      (b) =>
        b.type === 'actions' && b.buttons.some((x) => x.actionId === req.actionId && x.value === req.value),
    );
    if (!hasButton)
      throw new HttpError(400, `invalid request: actionId: message ${req.messageId} has no such button`);
    where = await channel(ctx, row.chat_id);
    message = { chatId: row.chat_id ?? req.userId, messageId: req.messageId };
  }
  return dispatch(ctx, {
    kind: 'action',
    user,
    channel: where,
    actionId: req.actionId,
    value: req.value,
    message,
  });
}

export async function submitForm(ctx: InteractionContext, req: z.infer<typeof FormRequest>): Promise<Reply> {
  const [user, where] = await Promise.all([actingUser(ctx, req.userId), channel(ctx, req.chatId)]);
  return dispatch(ctx, {
    kind: 'form_submit',
    user,
    channel: where,
    formId: req.formId,
    values: req.values,
    metadata: req.metadata,
  });
}

/** A file dropped on the page, as a chat platform hands one over: its name and size, then the bytes. */
export async function sendFile(
  ctx: InteractionContext,
  req: z.infer<typeof UploadQuery>,
  upload: { size: number; content: Buffer | null },
): Promise<Reply> {
  const [user, where] = await Promise.all([actingUser(ctx, req.userId), channel(ctx, req.chatId)]);
  const { content } = upload;
  return dispatch(ctx, {
    kind: 'file',
    user,
    channel: where,
    file: {
      name: req.name,
      size: upload.size,
      read: async () => {
        if (!content) throw new Error('the file was larger than the sandbox keeps');
        return content;
      },
    },
  });
}
