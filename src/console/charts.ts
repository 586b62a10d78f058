import { html, type Html } from './html.js';

export interface Bar {
  label: string;
  value: number;
}

export interface ChartTexts {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  empty: string;
}

const ROW = 28;
const LABEL_WIDTH = 200;
const BAR_AREA = 360;
const VALUE_GAP = 8;

/**
 * A horizontal bar chart as inline SVG, rendered on the server, with the same numbers in a table
 * for screen readers (the drawing itself is hidden from them).
 */
export function barChart(bars: readonly Bar[], texts: ChartTexts): Html {
  if (bars.length === 0) {
    return html`<figure class="chart"><figcaption>${texts.caption}</figcaption><p>${texts.empty}</p></figure>`;
  }
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const width = LABEL_WIDTH + BAR_AREA + 60;
  const height = bars.length * ROW;
  const rows = bars.map((bar, i) => {
    const y = i * ROW;
    const barWidth = Math.round((bar.value / max) * BAR_AREA);
    return html`<g>
      <text x="${LABEL_WIDTH - VALUE_GAP}" y="${y + ROW / 2}" class="chart-label" text-anchor="end" dominant-baseline="middle">${bar.label}</text>
      <rect x="${LABEL_WIDTH}" y="${y + 4}" width="${barWidth}" height="${ROW - 8}" class="chart-bar"></rect>
      <text x="${LABEL_WIDTH + barWidth + VALUE_GAP}" y="${y + ROW / 2}" class="chart-value" dominant-baseline="middle">${bar.value}</text>
    </g>`;
  });
  return html`<figure class="chart">
  <figcaption>${texts.caption}</figcaption>
  <svg viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false">${rows}</svg>
  <table class="visually-hidden">
    <caption>${texts.caption}</caption>
    <thead><tr><th scope="col">${texts.labelHeader}</th><th scope="col">${texts.valueHeader}</th></tr></thead>
    <tbody>${bars.map((bar) => html`<tr><th scope="row">${bar.label}</th><td>${bar.value}</td></tr>`)}</tbody>
  </table>
</figure>`;
}
