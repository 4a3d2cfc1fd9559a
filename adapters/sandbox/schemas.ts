import { z } from 'zod';

/** Text without NUL or other control characters, which no id or command ever holds. */
const plain = (s: z.ZodString) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  s.regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f]*$/, 'must not contain control characters');
const ref = plain(z.string().trim().min(1).max(200));
const userId = plain(z.string().trim().min(1, 'choose who you are acting as').max(320));
const chatId = ref.nullable().default(null);
const shortText = plain(z.string().max(2_000, 'is longer than 2000 characters'));
const strings = z
  .record(z.string().max(100), shortText)
  .refine((r) => Object.keys(r).length <= 50, 'has more than 50 entries');

/** Text typed into the command box, run as a command in the channel shown (null: direct messages). */
export const CommandRequest = z.object({
  userId,
  chatId,
  text: plain(z.string().trim().min(1, 'type a command first').max(2_000, 'is longer than 2000 characters')),
});

/** A button click; `messageId` is null for buttons in a reply only the actor sees. */
export const ActionRequest = z.object({
  userId,
  chatId,
  messageId: z
    .string()
    .regex(/^[1-9]\d{0,15}$/, 'must be the id of a message')
    .nullable()
    .default(null),
  actionId: z.string().min(1, 'is required').max(100),
  value: shortText.default(''),
});

export const FormRequest = z.object({
  userId,
  chatId,
  formId: z.string().min(1, 'is required').max(100),
  values: strings,
  metadata: strings.default({}),
});

/** A file dropped on the page: who sends it, where (null: their direct messages with Duebot), its name. */
export const UploadQuery = z
  .object({
    userId,
    chatId,
    name: plain(z.string().trim().min(1, 'name the file').max(200, 'is longer than 200 characters')),
  })
  .strict();

export const CLOCK_MOVES = [
  'next_morning',
  'evening',
  'next_day',
  'next_hour',
  'next_checkin',
  'next_weekly_report',
  'next_monthly_report',
] as const;

/** Where to move simulated time, in the given team's timezone (the first team's when absent). */
export const ClockMoveRequest = z.object({
  to: z.enum(CLOCK_MOVES, { message: `must be one of ${CLOCK_MOVES.join(', ')}` }),
  teamId: z.number().int().positive().optional(),
});

/** Older pages before a message id, or the messages matching a search. */
const paging = {
  before: z
    .string()
    .regex(/^[1-9]\d{0,15}$/, 'must be the id of a message')
    .optional(),
  q: z.string().trim().min(1).max(100, 'is longer than 100 characters').optional(),
};

export const MessagesQuery = z.union(
  [z.object({ chatId: ref, ...paging }).strict(), z.object({ userId: ref, ...paging }).strict()],
  { message: 'give either chatId (a channel) or userId (direct messages)' },
);

export const FileId = z.string().regex(/^[1-9]\d{0,15}$/, 'must be the id of a file');
