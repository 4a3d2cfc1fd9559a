import type { Block } from '../../chat/message.js';
import { type ImportKind, isImportKind } from '../../import/types.js';
import { type Locale, messagesFor } from '../../locale/index.js';

/** The action of "Import as …" on a file whose kind Duebot asked about. */
export const IMPORT_KIND_ACTION = 'import.kind';

/** One button per kind offered, carrying the kept upload and the kind. */
export function kindButtons(locale: Locale, uploadId: number, kinds: readonly ImportKind[]): Block {
  const m = messagesFor(locale).imports;
  return {
    type: 'actions',
    buttons: kinds.map((kind, i) => ({
      actionId: IMPORT_KIND_ACTION,
      label: m.asKind(m.kind(kind)),
      value: `${uploadId}:${kind}`,
      ...(i === 0 ? { style: 'primary' as const } : {}),
    })),
  };
}

/** `"12:receivables"` → the upload and the kind, or null when the value is not one of ours. */
export function readKindButton(value: string): { uploadId: number; kind: ImportKind } | null {
  const match = /^(\d{1,12}):([a-z]+)$/.exec(value);
  if (!match?.[2] || !isImportKind(match[2])) return null;
  return { uploadId: Number(match[1]), kind: match[2] };
}
