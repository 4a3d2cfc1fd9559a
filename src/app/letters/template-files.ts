import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DbOrTrx } from '../../db/connect.js';
import { findAgreementTemplate } from '../../db/repositories/repayment-plan.repository.js';
import type { LetterKind } from '../../db/schema/index.js';
import { SUPPORTED_LOCALES } from '../../locale/catalogue.js';
import { messagesFor } from '../../locale/index.js';
import { agreementProblems } from '../commitments/agreement-template.js';
import { effectiveTemplate } from './compose-letter.js';
import { ALL_LETTER_KINDS } from './letter-option.js';
import { type LetterTemplate, templateProblems } from './letter-template.js';

/** A template read from a file, ready to store. */
export interface TemplateFile extends LetterTemplate {
  /** A letter, or the repayment agreement (还款协议) of repayment plans. */
  kind: LetterKind | typeof AGREEMENT;
  locale: string;
  file: string;
}

const FILE_NAME =
  /^(letter|final_notice|lawyer_letter|balance_confirmation|repayment_agreement)\.(zh-CN|en)\.txt$/;

/** The file kind of the repayment agreement, worded per team like the letters. */
export const AGREEMENT = 'repayment_agreement';

/** One file per kind and language: `letter.zh-CN.txt`, `lawyer_letter.en.txt`… */
export const templateFileName = (kind: TemplateFile['kind'], locale: string) => `${kind}.${locale}.txt`;

/** A template as a file: the subject on the first line, a blank line, then the body. */
export function templateFileText(template: LetterTemplate): string {
  return `${template.subject}\n\n${template.body.replace(/\n+$/, '')}\n`;
}

/** Reads a template file back; the problems name the file and line. */
export function parseTemplateFile(
  file: string,
  text: string,
): { template?: TemplateFile; problems: string[] } {
  const match = FILE_NAME.exec(file);
  if (!match)
    return {
      problems: [
        `${file}: not a template file; names are <kind>.<locale>.txt with kind ${[...ALL_LETTER_KINDS, AGREEMENT].join(' or ')} and locale ${SUPPORTED_LOCALES.join(' or ')}`,
      ],
    };
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if ((lines[1] ?? '').trim() !== '')
    return {
      problems: [
        `${file}: line 2 must be empty: the first line is the subject, the body follows a blank line`,
      ],
    };
  const template = {
    kind: match[1] as TemplateFile['kind'],
    locale: match[2] as string,
    file,
    subject: (lines[0] ?? '').trim(),
    body: lines.slice(2).join('\n').replace(/\n+$/, ''),
  };
  // Body line numbers in problems are shifted to the file's own numbering (subject and blank line first).
  const found = template.kind === AGREEMENT ? agreementProblems(template) : templateProblems(template);
  const problems = found.map(
    (p) => `${file}: ${p.replace(/^body line (\d+)/, (_, n: string) => `line ${Number(n) + 2}`)}`,
  );
  return problems.length > 0 ? { problems } : { template, problems };
}

/** Writes every template the team uses (its own, else the built-in one) into `dir`; returns the files. */
export async function exportTemplates(db: DbOrTrx, teamId: number, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const kind of ALL_LETTER_KINDS)
    for (const locale of SUPPORTED_LOCALES) {
      const file = path.join(dir, templateFileName(kind, locale));
      await writeFile(file, templateFileText(await effectiveTemplate(db, teamId, kind, locale)));
      written.push(file);
    }
  for (const locale of SUPPORTED_LOCALES) {
    const file = path.join(dir, templateFileName(AGREEMENT, locale));
    const own = await findAgreementTemplate(db, teamId, locale);
    await writeFile(file, templateFileText(own ?? messagesFor(locale).repayment.defaultAgreement));
    written.push(file);
  }
  return written;
}

/** Reads and validates every template file in `dir`; any problem means none should be stored. */
export async function readTemplateDir(
  dir: string,
): Promise<{ templates: TemplateFile[]; problems: string[] }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) return { templates: [], problems: [`${dir}: no .txt template files`] };
  const templates: TemplateFile[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const read = parseTemplateFile(name, await readFile(path.join(dir, name), 'utf8'));
    problems.push(...read.problems);
    if (read.template) templates.push(read.template);
  }
  return { templates, problems };
}
