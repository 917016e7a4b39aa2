// The L&D dashboard: signs in, reads the filters from the URL's hash, loads every view, and reloads when
// analytics-service has applied new events (it polls /freshness).

import { Api, ApiError, saveFile } from './api.js';
import { completeSignIn, currentSession, discover, justSignedOut, signIn, signOut } from './auth.js';
import { FORMATS, dateTime, integer } from './format.js';
import { CARDS, OVERVIEW, PANELS, csvFilename, paramsFor } from './panels.js';
import { el, table } from './render.js';

const PERIODS = [['YEAR', 'Whole year'], ['Q1', 'Q1'], ['Q2', 'Q2'], ['Q3', 'Q3'], ['Q4', 'Q4'],
  ...Array.from({ length: 12 }, (_, i) => {
    const month = String(i + 1).padStart(2, '0');
    return [`M${month}`, new Date(2000, i, 1).toLocaleString('en', { month: 'long' })];
  })];

const main = document.getElementById('main');
const status = document.getElementById('status');

let api;
let filters;
let eventsApplied = null;
let loading = null;
let reloadAgain = false;

boot().catch((error) => showFatal(error.message));

async function boot() {
  const config = await (await fetch('config.json', { cache: 'no-store' })).json();
  const oidc = await discover(config.issuer);
  const returnTo = await completeSignIn(oidc, config);
  if (returnTo) {
    window.history.replaceState(null, '', returnTo);
  }
  const session = currentSession();
  if (!session) {
    if (justSignedOut()) {
      showSignedOut(oidc, config);
      return;
    }
    await signIn(oidc, config, window.location.hash);
    return;
  }
  api = new Api(config.api, () => currentSession()?.accessToken, () => signIn(oidc, config, window.location.hash));
  showUser(session, oidc, config);
  filters = readFilters();
  buildFilters(session);
  buildViews();
  window.addEventListener('hashchange', () => {
    filters = readFilters();
    syncFilterControls();
    reload();
  });
  await reload();
  setInterval(() => checkFreshness(oidc, config), config.refreshSeconds * 1000);
}

// --- filters, kept in the URL's hash so a view can be bookmarked and survives signing in again ---

function readFilters() {
  const hash = new URLSearchParams(window.location.hash.slice(1));
  const year = Number(hash.get('fiscalYear')) || new Date().getFullYear();
  const period = PERIODS.some(([value]) => value === hash.get('period')) ? hash.get('period') : 'YEAR';
  const unit = hash.get('businessUnit') || '';
  // any unit name may be asked for; the API answers 404 for one the user does not work for
  return { businessUnit: /^[A-Za-z0-9_-]{1,40}$/.test(unit) ? unit : '', fiscalYear: year, period };
}

function writeFilters() {
  const hash = new URLSearchParams();
  if (filters.businessUnit) hash.set('businessUnit', filters.businessUnit);
  hash.set('fiscalYear', filters.fiscalYear);
  hash.set('period', filters.period);
  window.location.hash = hash.toString(); // fires hashchange, which reloads
}

function buildFilters(session) {
  const units = [...new Set([...(session.claims.business_units || []), filters.businessUnit].filter(Boolean))].sort();
  const thisYear = new Date().getFullYear();
  const years = [...new Set([thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3, filters.fiscalYear])].sort().reverse();
  const form = document.getElementById('filters');
  form.replaceChildren(
    el('div', { class: 'filter' }, el('label', { for: 'f-unit' }, 'Business unit'),
      el('select', { id: 'f-unit', name: 'businessUnit' },
        el('option', { value: '' }, units.length ? 'All my units' : 'My team'),
        units.map((unit) => el('option', { value: unit }, unit)))),
    el('div', { class: 'filter' }, el('label', { for: 'f-year' }, 'Fiscal year'),
      el('select', { id: 'f-year', name: 'fiscalYear' }, years.map((year) => el('option', { value: year }, year)))),
    el('div', { class: 'filter' }, el('label', { for: 'f-period' }, 'Period'),
      el('select', { id: 'f-period', name: 'period' }, PERIODS.map(([value, label]) => el('option', { value }, label)))),
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    filters = {
      businessUnit: form.elements.businessUnit.value,
      fiscalYear: Number(form.elements.fiscalYear.value),
      period: form.elements.period.value,
    };
    writeFilters();
  });
  syncFilterControls();
}

function syncFilterControls() {
  const form = document.getElementById('filters');
  form.elements.businessUnit.value = filters.businessUnit;
  form.elements.fiscalYear.value = String(filters.fiscalYear);
  form.elements.period.value = filters.period;
}

// --- the views ---

function buildViews() {
  const overview = el('section', { id: OVERVIEW.id, class: 'panel wide', 'aria-labelledby': 'h-overview' },
    el('h2', { id: 'h-overview' }, OVERVIEW.title),
    el('dl', { class: 'cards', id: 'cards' }),
    el('h3', { id: 'h-status' }, 'Contracts by status'),
    el('dl', { class: 'statuses', id: 'statuses', 'aria-labelledby': 'h-status' }),
    el('p', { class: 'note', id: 'currencies', hidden: true }),
    el('p', { class: 'error', id: 'overview-error', role: 'alert', hidden: true }));
  const panels = PANELS.map((panel) => el('section', { id: panel.id, class: panel.wide ? 'panel wide' : 'panel', 'aria-labelledby': `h-${panel.id}` },
    el('div', { class: 'panel-head' },
      el('h2', { id: `h-${panel.id}` }, panel.title),
      el('button', { type: 'button', class: 'csv', onclick: () => downloadCsv(panel) },
        'Download CSV', el('span', { class: 'visually-hidden' }, ` of ${panel.title}`))),
    panel.note ? el('p', { class: 'note' }, panel.note) : null,
    el('div', { class: 'chart-slot' }),
    el('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': `${panel.title}, table` }),
    panel.legend ? el('ul', { class: 'heat-legend', 'aria-label': 'Heatmap shades' },
      panel.legend.map((label, level) => el('li', {}, el('span', { class: `heat heat-${level}` }, label)))) : null,
    el('p', { class: 'error', role: 'alert', hidden: true })));
  main.replaceChildren(overview, ...panels);
}

