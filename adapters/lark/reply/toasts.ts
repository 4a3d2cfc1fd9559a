import type { Locale } from '../../../src/locale/index.js';

/** The adapter's own words around a card action, in the team's language. */
export interface ToastWords {
  formSent: string;
  saved: string;
  fixFields: string;
  received: string;
  saving: string;
}

const WORDS: Record<Locale, ToastWords> = {
  'zh-CN': {
    formSent: '表单已发送给你，请填写后提交',
    saved: '已保存',
    fixFields: '有字段需要修改，请看卡片上的红字',
    received: '收到，马上回复你',
    saving: '已提交，正在保存，卡片稍后更新',
  },
  en: {
    formSent: 'The form has been sent to you: fill it in and submit',
    saved: 'Saved',
    fixFields: 'Some fields need correcting: see the red notes on the card',
    received: 'Got it: the answer follows in a moment',
    saving: 'Submitted: saving, the card updates in a moment',
  },
};

/** Toast wording for a locale. */
export function toastWords(locale: Locale): ToastWords {
  return WORDS[locale];
}
