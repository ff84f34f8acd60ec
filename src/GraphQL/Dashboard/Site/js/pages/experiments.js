import { graphql } from '../api.js';
import { drawIntervals } from '../charts.js';
import { count, decimal, html, percent, yuan } from '../format.js';
import { t } from '../i18n.js';
import { element, fill } from '../view.js';

export const experimentsQuery = '{ experiments(first: 50) { nodes { key name status } } }';

const estimate = 'value alwaysValid { lower upper }';
const comparison = 'difference relativeDifference alwaysValid { lower upper } alwaysValidPValue significant';

export const experimentResultsQuery = `query ExperimentResults($key: String!) {
  experimentResults(key: $key) {
    key name status primaryMetric exposedUsers
    variants {
      key isControl exposedUsers conversions revenueFen
      conversionRate { ${estimate} } revenuePerUser { ${estimate} }
      conversionVsControl { ${comparison} } revenuePerUserVsControl { ${comparison} }
    }
  }
}`;

let key = null;

const interval = (estimate) => (estimate.alwaysValid ? [estimate.alwaysValid.lower, estimate.alwaysValid.upper] : null);

export async function render(main) {
  const picker = element('<div class="toolbar" data-panel="experiment-picker"></div>');
  const results = element('<section data-panel="experiment-results"></section>');
  main.append(element(`<h1>${html(t('experiments'))}</h1>`), picker, results);
  await fill(picker, () => graphql(experimentsQuery), async ({ experiments }) => {
    const nodes = experiments.nodes;
    if (!nodes.some((node) => node.key === key)) {
      key = nodes[0]?.key ?? null;
    }
    const select = element(`<label>${html(t('experiment'))}<select name="experiment">${nodes.map((node) =>
      `<option value="${html(node.key)}"${node.key === key ? ' selected' : ''}>${html(node.name)} (${html(t(node.status))})</option>`).join('')}</select></label>`);
    select.querySelector('select').addEventListener('change', (event) => {
      key = event.target.value;
      drawResults(results);
    });
    picker.append(select);
    await drawResults(results);
  });
}

function drawResults(target) {
  if (!key) {
    target.replaceChildren(element(`<div class="empty">${html(t('none'))}</div>`));
    target.dataset.state = 'ready';
    return Promise.resolve();
  }
  return fill(target, () => graphql(experimentResultsQuery, { key }), ({ experimentResults: results }) => {
    const variants = results.variants;
    const verdict = (vs) => (vs ? `${vs.significant ? t('significant') : t('notSignificant')} (${t('pValue')} ${decimal(vs.alwaysValidPValue, 3)})` : '');
    target.append(element(`<div class="grid">
      <section class="panel"><h2>${html(t('conversionRate'))}</h2><div class="chart" data-chart="experiment-conversion"></div></section>
      <section class="panel"><h2>${html(t('revenuePerUser'))}</h2><div class="chart" data-chart="experiment-revenue"></div></section>
      <section class="panel wide"><div class="table-wrap"><table>
        <thead><tr><th>${html(t('variant'))}</th><th>${html(t('exposed'))}</th><th>${html(t('conversions'))}</th>
          <th>${html(t('conversion'))}</th><th>${html(t('perUser'))}</th><th>${html(t('vsControl'))}</th></tr></thead>
        <tbody>${variants.map((variant) => `<tr data-variant="${html(variant.key)}"><td>${html(variant.key)}</td>
          <td>${count(variant.exposedUsers)}</td><td>${count(variant.conversions)}</td>
          <td>${percent(variant.conversionRate.value, 2)}</td><td>${yuan(variant.revenuePerUser.value)}</td>
          <td>${html(verdict(variant.conversionVsControl))}</td></tr>`).join('')}</tbody>
      </table></div></section>
    </div>`));
    const categories = variants.map((variant) => variant.key);
    drawIntervals(target.querySelector('[data-chart="experiment-conversion"]'), {
      categories,
      values: variants.map((variant) => variant.conversionRate.value),
      intervals: variants.map((variant) => interval(variant.conversionRate)),
      format: (value) => percent(value, 2),
    });
    drawIntervals(target.querySelector('[data-chart="experiment-revenue"]'), {
      categories,
      values: variants.map((variant) => variant.revenuePerUser.value),
      intervals: variants.map((variant) => interval(variant.revenuePerUser)),
      format: yuan,
    });
  });
}
