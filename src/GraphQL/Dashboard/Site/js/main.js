import { isSignedIn, loadConfig, signInAsDemoAdmin, signInWithToken, signOut } from './api.js';
import { disposeCharts } from './charts.js';
import { html } from './format.js';
import { language, setLanguage, t } from './i18n.js';
import { element, showError } from './view.js';
import * as overview from './pages/overview.js';
import * as funnel from './pages/funnel.js';
import * as cohorts from './pages/cohorts.js';
import * as courses from './pages/courses.js';
import * as experiments from './pages/experiments.js';
import * as campaigns from './pages/campaigns.js';

// Hash routes: #/overview, #/funnel … ; a page's own choices stay in its module while the tab lives.
const pages = { overview, funnel, cohorts, courses, experiments, campaigns };

const main = document.getElementById('page');
const nav = document.getElementById('nav');
const signOutButton = document.getElementById('sign-out');
const languageButton = document.getElementById('language');

const config = await loadConfig();

const route = () => {
  const name = location.hash.replace(/^#\/?/, '');
  return pages[name] ? name : 'overview';
};

function renderChrome() {
  for (const node of document.querySelectorAll('[data-text]')) {
    node.textContent = t(node.dataset.text);
  }
  languageButton.textContent = t('language');
  const signedIn = isSignedIn();
  nav.hidden = !signedIn;
  signOutButton.hidden = !signedIn;
  nav.replaceChildren(...Object.keys(pages).map((name) => element(
    `<a href="#/${name}" data-page-link="${name}"${name === route() ? ' aria-current="page"' : ''}>${html(t(name))}</a>`)));
}

async function render() {
  renderChrome();
  disposeCharts(main);
  if (!isSignedIn()) {
    renderSignIn();
    return;
  }
  const name = route();
  main.dataset.page = name;
  main.replaceChildren();
  document.title = `${t(name)} · ${t('brand')}`;
  await pages[name].render(main);
}

function renderSignIn() {
  main.dataset.page = 'sign-in';
  document.title = t('brand');
  const demo = config.demoAdminOpenId
    ? `<div><button type="button" class="primary" data-action="demo-sign-in">${html(t('signInDemo'))}</button>
        <p class="hint">${html(t('signInDemoHint', config.demoAdminOpenId))}</p></div>`
    : '';
  const form = element(`<section class="sign-in panel">
    <h1>${html(t('signInTitle'))}</h1>
    ${demo}
    <form data-action="token-sign-in">
      <label for="token">${html(t('tokenLabel'))}</label>
      <textarea id="token" name="token" required autocomplete="off" spellcheck="false"></textarea>
      <p class="hint">${html(t('tokenHint'))}</p>
      <button type="submit" class="primary">${html(t('signInToken'))}</button>
    </form>
    <div data-sign-in-result></div>
  </section>`);
  const result = form.querySelector('[data-sign-in-result]');
  const attempt = async (signIn) => {
    result.replaceChildren();
    try {
      await signIn();
      await render();
    } catch (error) {
      showError(result, error);
    }
  };
  form.querySelector('[data-action="demo-sign-in"]')
    ?.addEventListener('click', () => attempt(() => signInAsDemoAdmin(t('notAdmin'))));
  form.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    attempt(() => signInWithToken(event.target.elements.token.value.trim(), null, t('notAdmin')));
  });
  main.replaceChildren(form);
}

signOutButton.addEventListener('click', async () => {
  await signOut();
  await render();
});

languageButton.addEventListener('click', async () => {
  setLanguage(language() === 'zh' ? 'en' : 'zh');
  await render();
});

window.addEventListener('hashchange', render);

await render();
