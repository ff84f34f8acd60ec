import { graphql } from '../api.js';
import { draw } from '../charts.js';
import { count, html, percent, yuan } from '../format.js';
import { t } from '../i18n.js';
import { lastDays, rangeControls, rangeInput } from '../range.js';
import { element, fill, options } from '../view.js';

const figures = 'gmvFen refundedFen netRevenueFen orders payingUsers averageOrderValueFen refundRate newUsers activeLearners';

export const todayQuery = `{ analyticsToday { date today { ${figures} } yesterday { ${figures} } yesterdayBySameTime { ${figures} } } }`;

export const overviewQuery = `query Overview($range: AnalyticsRangeInput!) {
  analyticsOverview(range: $range) { timeZone totals { ${figures} } series { start end figures { ${figures} } } }
}`;

export const breakdownQuery = `query Breakdown($range: AnalyticsRangeInput!, $by: RevenueDimension!) {
  revenueBreakdown(range: $range, by: $by) { key label gmvFen netRevenueFen orders payingUsers }
}`;

const range = lastDays(30);
let dimension = 'CATEGORY';

// The cards: each figure, how to show it, and whether a rise is good news.
const cards = [
  ['gmv', 'gmvFen', yuan],
  ['netRevenue', 'netRevenueFen', yuan],
  ['orders', 'orders', count],
  ['payingUsers', 'payingUsers', count],
  ['averageOrderValue', 'averageOrderValueFen', yuan],
  ['refundRate', 'refundRate', percent, true],
  ['newUsers', 'newUsers', count],
  ['activeLearners', 'activeLearners', count],
];

export async function render(main) {
  const today = element('<section class="cards" data-panel="today"></section>');
  const trend = element('<section class="panel wide"></section>');
  const breakdown = element('<section class="panel wide"></section>');
  const totals = element('<section class="panel wide" data-panel="totals"></section>');
  main.append(
    element(`<h1>${html(t('overview'))}</h1>`),
    today,
    rangeControls(range, () => { drawTrend(trend, totals); drawBreakdown(breakdown); }),
    element('<div class="grid"></div>'));
  main.querySelector('.grid').append(trend, totals, breakdown);
  await Promise.all([drawToday(today), drawTrend(trend, totals), drawBreakdown(breakdown)]);
}

function drawToday(target) {
  return fill(target, () => graphql(todayQuery), ({ analyticsToday: day }) => {
    target.append(...cards.map(([label, field, format, lowerIsBetter]) => {
      const now = day.today[field];
      const before = day.yesterdayBySameTime[field];
      const better = now === before || now === null || before === null ? '' : (now > before) !== Boolean(lowerIsBetter) ? 'up' : 'down';
      return element(`<div class="card" data-figure="${field}">
        <div class="label">${html(t(label))} · ${html(t('today'))}</div>
        <div class="value">${html(format(now))}</div>
        <div class="compare"><span class="${better}">${html(t('vsYesterdaySameTime', format(before)))}</span>
          · ${html(t('yesterdayTotal', format(day.yesterday[field])))}</div>
      </div>`);
    }));
  });
}

function drawTrend(target, totalsTarget) {
  return fill(target, () => graphql(overviewQuery, { range: rangeInput(range) }), ({ analyticsOverview: overview }) => {
    target.append(
      element(`<h2>${html(t('trend'))} <small class="hint">${html(overview.timeZone)}</small></h2>`),
      element('<div class="chart tall" data-chart="overview-trend"></div>'));
    draw(target.querySelector('[data-chart]'), {
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        formatter: (points) => [points[0].axisValue, ...points.map((p) =>
          `${p.marker}${p.seriesName}: ${p.seriesIndex < 2 ? yuan(p.value) : count(p.value)}`)].join('<br>'),
      },
      xAxis: { type: 'category', data: overview.series.map((point) => point.start) },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (fen) => yuan(fen) } },
        { type: 'value', axisLabel: { formatter: (value) => count(value) }, splitLine: { show: false } },
      ],
      series: [
        { id: 'gmv', name: t('gmv'), type: 'line', smooth: true, data: overview.series.map((p) => p.figures.gmvFen) },
        { id: 'netRevenue', name: t('netRevenue'), type: 'line', smooth: true, data: overview.series.map((p) => p.figures.netRevenueFen) },
        { id: 'orders', name: t('orders'), type: 'bar', yAxisIndex: 1, data: overview.series.map((p) => p.figures.orders), itemStyle: { opacity: 0.35 } },
      ],
    });
    drawTotals(totalsTarget, overview.totals);
  });
}

function drawTotals(target, totals) {
  target.replaceChildren(
    element(`<h2>${html(t('totals'))}</h2>`),
    element(`<div class="table-wrap"><table><tbody>${cards.map(([label, field, format]) =>
      `<tr><td>${html(t(label))}</td><td data-total="${field}">${html(format(totals[field]))}</td></tr>`).join('')}
      <tr><td>${html(t('refunded'))}</td><td data-total="refundedFen">${html(yuan(totals.refundedFen))}</td></tr>
    </tbody></table></div>`));
}

function drawBreakdown(target) {
  return fill(target, () => graphql(breakdownQuery, { range: rangeInput(range), by: dimension }), ({ revenueBreakdown: shares }) => {
    const picker = element(`<div class="toolbar"><label>${html(t('breakdown'))}<select name="dimension">${
      options(['CATEGORY', 'CREATOR', 'OFFER_KIND', 'CHANNEL', 'PAYMENT_METHOD'], dimension)}</select></label></div>`);
    picker.querySelector('select').addEventListener('change', (event) => {
      dimension = event.target.value;
      drawBreakdown(target);
    });
    target.append(picker, element('<div class="chart tall" data-chart="revenue-breakdown"></div>'));
    draw(target.querySelector('[data-chart]'), {
      tooltip: { trigger: 'item', formatter: (item) => `${item.name}: ${yuan(item.value)} (${item.percent}%)` },
      legend: { type: 'scroll', bottom: 0 },
      series: [{
        id: 'gmv',
        name: t('gmv'),
        type: 'pie',
        radius: ['35%', '65%'],
        data: shares.map((share) => ({ id: share.key, name: share.label, value: share.gmvFen })),
        label: { formatter: (item) => `${item.name}\n${yuan(item.value)}` },
      }],
    });
  });
}
