import type { ServerResponse } from 'node:http';
import { parseMultipart } from './multipart.js';
import { fail, ok } from './replies.js';
import type { EmulatorState } from './state.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** POST /open-apis/im/v1/images — multipart image_type + image; answers an image_key, as Lark does. */
export function uploadImage(state: EmulatorState, res: ServerResponse, raw: Buffer, type: string): void {
  const parts = parseMultipart(raw, type);
  const imageType = parts.find((p) => p.name === 'image_type')?.data.toString('utf8');
  const image = parts.find((p) => p.name === 'image');
  if (!image || (imageType !== 'message' && imageType !== 'avatar')) {
    fail(res, 234001, 'Invalid request param, ext=image_type and image are required');
    return;
  }
  if (image.data.length === 0) {
    fail(res, 234010, 'File size cannot be 0.');
    return;
  }
  if (image.data.length > 10 * 1024 * 1024) {
    fail(res, 234006, 'The file size exceed the max value.');
    return;
  }
  if (!image.data.subarray(0, 8).equals(PNG_SIGNATURE) && image.data[0] !== 0xff) {
    fail(res, 234011, 'Can not recognize image format.');
    return;
  }
  const key = `img_v3_${state.newFileKey().slice(5)}`;
  state.images.set(key, Buffer.from(image.data));
  ok(res, { image_key: key });
}
