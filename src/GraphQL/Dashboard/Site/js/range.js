import { html } from './format.js';
import { t } from './i18n.js';
import { element, options } from './view.js';

const iso = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** A range ending today (the browser's date) and starting days - 1 earlier. */
export function lastDays(days, bucket = 'DAY') {
  const to = new Date();
  const from = new Date(to);
  from.setDate(from.getDate() - days + 1);
  return { from: iso(from), to: iso(to), bucket };
}

/** From the first day of the month months - 1 back to today, in months. */
export function lastMonths(months) {
  const to = new Date();
  const from = new Date(to.getFullYear(), to.getMonth() - months + 1, 1);
  return { from: iso(from), to: iso(to), bucket: 'MONTH' };
}

/**
 * The from / to / bucket controls; edits range in place and calls onApply. The inputs carry names
 * (from, to, bucket) so a test reads the range a page asked for.
 */
export function rangeControls(range, onApply, { bucket = true } = {}) {
  const form = element(`<form class="toolbar" data-range>
    <label>${html(t('from'))}<input type="date" name="from" value="${range.from}" required></label>
    <label>${html(t('to'))}<input type="date" name="to" value="${range.to}" required></label>
    ${bucket ? `<label>${html(t('bucket'))}<select name="bucket">${options(['DAY', 'WEEK', 'MONTH'], range.bucket)}</select></label>` : ''}
    <button type="submit" class="primary">${html(t('apply'))}</button>
  </form>`);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    range.from = form.elements.from.value;
    range.to = form.elements.to.value;
    if (bucket) {
      range.bucket = form.elements.bucket.value;
    }
    onApply();
  });
  return form;
}

/** The range as the API's AnalyticsRangeInput. */
export const rangeInput = ({ from, to, bucket }) => ({ from, to, bucket });
