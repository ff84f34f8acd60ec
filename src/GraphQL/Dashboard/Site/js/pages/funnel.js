import { graphql } from '../api.js';
import { draw } from '../charts.js';
import { count, html, percent } from '../format.js';
import { t } from '../i18n.js';
import { lastDays, rangeControls, rangeInput } from '../range.js';
import { element, fill } from '../view.js';

export const funnelQuery = `query Funnel($range: AnalyticsRangeInput!, $courseId: ID) {
  analyticsFunnel(range: $range, courseId: $courseId) {
    course { id title }
    steps { step users conversionFromPrevious conversionFromFirst }
  }
}`;

// The course picker offers the best sellers of the range.
export const coursesQuery = `query FunnelCourses($range: AnalyticsRangeInput!) {
  topCourses(range: $range, by: GMV, first: 20) { course { id title } }
}`;

const range = lastDays(30);
let courseId = '';

export async function render(main) {
  const picker = element('<div class="toolbar" data-panel="course-picker"></div>');
  const chart = element('<section class="panel wide" data-panel="funnel"></section>');
  main.append(
    element(`<h1>${html(t('funnel'))}</h1>`),
    rangeControls(range, () => drawFunnel(chart), { bucket: false }),
    picker,
    chart);
  await Promise.all([drawPicker(picker, chart), drawFunnel(chart)]);
}

function drawPicker(target, chart) {
  return fill(target, () => graphql(coursesQuery, { range: rangeInput(range) }), ({ topCourses }) => {
    const select = element(`<label>${html(t('course'))}<select name="course">
      <option value="">${html(t('allCourses'))}</option>
      ${topCourses.map(({ course }) =>
        `<option value="${html(course.id)}"${course.id === courseId ? ' selected' : ''}>${html(course.title)}</option>`).join('')}
    </select></label>`);
    select.querySelector('select').addEventListener('change', (event) => {
      courseId = event.target.value;
      drawFunnel(chart);
    });
    target.append(select);
  });
}

function drawFunnel(target) {
  const variables = { range: rangeInput(range), courseId: courseId || null };
  return fill(target, () => graphql(funnelQuery, variables), ({ analyticsFunnel: funnel }) => {
    target.append(
      element(`<h2>${html(funnel.course?.title ?? t('allCourses'))}</h2>`),
      element('<div class="chart tall" data-chart="funnel"></div>'),
      element(`<div class="table-wrap"><table>
        <thead><tr><th></th><th>${html(t('users'))}</th><th>${html(t('fromPrevious'))}</th><th>${html(t('fromFirst'))}</th></tr></thead>
        <tbody>${funnel.steps.map((step) => `<tr data-step="${step.step}"><td>${html(t(step.step))}</td><td>${count(step.users)}</td>
          <td>${percent(step.conversionFromPrevious)}</td><td>${percent(step.conversionFromFirst)}</td></tr>`).join('')}</tbody>
      </table></div>`));
    draw(target.querySelector('[data-chart]'), {
      tooltip: { trigger: 'item', formatter: (item) => `${item.name}: ${count(item.value)}` },
      series: [{
        id: 'users',
        type: 'funnel',
        sort: 'none',
        left: '10%',
        width: '80%',
        minSize: '4%',
        data: funnel.steps.map((step) => ({ id: step.step, name: t(step.step), value: step.users })),
        label: { position: 'inside', formatter: (item) => `${item.name} ${count(item.value)}` },
      }],
    });
  });
}
