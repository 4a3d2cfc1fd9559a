import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { echartsOption } from './echarts-option.js';
import { CHART_FONT_FAMILY, chartFontFile } from './font.js';
import { FontSubsetter } from './font-subset.js';
import type { ChartPicture, ChartSpec } from './spec.js';

/** How a chart is drawn; tests draw the same chart without the CJK font to compare. */
export interface DrawOptions {
  /** False draws with no font at all, as a machine without fonts would. */
  withFont?: boolean;
}

const DEFAULT_WIDTH = 900;
const DEFAULT_HEIGHT = 480;

let subsetter: FontSubsetter | null = null;

/**
 * Runs `draw` with the chart font cut down to the characters of this SVG, as a file: resvg
 * parses a font anew for every picture, and given as a buffer it misplaces the text.
 */
function withFontFor<T>(svg: string, draw: (fontFile: string) => T): T {
  subsetter ??= new FontSubsetter(readFileSync(chartFontFile()));
  const dir = mkdtempSync(join(tmpdir(), 'duebot-chart-'));
  try {
    const file = join(dir, 'font.otf');
    // The markup's own characters are ASCII, which a chart's labels need anyway.
    writeFileSync(file, subsetter.subset(svg));
    return draw(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
  const render = (font: { loadSystemFonts: false; fontFiles?: string[]; defaultFontFamily?: string }) =>
    new Resvg(svg, { background: '#ffffff', font }).render();
  const image =
    (options.withFont ?? true)
      ? withFontFor(svg, (file) =>
          render({ loadSystemFonts: false, fontFiles: [file], defaultFontFamily: CHART_FONT_FAMILY }),
        )
      : render({ loadSystemFonts: false });
  return { png: image.asPng(), width: image.width, height: image.height };
}
