import type * as lark from '@larksuiteoapi/node-sdk';
import { DeliveryError } from '../../src/chat/errors.js';
import { imagesOf, type Message } from '../../src/chat/message.js';
import type { ImageKeys } from './render/blocks.js';

/**
 * Uploads a message's pictures through im/v1/images (type "message") so its cards can show them;
 * an upload repeated after a failed send only leaves an unused image behind, never a second message.
 */
export async function uploadImages(
  client: lark.Client,
  message: Message,
  call: <T>(request: () => Promise<T>) => Promise<T>,
): Promise<ImageKeys> {
  const keys = new Map<string, string>();
  for (const image of imagesOf(message)) {
    const uploaded = await call(() =>
      client.im.image.create({
        data: { image_type: 'message', image: Buffer.from(image.contentBase64, 'base64') },
      }),
    );
    const key = uploaded?.image_key;
    if (!key)
      throw new DeliveryError('lark_upload_failed', true, {
        message: `Lark returned no image_key for ${image.name}`,
      });
    keys.set(image.name, key);
  }
  return keys;
}
