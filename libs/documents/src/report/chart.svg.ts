/**
 * Charts of the summary report as inline SVG, drawn here: no JavaScript charting library (the PDF
 * renderer runs pages without JavaScript) and the same markup serves the browser. Text inside is
 * XML-escaped, so the SVG may be inserted unescaped as a trusted value.
 */

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (value: number): string => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

export interface TargetChartInput {
  /** One bar per reported period (the current value of each), in order. */
  points: Array<{ label: string; value: number }>;
  targetValue: number;
  /** '≥ 172 lao động', drawn beside the target line. */
  targetText: string;
  /** Forecast at the year's end, drawn as a hollow bar; null when there is none. */
  forecast: number | null;
}

/** Progress of one target: reported values as bars, the target as a dashed line, the forecast hollow. */
export function targetChartSvg(input: TargetChartInput): string {
  const width = 460;
  const height = 150;
  const left = 36;
  const bottom = 122;
  // The target's caption sits in its own band above the plot, clear of the bars' value labels.
  const top = 30;
  const bars = [...input.points.map((p) => ({ ...p, forecast: false })), ...(input.forecast === null ? [] : [{ label: 'Dự báo', value: input.forecast, forecast: true }])];
  const max = Math.max(input.targetValue, ...bars.map((b) => b.value), 1e-9) * 1.15;
  const y = (v: number) => bottom - (Math.max(0, v) / max) * (bottom - top);
  const slot = (width - left - 10) / Math.max(bars.length, 1);
  const barWidth = Math.min(48, slot * 0.6);
  const parts = bars.map((b, i) => {
    const x = left + slot * i + (slot - barWidth) / 2;
    const fill = b.forecast ? 'fill="none" stroke="#000" stroke-dasharray="3 2"' : 'fill="#8c8c8c"';
    return (
      `<rect x="${x.toFixed(1)}" y="${y(b.value).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(bottom - y(b.value)).toFixed(1)}" ${fill}/>` +
      `<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y(b.value) - 3).toFixed(1)}" text-anchor="middle" font-size="10">${escapeXml(fmt(b.value))}</text>` +
      `<text x="${(x + barWidth / 2).toFixed(1)}" y="${bottom + 13}" text-anchor="middle" font-size="10">${escapeXml(b.label)}</text>`
    );
  });
  const ty = y(input.targetValue).toFixed(1);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="chart" role="img">` +
    `<line x1="${left}" y1="${bottom}" x2="${width - 4}" y2="${bottom}" stroke="#000" stroke-width="0.8"/>` +
    parts.join('') +
    `<line x1="${left}" y1="${ty}" x2="${width - 4}" y2="${ty}" stroke="#000" stroke-width="1" stroke-dasharray="6 3"/>` +
    `<text x="${left}" y="11" font-size="10" font-style="italic">Chỉ tiêu: ${escapeXml(input.targetText)} (đường nét đứt)</text>` +
    `</svg>`
  );
}

/** One labelled horizontal bar with its value written after it; rows of a chart are stacked by `yTop`. */
function horizontalBar(label: string, yTop: number, left: number, rowHeight: number, barWidth: number, fill: string, text: string): string {
  return (
    `<text x="${left - 4}" y="${yTop + 10}" text-anchor="end" font-size="9">${escapeXml(label)}</text>` +
    `<rect x="${left}" y="${yTop + 2}" width="${barWidth.toFixed(1)}" height="${rowHeight - 4}" fill="${fill}"/>` +
    `<text x="${(left + barWidth + 3).toFixed(1)}" y="${yTop + 10}" font-size="9">${escapeXml(text)}</text>`
  );
}

/** Every target's percent of plan as one horizontal bar each (0–100%), the met ones dark. */
export function overviewChartSvg(rows: Array<{ label: string; percent: number | null; met: boolean | null }>): string {
  const rowHeight = 14;
  const left = 34;
  const barMax = 360;
  const width = left + barMax + 56;
  const height = rows.length * rowHeight + 8;
  const parts = rows.map((r, i) =>
    horizontalBar(r.label, 4 + i * rowHeight, left, rowHeight, ((r.percent ?? 0) / 100) * barMax, r.met ? '#404040' : '#b3b3b3', r.percent === null ? 'chưa có số liệu' : `${fmt(r.percent)}%`),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="chart overview" role="img">` +
    `<line x1="${left + barMax}" y1="0" x2="${left + barMax}" y2="${height}" stroke="#000" stroke-width="0.6" stroke-dasharray="2 2"/>` +
    parts.join('') +
    `</svg>`
  );
}

/**
 * Counts as horizontal bars, the longest full width, each labelled with its name (long names cut
 * with an ellipsis; the full name is the bar's title) and its count.
 */
export function countChartSvg(rows: Array<{ label: string; count: number }>, ariaLabel: string): string {
  const rowHeight = 16;
  const left = 190;
  const barMax = 300;
  const width = left + barMax + 50;
  const height = rows.length * rowHeight + 8;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const short = (label: string) => (label.length > 38 ? `${label.slice(0, 37)}…` : label);
  const parts = rows.map(
    (r, i) => `<g class="bar"><title>${escapeXml(`${r.label}: ${fmt(r.count)}`)}</title>${horizontalBar(short(r.label), 4 + i * rowHeight, left, rowHeight, (r.count / max) * barMax, '#6b6b6b', fmt(r.count))}</g>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="chart counts" role="img" aria-label="${escapeXml(ariaLabel)}">${parts.join('')}</svg>`;
}
