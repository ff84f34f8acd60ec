import { graphql } from '../api.js';
import { draw } from '../charts.js';
import { count, html, percent, yuan } from '../format.js';
import { t } from '../i18n.js';
import { lastMonths, rangeControls, rangeInput } from '../range.js';
import { element, fill, options } from '../view.js';

export const cohortsQuery = `query Cohorts($range: AnalyticsRangeInput!, $basis: CohortBasis!, $periods: Int!) {
  analyticsCohorts(range: $range, basis: $basis, periods: $periods) {
    bucket
    cohorts { start end users lifetimeValueFen periods { index activeLearners purchasers revenueFen retention cumulativeRevenuePerUserFen } }
  }
}`;

const range = lastMonths(6);
let basis = 'FIRST_PURCHASE';
let periods = 6;

export async function render(main) {
  const panel = element('<section class="panel wide" data-panel="cohorts"></section>');
  const controls = rangeControls(range, () => {
    basis = controls.elements.basis.value;
    periods = Number(controls.elements.periods.value);
    drawCohorts(panel);
  });
  controls.querySelector('button').before(
    element(`<label>${html(t('basis'))}<select name="basis">${options(['FIRST_PURCHASE', 'SIGN_UP'], basis)}</select></label>`),
    element(`<label>${html(t('periods'))}<input type="number" name="periods" min="1" max="24" value="${periods}"></label>`));
  main.append(element(`<h1>${html(t('cohorts'))}</h1>`), controls, panel);
  await drawCohorts(panel);
}

function drawCohorts(target) {
  const variables = { range: rangeInput(range), basis, periods };
  return fill(target, () => graphql(cohortsQuery, variables), ({ analyticsCohorts: table }) => {
    const labels = table.cohorts.map((cohort) => cohort.start);
    const width = Math.max(0, ...table.cohorts.map((cohort) => cohort.periods.length));
    target.append(
      element(`<h2>${html(t('retention'))}</h2>`),
      element('<div class="chart tall" data-chart="cohorts"></div>'),
      element(`<div class="table-wrap"><table>
        <thead><tr><th>${html(t('cohort'))}</th><th>${html(t('users'))}</th><th>${html(t('lifetimeValue'))}</th></tr></thead>
        <tbody>${table.cohorts.map((cohort) => `<tr><td>${html(cohort.start)} – ${html(cohort.end)}</td>
          <td>${count(cohort.users)}</td><td>${yuan(cohort.lifetimeValueFen)}</td></tr>`).join('')}</tbody>
      </table></div>`));
    draw(target.querySelector('[data-chart]'), {
      tooltip: {
        formatter: (item) => {
          const period = table.cohorts[item.value[1]].periods[item.value[0]];
          return `${labels[item.value[1]]} · ${t('period')} ${period.index}<br>${percent(item.value[2])}`
            + `<br>${t('activeLearners')}: ${count(period.activeLearners)}<br>${t('payingUsers')}: ${count(period.purchasers)}`;
        },
      },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', name: t('period'), data: Array.from({ length: width }, (_, index) => String(index)), splitArea: { show: true } },
      yAxis: { type: 'category', data: labels, inverse: true, splitArea: { show: true } },
      visualMap: { min: 0, max: 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, formatter: (value) => percent(value, 0) },
      series: [{
        id: 'retention',
        type: 'heatmap',
        data: table.cohorts.flatMap((cohort, row) => cohort.periods.map((period, column) => [column, row, period.retention])),
        label: { show: true, formatter: (item) => percent(item.value[2], 0) },
      }],
    });
  });
}