async function reload() {
  if (loading) {
    reloadAgain = true;
    return loading;
  }
  loading = (async () => {
    do {
      reloadAgain = false;
      const asked = { ...filters };
      main.setAttribute('aria-busy', 'true');
      await rememberFreshness();
      await Promise.allSettled([loadOverview(asked), ...PANELS.map((panel) => loadPanel(panel, asked))]);
      main.setAttribute('aria-busy', 'false');
      main.dataset.loaded = new URLSearchParams(Object.entries(asked).filter(([, v]) => v)).toString();
    } while (reloadAgain);
  })();
  try {
    await loading;
  } finally {
    loading = null;
  }
  return undefined;
}

async function loadOverview(asked) {
  const error = document.getElementById('overview-error');
  try {
    const data = await api.json(OVERVIEW.path, paramsFor(OVERVIEW, asked));
    document.getElementById('cards').replaceChildren(...CARDS.map((card) => el('div', { class: 'card', dataset: { metric: card.key } },
      el('dt', {}, card.label), el('dd', {}, FORMATS[card.format](data[card.key])))));
    document.getElementById('statuses').replaceChildren(...Object.entries(data.contractsByStatus || {}).map(([name, count]) =>
      el('div', { class: 'status-chip', dataset: { status: name } }, el('dt', {}, name.replaceAll('_', ' ').toLowerCase()), el('dd', {}, integer(count)))));
    const currencies = document.getElementById('currencies');
    currencies.hidden = !(data.currencies && data.currencies.length > 1);
    currencies.textContent = currencies.hidden ? ''
      : `Money is shown in ${data.currencies[0]}, the currency holding most of it; this selection also has ${data.currencies.slice(1).join(', ')}.`;
    error.hidden = true;
    updateStatus(data.lastEventAt);
  } catch (e) {
    showError(error, e);
  }
}

async function loadPanel(panel, asked) {
  const section = document.getElementById(panel.id);
  const error = section.querySelector('.error');
  try {
    const data = await api.json(panel.path, paramsFor(panel, asked));
    const items = data.items || [];
    section.querySelector('.chart-slot').replaceChildren(panel.chart ? panel.chart(items) : '');
    section.querySelector('.table-wrap').replaceChildren(table({
      caption: captionFor(panel, asked), columns: panel.columns, items, total: panel.total ? panel.total(data) : null,
    }));
    error.hidden = true;
  } catch (e) {
    section.querySelector('.chart-slot').replaceChildren();
    section.querySelector('.table-wrap').replaceChildren();
    showError(error, e);
  }
}

function captionFor(panel, asked) {
  const parts = [panel.title];
  if (panel.params.includes('businessUnit')) parts.push(asked.businessUnit || 'all my units');
  if (panel.params.includes('fiscalYear')) parts.push(`fiscal year ${asked.fiscalYear}`);
  if (panel.params.includes('period') && asked.period !== 'YEAR') parts.push(asked.period);
  return parts.join(', ');
}

async function downloadCsv(panel) {
  const section = document.getElementById(panel.id);
  try {
    saveFile(await api.csv(panel.path, paramsFor(panel, filters)), csvFilename(panel, filters));
  } catch (e) {
    showError(section.querySelector('.error'), e);
  }
}

// --- freshness: reload when analytics-service has applied events since the last load ---

async function rememberFreshness() {
  try {
    eventsApplied = (await api.json('/freshness')).eventsApplied;
    main.dataset.eventsApplied = String(eventsApplied);
  } catch {
    eventsApplied = null; // the next poll sets it again
  }
}

async function checkFreshness(oidc, config) {
  if (document.hidden) {
    return;
  }
  if (!currentSession()) {
    signIn(oidc, config, window.location.hash);
    return;
  }
  try {
    const freshness = await api.json('/freshness');
    if (eventsApplied === null) {
      eventsApplied = freshness.eventsApplied;
    } else if (freshness.eventsApplied !== eventsApplied && !loading) {
      await reload(); // it remembers the new count before it loads
    }
  } catch {
    // the next poll tries again; the views keep what they show
  }
}

function updateStatus(lastEventAt) {
  const time = new Date().toLocaleTimeString('en', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  status.textContent = `Updated at ${time}. Latest event: ${dateTime(lastEventAt)}. The dashboard refreshes itself when new events arrive.`;
}

// --- the user, signing out, errors ---

function showUser(session, oidc, config) {
  const { claims } = session;
  document.getElementById('user').textContent = `Signed in as ${claims.name || claims.sub}`
    + `${claims.roles ? ` (${claims.roles.join(', ')})` : ''}`;
  const button = document.getElementById('sign-out');
  button.hidden = false;
  button.addEventListener('click', () => signOut(oidc, config));
}

function showSignedOut(oidc, config) {
  status.textContent = '';
  main.replaceChildren(el('section', { class: 'panel wide' },
    el('h2', {}, 'You are signed out'),
    el('button', { type: 'button', onclick: () => signIn(oidc, config, '') }, 'Sign in again')));
}

function showError(node, error) {
  const target = node;
  target.textContent = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  target.hidden = false;
}

function showFatal(message) {
  main.replaceChildren(el('section', { class: 'panel wide' }, el('h2', {}, 'The dashboard could not start'),
    el('p', { class: 'error', role: 'alert' }, message)));
}
