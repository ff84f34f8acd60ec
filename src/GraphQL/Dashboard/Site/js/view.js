import { disposeCharts } from './charts.js';
import { html } from './format.js';
import { t } from './i18n.js';

/** Builds an element from markup. */
export function element(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstElementChild;
}

/** Shows a failed query as its code and message, where the panel's content would be. */
export function showError(target, error) {
  disposeCharts(target);
  target.replaceChildren(element(
    `<div class="error" role="alert" data-error-code="${html(error.code ?? 'ERROR')}"><code>${html(error.code ?? 'ERROR')}</code>${html(error.message)}</div>`));
}

/**
 * Runs load into target: a loading note first, then whatever render draws from the data, or the error.
 * Marks the target data-state="ready" or "error" so tests know when it has settled.
 */
export async function fill(target, load, render) {
  target.dataset.state = 'loading';
  target.replaceChildren(element(`<div class="loading">${html(t('loading'))}</div>`));
  try {
    const data = await load();
    disposeCharts(target);
    target.replaceChildren();
    await render(data);
    target.dataset.state = 'ready';
  } catch (error) {
    showError(target, error);
    target.dataset.state = 'error';
    console.error(error);
  }
}

export const options = (values, selected, label = (value) => t(value)) =>
  values.map((value) => `<option value="${html(value)}"${value === selected ? ' selected' : ''}>${html(label(value))}</option>`).join('');
