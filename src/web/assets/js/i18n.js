// The message catalogues and number formats of the current language.
// Every visible text goes through t() with a literal key in quotes, so that
// the catalogue test (src/web/catalogue_test.cpp) finds every key the app
// uses; never build a key at run time. Messages name values as {name},
// given as the second argument: {n: 3}.

const SUPPORTED = ['en', 'hi'];
let lang = 'en';
let messages = {};

// The language chosen earlier on this device, else the browser's.
export function preferredLanguage() {
  const saved = localStorage.getItem('janadhar.lang');
  if (SUPPORTED.includes(saved)) return saved;
  return (navigator.language || '').toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

// Loads `l`'s catalogue and makes it current; remembers the choice.
export async function setLanguage(l) {
  if (!SUPPORTED.includes(l)) l = 'en';
  const res = await fetch(`/ui/i18n/${l}.json`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`catalogue ${l}: ${res.status}`);
  messages = await res.json();
  lang = l;
  try { localStorage.setItem('janadhar.lang', l); } catch (_) { /* private mode */ }
  document.documentElement.lang = l;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
}

export function language() { return lang; }

// The message for `key` with {name} replaced from `vars`; the key itself
// when missing (the catalogue test keeps that from shipping).
export function t(key, vars) {
  let s = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
  if (vars) {
    s = s.replace(/\{(\w+)\}/g, (m, name) =>
      name in vars ? String(vars[name]) : m);
  }
  return s;
}

function locale() { return lang === 'hi' ? 'hi-IN' : 'en-IN'; }

// 138771 → "1,38,771"; null → "—".
export function num(n, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return new Intl.NumberFormat(locale(), {
    maximumFractionDigits: digits, minimumFractionDigits: digits,
  }).format(n);
}

// A fraction as a percentage: 0.3134 → "31.34%".
export function pct(fraction, digits = 1) {
  if (fraction === null || fraction === undefined) return '—';
  return `${num(fraction * 100, digits)}%`;
}

// Percentage points, signed: 5.47 → "+5.5".
export function pp(points, digits = 1) {
  if (points === null || points === undefined) return '—';
  return (points > 0 ? '+' : '') + num(points, digits);
}
