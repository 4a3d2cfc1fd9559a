// PostgreSQL text holds neither NUL nor unpaired UTF-16 surrogates (a half of an emoji cut off);
// typed text carrying either is kept out of queries or cleaned before it is stored.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Names and invoice numbers are short; anything longer cannot match one.
const MAX_TARGET = 200;

/** Whether typed text can be looked up at all: short, with no NUL and no broken characters. */
export function searchable(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return (
    text.length > 0 && text.length <= MAX_TARGET && !text.includes('\u0000') && !LONE_SURROGATE.test(text)
  );
}

/** Free text as it can be stored: NUL dropped, broken characters replaced by U+FFFD. */
export function storable(text: string | null): string | null {
  return text === null ? null : text.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD');
}
