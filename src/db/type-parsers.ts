/** PostgreSQL type ids whose text form Duebot reads its own way. */
export const PG_TYPES = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

/** bigint columns (money in minor units, counts) become numbers, refusing any that would lose precision. */
export function parseSafeInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`integer ${text} is beyond the exact range Duebot handles`);
  }
  return value;
}

/** Calendar dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's timezone. */
export function parseDate(text: string): string {
  return text;
}
