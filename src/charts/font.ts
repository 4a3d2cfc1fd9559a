import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The family name inside the font file, which the drawn SVG asks for. */
export const CHART_FONT_FAMILY = 'Noto Sans S Chinese';

let found: string | null = null;

/**
 * The CJK font charts are drawn with, shipped through npm (Noto Sans SC, OFL): the machines that
 * run Duebot have no fonts of their own, and without it every label would be missing.
 */
export function chartFontFile(): string {
  if (found) return found;
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  const file = join(dirname(entry), '..', 'fonts', 'NotoSansHans-Regular.otf');
  if (!existsSync(file)) throw new Error(`the chart font is missing at ${file}: run npm ci`);
  found = file;
  return file;
}
