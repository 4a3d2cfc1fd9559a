import type { CommissionTable } from '../../../domain/kpi/lateness.js';
import { addDays } from '../../../domain/local-date.js';
import { type ForecastFigures, forecastFigures } from '../forecast/forecast-figures.js';
import { renderForecast } from '../forecast/forecast-render.js';
import { type CollectorKpi, collectorKpis } from '../kpi/kpi-figures.js';
import { renderKpis } from '../kpi/kpi-render.js';
import { withBlocks } from '../output.js';
import { section } from './section.js';

/** Collector KPIs of the month (考核), with the commission factor table they were weighted by. */
export const kpiSection = section<{ rows: CollectorKpi[]; table: CommissionTable }>({
  id: 'kpi',
  build: ({ data }) => ({ rows: collectorKpis(data), table: data.team.settings.commissionTable }),
  render(f, rc) {
    const out = renderKpis(f.rows, f.table, rc.m, rc.sheet, rc.label, rc.chart);
    const [first, ...rest] = out.parts;
    const parts = first ? [withBlocks(first, out.chart ? [out.chart] : []), ...rest] : [];
    return { parts, sheets: out.sheets };
  },
});

/** The cash forecast at the end of the report: 4 and 13 weeks from the day after the month end. */
export const forecastSection = section<ForecastFigures>({
  id: 'forecast',
  build: ({ data }) => forecastFigures(data, addDays(data.asOf, 1)),
  render(f, rc) {
    const out = renderForecast(f, rc.m, rc.sheet, rc.chart);
    const [first, ...rest] = out.parts;
    const headline = out.headline.map((text) => ({ type: 'text' as const, text }));
    const parts = first
      ? [withBlocks(withBlocks(first, headline, 'after_heading'), out.chart ? [out.chart] : []), ...rest]
      : [];
    return { parts, sheets: out.sheets };
  },
});
