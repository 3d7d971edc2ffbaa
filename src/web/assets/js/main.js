// The app: the header (navigation, language, who is logged in) and the
// hash router. Routes are "#/page/rest…?query"; each page module exports
// render(main, {rest, query}).
import { setLanguage, preferredLanguage, language, t } from './i18n.js';
import { setUnauthorizedHandler } from './api.js';
import { h, clear, errorView } from './dom.js';
import { session, refreshSession, logout, roleName, homeUnit } from './session.js';

const PAGES = {
  login: () => import('./pages/login.js'),
  results: () => import('./pages/results.js'),
  booths: () => import('./pages/analysis.js'),
  targets: () => import('./pages/analysis.js'),
  forecast: () => import('./pages/forecast.js'),
  'seat-share': () => import('./pages/seatshare.js'),
  org: () => import('./pages/org.js'),
  assign: () => import('./pages/assign.js'),
  comms: () => import('./pages/comms.js'),
  report: () => import('./pages/report.js'),
  proposal: () => import('./pages/proposal.js'),
  search: () => import('./pages/search.js'),
};

function navItems() {
  return [
    ['#/results', t('nav.results'), 'nav-results'],
    ['#/booths', t('nav.booths'), 'nav-booths'],
    ['#/targets', t('nav.targets'), 'nav-targets'],
    ['#/forecast', t('nav.forecast'), 'nav-forecast'],
    ['#/seat-share', t('nav.seat_share'), 'nav-seat-share'],
    [`#/org/${homeUnit()}`, t('nav.org'), 'nav-org'],
    [`#/comms/${homeUnit()}`, t('nav.comms'), 'nav-comms'],
    ['#/search', t('nav.search'), 'nav-search'],
  ];
}

function renderHeader() {
  const nav = document.getElementById('nav');
  const current = location.hash.split('?')[0].split('/')[1] || 'results';
  clear(nav, navItems().map(([href, text, testid]) =>
    h('a', {
      href, testid, class: href.split('/')[1] === current ? 'active' : null,
      on: { click: () => toggleMenu(false) },
    }, text)));
  const who = document.getElementById('who');
  const st = session();
  if (st.user) {
    const grants = (st.user.grants || []).map(g => `${roleName(g.role)} · ${g.unit}`).join(', ');
    clear(who,
      h('span', { class: 'user', testid: 'who-user' }, st.user.display_name || st.user.name),
      h('small', { class: 'grants', testid: 'who-grants' }, grants || t('login.no_roles')),
      h('button', { type: 'button', testid: 'logout', on: { click: onLogout } }, t('login.logout')));
  } else if (st.open) {
    clear(who, h('small', { testid: 'who-open' }, t('login.open_server')));
  } else {
    clear(who, h('a', { href: '#/login', testid: 'login-link' }, t('login.title')));
  }
  const lang = document.getElementById('lang');
  lang.textContent = language() === 'hi' ? 'English' : 'हिन्दी';
  lang.setAttribute('lang', language() === 'hi' ? 'en' : 'hi');
  lang.setAttribute('aria-label', t('app.switch_language'));
}

async function onLogout() {
  await logout();
  location.hash = '#/login';
  renderHeader();
}

function toggleMenu(open) {
  const nav = document.getElementById('nav');
  const btn = document.getElementById('menu-toggle');
  const next = open === undefined ? !nav.classList.contains('open') : open;
  nav.classList.toggle('open', next);
  btn.setAttribute('aria-expanded', String(next));
}

// "#/org/S24/D:AGRA?x=1" → {page: 'org', rest: ['S24','D:AGRA'], query}
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(p => {
    try { return decodeURIComponent(p); } catch (_) { return p; }
  });
  return { page: parts[0] || 'results', rest: parts.slice(1), query: new URLSearchParams(qs || '') };
}

// To the login page, remembering where to come back to.
function goToLogin() {
  if (location.hash.startsWith('#/login')) return;
  sessionStorage.setItem('janadhar.after_login', location.hash || '#/results');
  location.replace('#/login');
}

let generation = 0;

async function route() {
  const my = ++generation;
  const { page, rest, query } = parseHash();
  const main = document.getElementById('main');
  renderHeader();
  const st = session();
  if (!st.user && !st.open && page !== 'login') {
    goToLogin();
    return;
  }
  const load = PAGES[page];
  if (!load) {
    clear(main, h('p', { class: 'error', testid: 'not-found' }, t('app.no_page')));
    return;
  }
  try {
    const mod = await load();
    if (my !== generation) return;  // the user moved on meanwhile
    clear(main);
    await mod.render(main, { page, rest, query, rerender: route });
  } catch (err) {
    if (my !== generation) return;
    clear(main, errorView(err.kind ? err : { kind: 'network' }, route));
  }
  main.focus({ preventScroll: true });
}

async function start() {
  try {
    await setLanguage(preferredLanguage());
  } catch (_) {
    clear(document.getElementById('main'),
      h('p', { class: 'error' }, 'Could not reach the server. सर्वर से संपर्क नहीं हो सका।'),
      h('button', { type: 'button', testid: 'retry', on: { click: () => location.reload() } },
        'Retry · फिर से कोशिश करें'));
    return;
  }
  setUnauthorizedHandler(() => {
    session().user = null;
    goToLogin();
  });
  document.getElementById('lang').addEventListener('click', async () => {
    try {
      await setLanguage(language() === 'hi' ? 'en' : 'hi');
    } catch (_) { /* keep the current language */ }
    route();
  });
  document.getElementById('menu-toggle').addEventListener('click', () => toggleMenu());
  window.addEventListener('hashchange', route);
  await refreshSession();
  route();
}

start();
