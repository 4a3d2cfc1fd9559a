import type { Insertable, Selectable } from 'kysely';
import type { CreatedAt } from './org.js';

export type LetterKind = 'letter' | 'final_notice' | 'lawyer_letter' | 'balance_confirmation';

export interface LetterTemplateTable {
  team_id: number;
  kind: LetterKind;
  /** 'zh-CN' or 'en'. */
  locale: string;
  subject: string;
  /** Text with {{placeholders}}; `{{items_table}}` stands on a line of its own. */
  body: string;
  updated_at: CreatedAt;
}

export type LetterTemplateRow = Selectable<LetterTemplateTable>;
export type NewLetterTemplate = Insertable<LetterTemplateTable>;
