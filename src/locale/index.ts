import { asLocale, type Locale, type Messages } from './catalogue.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

export type { Locale, Messages };
export { asLocale };

/** The message catalogue for a team's locale. */
export function messagesFor(locale: string): Messages {
  return asLocale(locale) === 'en' ? en : zhCN;
}
