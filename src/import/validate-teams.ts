import { TeamSettingsSchema } from '../app/team-settings.js';
import { isValidTimeZone } from '../domain/local-date.js';
import { BAND_TABLE_SETTINGS, readBandTable } from './band-table-setting.js';
import type { Cell } from './cells.js';
import { CALENDAR_WORDS, LOCALE_WORDS, readAmount, readInteger, readTime, readWord } from './cells.js';
import { SETTING_KEYS } from './fields.js';
import type { RowReader, RowValidator } from './row-reader.js';
import type { StageValue } from './types.js';

const DEFAULTS = TeamSettingsSchema.parse({}) as Record<string, unknown>;

const readTimeZone = (text: string): Cell<string> =>
  isValidTimeZone(text) && (text.includes('/') || text === 'UTC')
    ? { ok: true, value: text }
    : { ok: false, reason: 'not an IANA timezone (e.g. Asia/Shanghai)' };

/** Reads one settings cell the way its default is typed; money settings accept 10万 too. */
function readSetting(key: string, text: string): Cell<unknown> {
  const base = DEFAULTS[key];
  let cell: Cell<unknown>;
  if (BAND_TABLE_SETTINGS.has(key)) cell = readBandTable(key, text);
  else if (key === 'largeAmount') {
    const amount = readAmount(text, 'CNY', { allowZero: true });
    cell = amount.ok ? { ok: true, value: amount.value.minor } : amount;
  } else if (typeof base === 'number') cell = readInteger(text);
  else if (typeof base === 'string' && /^\d\d:\d\d$/.test(base)) cell = readTime(text);
  else cell = { ok: true, value: text.trim().toLowerCase() };
  if (!cell.ok) return cell;
  const shape = TeamSettingsSchema.shape[key as keyof typeof TeamSettingsSchema.shape];
  const checked = shape.safeParse(cell.value);
  return checked.success
    ? { ok: true, value: checked.data }
    : { ok: false, reason: checked.error.issues[0]?.message ?? 'invalid' };
}

/** Teams: code, name, timezone, language, working calendar and optional rule settings. */
export const teamRows: RowValidator = {
  columns: [
    { name: 'code', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'timezone', type: 'text' },
    { name: 'locale', type: 'text' },
    { name: 'calendar_kind', type: 'text' },
    { name: 'legal_name', type: 'text' },
    { name: 'legal_address', type: 'text' },
    { name: 'settings', type: 'jsonb' },
  ],
  validate(row: RowReader): StageValue[] {
    const settings: Record<string, unknown> = {};
    for (const key of SETTING_KEYS) {
      const value = row.read(key, (text) => readSetting(key, text));
      if (value !== null) settings[key] = value;
    }
    return [
      row.required('code'),
      row.required('name'),
      row.read('timezone', readTimeZone),
      row.read('locale', (text) => readWord(text, LOCALE_WORDS, 'locale')),
      row.read('calendar', (text) => readWord(text, CALENDAR_WORDS, 'calendar')),
      row.text('legal_name'),
      row.text('legal_address'),
      Object.keys(settings).length > 0 ? JSON.stringify(settings) : null,
    ];
  },
};
