/**
 * The neutral chart spec: what a report wants drawn, with no charting library in sight. Values
 * are display numbers (major units, percentages, days), never the exact money the figures keep.
 */

/** One series of values, one per category; null leaves a gap. */
export interface ChartSeries {
  name: string;
  values: readonly (number | null)[];
  kind: 'bar' | 'line';
  /** Bars with the same stack name are stacked on each other. */
  stack?: string;
  /** 0 = the left (or only) value axis, 1 = the right one. */
  axis?: 0 | 1;
}

/** A value axis: its name and how its numbers read. */
export interface ChartAxis {
  name: string;
  format: 'number' | 'percent' | 'days';
}

/** A bar and line chart over categories (weeks, months, buckets, people, customers). */
export interface ChartSpec {
  title: string;
  /** Shown under the title, e.g. the currency and the period. */
  subtitle?: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  axes: readonly [ChartAxis] | readonly [ChartAxis, ChartAxis];
  /** Categories on the vertical axis, bars running sideways (long names: people, customers). */
  horizontal?: boolean;
  width?: number;
  height?: number;
}

/** A drawn chart: the PNG and its size in pixels. */
export interface ChartPicture {
  png: Buffer;
  width: number;
  height: number;
}
