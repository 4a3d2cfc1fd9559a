/** Chart drawing behind one module: a neutral chart spec in, PNG bytes out. */
export { type DrawOptions, drawChart } from './render.js';
export type { ChartAxis, ChartPicture, ChartSeries, ChartSpec } from './spec.js';
