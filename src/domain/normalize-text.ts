/**
 * Normalising what people type in chat before it is read as an amount, a date or a keyword.
 */

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
// Full-width ASCII sits exactly 0xFEE0 above its half-width form.
const FULL_WIDTH_OFFSET = 0xfee0;

/** Folds full-width forms (５万, ＄, １２／１, ideographic space, ￥) to ASCII and trims the ends. */
export function normalizeInput(text: string): string {
  // Only the full-width block is folded: NFKC would also turn "5²" into "52" or "①" into "1",
  // silently reading a different amount than the one typed.
  return text
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\u3000/g, ' ')
    .replace(/\uFFE5/g, '¥')
    .replace(/\u2212/g, '-')
    .trim();
}
