import type { ChartAxis, ChartSpec } from './spec.js';

const PALETTE = ['#3b6fd8', '#f2a33a', '#e5533d', '#8b5cc9', '#2e9e6a', '#7a869a', '#c9487f', '#1f9bb6'];

/** Axis numbers short enough to read beside the axis: 1,234,567 → 1.23M. */
function axisLabel(format: ChartAxis['format']): (value: number) => string {
  if (format === 'percent') return (v) => `${Math.round(v)}%`;
  if (format === 'days') return (v) => `${Math.round(v)}`;
  return (v) => {
    const a = Math.abs(v);
    if (a >= 1e9) return `${+(v / 1e9).toFixed(2)}B`;
    if (a >= 1e6) return `${+(v / 1e6).toFixed(2)}M`;
    if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
    return `${+v.toFixed(2)}`;
  };
}

/** Long or many category names are written at a slant so none is left out. */
function crowded(categories: readonly string[]): boolean {
  return categories.length > 8 || categories.some((c) => [...c].length > 6);
}

/** The ECharts option that draws a spec: fixed layout, no animation, labels in the shipped font. */
export function echartsOption(spec: ChartSpec, fontFamily: string): Record<string, unknown> {
  const categoryAxis = {
    type: 'category',
    data: [...spec.categories],
    axisLabel: { interval: 0, fontSize: 12, rotate: !spec.horizontal && crowded(spec.categories) ? 30 : 0 },
    ...(spec.horizontal ? { inverse: true } : {}),
  };
  const valueAxes = spec.axes.map((axis, i) => ({
    type: 'value',
    // Sideways the axis name has no room at the end of the axis; the subtitle names the unit instead.
    name: spec.horizontal ? '' : axis.name,
    nameTextStyle: { fontSize: 12 },
    position: spec.horizontal ? (i === 0 ? 'bottom' : 'top') : i === 0 ? 'left' : 'right',
    splitLine: { show: i === 0 },
    axisLabel: { formatter: axisLabel(axis.format), fontSize: 11 },
    ...(axis.format === 'percent' && i === 1 ? { max: 100, min: 0 } : {}),
  }));
  const axisKey = spec.horizontal ? 'xAxisIndex' : 'yAxisIndex';
  return {
    animation: false,
    color: PALETTE,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily },
    title: {
      text: spec.title,
      subtext: spec.subtitle ?? '',
      left: 16,
      top: 10,
      textStyle: { fontSize: 18, fontWeight: 'normal', color: '#1f2937' },
      subtextStyle: { fontSize: 12, color: '#6b7280' },
    },
    legend: {
      top: spec.subtitle ? 62 : 44,
      left: 16,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 12 },
    },
    grid: {
      top: spec.subtitle ? 118 : 100,
      left: 16,
      right: spec.axes.length > 1 ? 24 : 32,
      bottom: 16,
      containLabel: true,
    },
    xAxis: spec.horizontal ? valueAxes : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxes,
    series: spec.series.map((s) => ({
      name: s.name,
      type: s.kind,
      data: [...s.values],
      ...(s.stack ? { stack: s.stack } : {}),
      [axisKey]: s.axis ?? 0,
      ...(s.kind === 'line' ? { symbolSize: 6, lineStyle: { width: 2 } } : { barMaxWidth: 36 }),
    })),
  };
}
