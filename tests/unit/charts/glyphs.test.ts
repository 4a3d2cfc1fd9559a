import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { type ChartSpec, drawChart } from '../../../src/charts/index.js';

// The title band of a chart: where the Chinese title is drawn (left 16 px, top 10 px, 18 px type).
const TITLE = { x0: 10, y0: 6, x1: 460, y1: 36 };

function chart(title: string): ChartSpec {
  return {
    title,
    subtitle: 'CNY · 华东回款组',
    categories: ['1–30天', '31–60天', '61–90天'],
    series: [{ name: '逾期金额', kind: 'bar', values: [120, 80, 40] }],
    axes: [{ name: '金额（CNY）', format: 'number' }],
    width: 600,
    height: 320,
  };
}

/** Dark pixels in the title band, and the band itself for comparing two drawings. */
function titleInk(png: Buffer): { ink: number; band: Buffer } {
  const image = PNG.sync.read(png);
  const rows: Buffer[] = [];
  let ink = 0;
  for (let y = TITLE.y0; y < TITLE.y1; y++) {
    const start = (y * image.width + TITLE.x0) * 4;
    const row = image.data.subarray(start, start + (TITLE.x1 - TITLE.x0) * 4);
    rows.push(Buffer.from(row));
    for (let i = 0; i < row.length; i += 4)
      if ((row[i] ?? 255) + (row[i + 1] ?? 255) + (row[i + 2] ?? 255) < 384) ink++;
  }
  return { ink, band: Buffer.concat(rows) };
}

describe('charts drawn on the server', () => {
  it('are PNG pictures of the size asked for', () => {
    const picture = drawChart(chart('逾期账龄分布'));
    const image = PNG.sync.read(picture.png);
    expect([image.width, image.height]).toEqual([600, 320]);
  });

  it('draw Chinese labels as glyphs with the shipped font, where no font leaves nothing at all', () => {
    const withFont = titleInk(drawChart(chart('逾期账龄分布')).png);
    const withoutFont = titleInk(drawChart(chart('逾期账龄分布'), { withFont: false }).png);
    expect(withoutFont.ink).toBe(0);
    expect(withFont.ink).toBeGreaterThan(300);
  });

  it('draw different characters differently, which boxes (tofu) would not', () => {
    // Six characters each: missing glyphs would be six identical boxes in both titles.
    const a = titleInk(drawChart(chart('逾期账龄分布')).png);
    const b = titleInk(drawChart(chart('回款预测报表')).png);
    expect(a.ink).toBeGreaterThan(300);
    expect(b.ink).toBeGreaterThan(300);
    expect(a.band.equals(b.band)).toBe(false);
    // The same title drawn twice is the same picture: the drawing is deterministic.
    expect(titleInk(drawChart(chart('逾期账龄分布')).png).band.equals(a.band)).toBe(true);
  });
});
