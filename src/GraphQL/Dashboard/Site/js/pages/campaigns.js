import { graphql } from '../api.js';
import { drawIntervals } from '../charts.js';
import { count, decimal, html, percent, yuan } from '../format.js';
import { t } from '../i18n.js';
import { element, fill } from '../view.js';

export const campaignsQuery = '{ campaigns(first: 50) { nodes { id name status } } }';

const group = 'users delivered conversions revenueFen conversionRate { value lower upper } revenuePerUserFen { value lower upper }';
const lift = 'difference lower upper pValue relative';

export const campaignResultsQuery = `query CampaignResults($id: ID!) {
  campaignResults(id: $id) {
    conversionWindowDays
    treated { ${group} } holdout { ${group} }
    conversionLift { ${lift} } revenuePerUserLift { ${lift} }
  }
}`;

let id = null;

const interval = (value) => (value.lower === null || value.upper === null ? null : [value.lower, value.upper]);

export async function render(main) {
  const picker = element('<div class="toolbar" data-panel="campaign-picker"></div>');
  const results = element('<section data-panel="campaign-results"></section>');
  main.append(element(`<h1>${html(t('campaigns'))}</h1>`), picker, results);
  await fill(picker, () => graphql(campaignsQuery), async ({ campaigns }) => {
    const nodes = campaigns.nodes;
    if (!nodes.some((node) => node.id === id)) {
      id = nodes[0]?.id ?? null;
    }
    const select = element(`<label>${html(t('campaign'))}<select name="campaign">${nodes.map((node) =>
      `<option value="${html(node.id)}"${node.id === id ? ' selected' : ''}>${html(node.name)} (${html(t(node.status))})</option>`).join('')}</select></label>`);
    select.querySelector('select').addEventListener('change', (event) => {
      id = event.target.value;
      drawResults(results);
    });
    picker.append(select);
    await drawResults(results);
  });
}

function drawResults(target) {
  if (!id) {
    target.replaceChildren(element(`<div class="empty">${html(t('none'))}</div>`));
    target.dataset.state = 'ready';
    return Promise.resolve();
  }
  return fill(target, () => graphql(campaignResultsQuery, { id }), ({ campaignResults: results }) => {
    const row = (label, side) => `<tr><td>${html(t(label))}</td><td>${count(side.users)}</td><td>${count(side.conversions)}</td>
      <td>${percent(side.conversionRate.value, 2)}</td><td>${yuan(side.revenuePerUserFen.value)}</td></tr>`;
    target.append(element(`<div class="grid">
      <section class="panel"><h2>${html(t('conversionLift'))}</h2><div class="chart" data-chart="campaign-conversion-lift"></div>
        <p class="hint">${html(t('pValue'))} ${decimal(results.conversionLift.pValue, 3)}</p></section>
      <section class="panel"><h2>${html(t('revenueLift'))}</h2><div class="chart" data-chart="campaign-revenue-lift"></div>
        <p class="hint">${html(t('pValue'))} ${decimal(results.revenuePerUserLift.pValue, 3)}</p></section>
      <section class="panel wide"><div class="table-wrap"><table>
        <thead><tr><th></th><th>${html(t('users'))}</th><th>${html(t('conversions'))}</th><th>${html(t('conversion'))}</th>
          <th>${html(t('perUser'))}</th></tr></thead>
        <tbody>${row('treated', results.treated)}${row('holdout', results.holdout)}</tbody>
      </table></div></section>
    </div>`));
    drawIntervals(target.querySelector('[data-chart="campaign-conversion-lift"]'), {
      categories: [t('treated'), t('holdout'), t('lift')],
      values: [results.treated.conversionRate.value, results.holdout.conversionRate.value, results.conversionLift.difference],
      intervals: [interval(results.treated.conversionRate), interval(results.holdout.conversionRate), interval(results.conversionLift)],
      format: (value) => percent(value, 2),
    });
    drawIntervals(target.querySelector('[data-chart="campaign-revenue-lift"]'), {
      categories: [t('treated'), t('holdout'), t('lift')],
      values: [results.treated.revenuePerUserFen.value, results.holdout.revenuePerUserFen.value, results.revenuePerUserLift.difference],
      intervals: [interval(results.treated.revenuePerUserFen), interval(results.holdout.revenuePerUserFen), interval(results.revenuePerUserLift)],
      format: yuan,
    });
  });
}
