import type { Block, Message } from '../../../chat/message.js';
import type { OpenItem } from '../../../domain/kpi/ledger.js';
import type { Messages } from '../../../locale/index.js';
import type { Cell, Sheet } from '../../lists/xlsx-writer.js';
import type { ChartDrawer } from '../chart-image.js';
import type { ReportData } from '../report-data.js';

/** What every section of the monthly report builds from: the data and the items open at the month's end. */
export interface SectionContext {
  data: ReportData;
  open: OpenItem[];
}

/** Makes a sheet with a name unique within the workbook. */
export type SheetMaker = (
  name: string,
  columns: [string, number][],
  rows: Cell[][],
  totals?: Cell[][],
) => Sheet;

export interface RenderContext {
  m: Messages;
  locale: string;
  sheet: SheetMaker;
  /** The month, e.g. 2026-11, for picture names. */
  label: string;
  chart: ChartDrawer;
}

/** What a section adds to the report: thread parts, sheets, and perhaps the main message's chart. */
export interface SectionOutput {
  parts: Message[];
  sheets: Sheet[];
  mainChart?: Block | null;
}

/**
 * One section of the monthly aging analysis. Its figures are plain data, stored with the report
 * when it is sent, and drawn again from the store when that month is asked for later.
 */
export interface MonthlySection<F = unknown> {
  id: string;
  build(ctx: SectionContext): F;
  render(figures: F, rc: RenderContext): SectionOutput;
}

/** Declares a section with its figure type checked, stored beside the others untyped. */
export function section<F>(s: MonthlySection<F>): MonthlySection {
  return s as MonthlySection;
}
