import { graphql } from '../api.js';
import { draw } from '../charts.js';
import { count, decimal, html, percent, yuan } from '../format.js';
import { t } from '../i18n.js';
import { lastDays, rangeControls, rangeInput } from '../range.js';
import { element, fill, options } from '../view.js';

export const topCoursesQuery = `query TopCourses($range: AnalyticsRangeInput!, $by: CourseRanking!) {
  topCourses(range: $range, by: $by, first: 10) {
    course { id title } views viewers buyers conversionRate gmvFen refundedFen refunds refundRate averageRating ratings learners completionRate
  }
}`;

export const courseStatisticsQuery = `query CourseStatistics($courseId: ID!, $range: AnalyticsRangeInput!) {
  courseStatistics(courseId: $courseId, range: $range) {
    course { id title }
    dropOff { lesson { id title } position started completed stoppedHere }
  }
}`;

const range = lastDays(30);
let ranking = 'GMV';
let courseId = null;

export async function render(main) {
  const table = element('<section class="panel wide" data-panel="top-courses"></section>');
  const dropOff = element('<section class="panel wide" data-panel="drop-off"></section>');
  const controls = rangeControls(range, () => drawTable(table, dropOff), { bucket: false });
  const rank = element(`<label>${html(t('rankBy'))}<select name="ranking">${
    options(['GMV', 'VIEWS', 'CONVERSION', 'REFUND_RATE', 'RATING', 'COMPLETION'], ranking)}</select></label>`);
  rank.querySelector('select').addEventListener('change', (event) => {
    ranking = event.target.value;
    drawTable(table, dropOff);
  });
  controls.querySelector('button').before(rank);
  main.append(element(`<h1>${html(t('courses'))}</h1>`), controls, element('<div class="grid"></div>'));
  main.querySelector('.grid').append(table, dropOff);
  await drawTable(table, dropOff);
}

function drawTable(target, dropOff) {
  return fill(target, () => graphql(topCoursesQuery, { range: rangeInput(range), by: ranking }), async ({ topCourses }) => {
    if (!topCourses.some((row) => row.course.id === courseId)) {
      courseId = topCourses[0]?.course.id ?? null;
    }
    const body = topCourses.map((row) => `<tr class="selectable" data-course="${html(row.course.id)}" aria-selected="${row.course.id === courseId}">
      <td>${html(row.course.title)}</td><td>${count(row.views)}</td><td>${percent(row.conversionRate)}</td><td>${yuan(row.gmvFen)}</td>
      <td>${percent(row.refundRate)}</td><td>${decimal(row.averageRating, 1)}</td><td>${percent(row.completionRate)}</td></tr>`).join('');
    target.append(element(`<div class="table-wrap"><table>
      <thead><tr><th>${html(t('course'))}</th><th>${html(t('views'))}</th><th>${html(t('conversion'))}</th><th>${html(t('gmv'))}</th>
        <th>${html(t('refundRate'))}</th><th>${html(t('rating'))}</th><th>${html(t('completion'))}</th></tr></thead>
      <tbody>${body || `<tr><td colspan="7" class="empty">${html(t('empty'))}</td></tr>`}</tbody>
    </table></div>`));
    target.querySelectorAll('tr[data-course]').forEach((row) => row.addEventListener('click', () => {
      courseId = row.dataset.course;
      target.querySelectorAll('tr[data-course]').forEach((other) => other.setAttribute('aria-selected', other === row));
      drawDropOff(dropOff);
    }));
    await drawDropOff(dropOff);
  });
}

function drawDropOff(target) {
  if (!courseId) {
    target.replaceChildren(element(`<div class="empty">${html(t('empty'))}</div>`));
    target.dataset.state = 'ready';
    return Promise.resolve();
  }
  const variables = { courseId, range: rangeInput(range) };
  return fill(target, () => graphql(courseStatisticsQuery, variables), ({ courseStatistics: statistics }) => {
    const lessons = statistics.dropOff;
    target.append(
      element(`<h2>${html(t('dropOff', statistics.course.title))}</h2>`),
      element('<div class="chart tall" data-chart="drop-off"></div>'));
    draw(target.querySelector('[data-chart]'), {
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: lessons.map((lesson, index) => `${index + 1}. ${lesson.lesson.title}`),
        axisLabel: { width: 90, overflow: 'truncate' },
      },
      yAxis: { type: 'value' },
      series: [
        { id: 'started', name: t('started'), type: 'bar', data: lessons.map((lesson) => lesson.started) },
        { id: 'completed', name: t('completed'), type: 'bar', data: lessons.map((lesson) => lesson.completed) },
        { id: 'stoppedHere', name: t('stoppedHere'), type: 'line', data: lessons.map((lesson) => lesson.stoppedHere) },
      ],
    });
  });
}
