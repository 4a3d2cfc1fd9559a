import type { AgingBucket } from '../domain/aging.js';

export type Locale = 'zh-CN' | 'en';

/** Every user-facing string, one implementation per locale. */
export interface Messages {
  weekday(day: number): string;
  dayKind(working: boolean): string;
  preDue(days: number): string;
  overdueTotal: string;
  nothingOpen: string;
  items(count: number): string;
  bucket(bucket: AgingBucket): string;
}

export const SUPPORTED_LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Narrows a stored locale to a supported one, falling back to Chinese. */
export function asLocale(value: string): Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'zh-CN';
}
