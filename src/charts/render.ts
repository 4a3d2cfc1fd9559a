import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { echartsOption } from './echarts-option.js';
import { CHART_FONT_FAMILY, chartFontFile } from './font.js';
import type { ChartPicture, ChartSpec } from './spec.js';

/** How a chart is drawn; tests draw the same chart without the CJK font to compare. */
export interface DrawOptions {
  /** False draws with no font at all, as a machine without fonts would. */
  withFont?: boolean;
}

const DEFAULT_WIDTH = 900;
const DEFAULT_HEIGHT = 480;

/** The chart as SVG, from Apache ECharts' server-side renderer. */
export function chartSvg(spec: ChartSpec): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width ?? DEFAULT_WIDTH,
    height: spec.height ?? DEFAULT_HEIGHT,
  });
  try {
    chart.setOption(echartsOption(spec, CHART_FONT_FAMILY));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Draws a chart spec to PNG on the server: ECharts lays it out as SVG, resvg rasterises it with
 * the font shipped through npm, so Chinese labels are glyphs on any machine.
 */
export function drawChart(spec: ChartSpec, options: DrawOptions = {}): ChartPicture {
  const svg = chartSvg(spec);
  const withFont = options.withFont ?? true;
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: withFont
      ? { loadSystemFonts: false, fontFiles: [chartFontFile()], defaultFontFamily: CHART_FONT_FAMILY }
      : { loadSystemFonts: false },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
