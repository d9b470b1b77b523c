import * as echarts from 'echarts';
import { writtenTail } from '../diff/render.js';
import type { FactsSeries, MetricSeries } from './index.js';

const chartSize = { width: 460, height: 280 };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The label of a year on the x axis: the year, or the edition's title when its year cannot be told. */
const yearLabel = (year: number | null, edition: string) => (year === null ? edition : String(year));

/**
 * One metric's chart as an SVG string, drawn by ECharts on the server (no browser): its figures
 * in the newest edition's scale and unit (71.8 → 142.5 万个), one point per edition that states it.
 * Inline SVG in HTML needs no namespace declarations: they are left out, so that the page holds
 * no address at all.
 */
function metricChart(metric: MetricSeries, years: string[]): string {
  const newest = metric.points.at(-1)!.fact;
  const axisUnit = newest.unit === '%' ? '%' : (writtenTail(newest)?.trim() ?? newest.unit_text);
  const scale = newest.unit === '%' ? 1 : newest.scale;
  const byYear = new Map(metric.points.map((point) => [yearLabel(point.year, point.edition), Number((point.value / scale).toPrecision(12))]));
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...chartSize });
  chart.setOption({
    animation: false,
    title: { text: metric.metric, left: 'center', textStyle: { fontSize: 14 } },
    grid: { left: 64, right: 24, top: 64, bottom: 36 },
    xAxis: { type: 'category', data: years },
    // A rank is better the smaller it is: first place on top.
    yAxis: { type: 'value', name: axisUnit, scale: true, inverse: metric.kind === 'rank', minInterval: metric.kind === 'rank' ? 1 : 0 },
    series: [{ type: 'line', connectNulls: true, data: years.map((year) => byYear.get(year) ?? null), label: { show: true }, symbolSize: 8 }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg.replace(/\s+xmlns(?::\w+)?="[^"]*"/g, '');
}

/**
 * series.html: one self-contained page — styles and charts inline, no script, no address — with
 * one chart per metric that two or more editions state, then a table of every figure.
 */
export function renderSeriesHtml(series: FactsSeries): string {
  const years = series.editions.map((edition) => yearLabel(edition.year, edition.title));
  const charts = series.metrics.map((metric) => `<figure class="chart" id="${metric.id}">${metricChart(metric, years)}</figure>`);
  const header = ['metric', ...years].map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
  const rows = series.metrics.map((metric) => {
    const byYear = new Map(metric.points.map((point) => [yearLabel(point.year, point.edition), point.text]));
    const cells = years.map((year) => `<td>${escapeHtml(byYear.get(year) ?? '')}</td>`).join('');
    return `<tr><th scope="row"><a href="#${metric.id}">${escapeHtml(metric.metric)}</a></th>${cells}</tr>`;
  });
  const title = `${series.editions[0]?.title ?? ''} … ${series.editions.at(-1)?.title ?? ''}`;
  return `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: sans-serif; margin: 2em; color: #222; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; }
.chart { margin: 0; border: 1px solid #ddd; }
table { border-collapse: collapse; margin-top: 2em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
td { text-align: right; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${series.metrics.length} metrics stated in two or more of ${series.editions.length} editions: ${series.editions.map((edition) => escapeHtml(`${edition.title} (${edition.source_file})`)).join(', ')}.</p>
<section class="charts">
${charts.join('\n')}
</section>
<table>
<thead><tr>${header}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
