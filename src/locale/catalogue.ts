import type { en } from './en.js';

export type Locale = 'zh-CN' | 'en';

/** Every user-facing string; English defines the shape, each locale fills it in. */
export type Messages = typeof en;

export const SUPPORTED_LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Narrows a stored locale to a supported one, falling back to Chinese. */
export function asLocale(value: string): Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'zh-CN';
}
