import type { Interaction, PlatformUser } from '../../../src/chat/interaction.js';
import { readModalMetadata, readSubmission } from '../render/modal.js';
import { teamOf } from './block-action.js';

type StateValues = Parameters<typeof readSubmission>[0];

/** The part of a `view_submission` payload Duebot reads. */
export interface ViewSubmissionBody {
  type: 'view_submission';
  team: { id: string } | null;
  user: { id: string; team_id?: string };
  view: { callback_id: string; private_metadata: string; state: { values: StateValues } };
}

/** Where a modal was opened from, as its metadata remembers it. */
export function channelOfView(body: ViewSubmissionBody): string | null {
  const meta = readModalMetadata(body.view.private_metadata || '{}');
  return meta.messageRef?.channel ?? meta.channel ?? null;
}

/** A submitted modal as the neutral form submission: the form id, typed values and hidden metadata. */
export function fromViewSubmission(body: ViewSubmissionBody, user: PlatformUser): Interaction {
  const meta = readModalMetadata(body.view.private_metadata || '{}');
  const chatId = channelOfView(body);
  return {
    kind: 'form_submit',
    user,
    channel: chatId ? { platform: 'slack', workspaceId: teamOf(body), chatId } : null,
    formId: body.view.callback_id,
    values: readSubmission(body.view.state.values),
    metadata: meta.metadata,
  };
}
