import { type ChartSpec, drawChart } from '../../charts/index.js';
import type { Block } from '../../chat/message.js';
import { minorDigits } from '../../domain/currency.js';

/** Minor units as a number of major units, for drawing only: charts never carry the exact figures. */
export function drawnAmount(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

/** Turns a chart spec into the block that shows it; `noCharts` leaves charts out (benchmarks). */
export type ChartDrawer = (spec: ChartSpec, name: string, altText: string) => Block | null;

/** Leaves every chart out. */
export const noCharts: ChartDrawer = () => null;

/** Draws a chart and wraps it as an image block with its one-line summary. */
export function chartBlock(spec: ChartSpec, name: string, altText: string): Block {
  const picture = drawChart(spec);
  return { type: 'image', name, altText, contentBase64: picture.png.toString('base64') };
}
