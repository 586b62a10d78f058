import { barChart } from '../../src/console/charts.js';

const texts = { caption: 'Gesprekken per week', labelHeader: 'Week', valueHeader: 'Aantal', empty: 'Nog geen gegevens.' };

describe('bar charts', () => {
  test('when there are counts, then the SVG draws one bar per count and a captioned table repeats them for screen readers', () => {
    const chart = barChart([{ label: '2026-W45', value: 2 }, { label: '2026-W46', value: 4 }], texts).value;
    expect(chart.match(/<rect /g)).toHaveLength(2);
    expect(chart).toContain('width="180"');
    expect(chart).toContain('width="360"');
    expect(chart).toContain('aria-hidden="true"');
    expect(chart).toMatch(/<table class="visually-hidden">\s*<caption>Gesprekken per week<\/caption>/);
    expect(chart).toContain('<th scope="row">2026-W46</th><td>4</td>');
  });

  test('when a label holds markup, then it is escaped', () => {
    expect(barChart([{ label: '<script>', value: 1 }], texts).value).not.toContain('<script>');
  });

  test('when there are no counts, then the chart says so', () => {
    expect(barChart([], texts).value).toContain('Nog geen gegevens.');
  });
});
