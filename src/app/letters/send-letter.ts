import type { LetterKind } from '../../db/schema/index.js';
import type { ItemInContext } from '../items/item-access.js';
import { type PublishContext, uploadToTeam } from '../publish.js';
import { composeLetter } from './compose-letter.js';
import { DOCX_MIME, letterDocx } from './letter-document.js';

/**
 * Writes a letter to the item's customer and attaches it in the item's thread of the list;
 * `followUpId` is the follow-up that records it, which keys the upload so it is sent once.
 * Returns the file name.
 */
export async function sendLetter(
  ctx: PublishContext,
  item: ItemInContext,
  kind: LetterKind,
  followUpId: number,
): Promise<string> {
  const letter = await composeLetter(ctx.db, {
    customerId: item.customerId,
    teamId: item.teamId,
    kind,
    today: item.today,
  });
  const bytes = await letterDocx(letter.content);
  await uploadToTeam(
    ctx,
    item.teamId,
    `letter:${followUpId}`,
    { name: letter.name, title: letter.title, mimeType: DOCX_MIME, contentBase64: bytes.toString('base64') },
    item.list.key,
  );
  return letter.name;
}
