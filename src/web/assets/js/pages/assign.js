// #/assign/{booth}: give a post at an uncovered booth. What the booth has
// and lacks (GET /api/org/coverage?unit=booth&depth=0), a search of people
// by name in either script (GET /api/org/search), a role, and POST
// /api/org/posts; then the booth's coverage is fetched again and shown.
import { get, post } from '../api.js';
import { h, into, section, field, select, clear, errorView } from '../dom.js';
import { t, num, pct } from '../i18n.js';
import { lacksText, unitHash, parentUnit, bar } from './org.js';

export function postName(role) {
  switch (role) {
    case 'booth_president': return t('post.booth_president');
    case 'booth_committee_member': return t('post.booth_committee_member');
    case 'polling_agent': return t('post.polling_agent');
    default: return role;
  }
}

export async function render(main, { rest }) {
  const booth = rest.join('/');
  const parent = parentUnit(booth);
  main.append(
    h('nav', { class: 'crumbs' }, parent ? h('a', { href: unitHash('org', parent), testid: 'assign-back' }, `↑ ${parent}`) : null),
    h('h1', {}, t('assign.title', { unit: booth })));
  const status = h('div', { testid: 'assign-coverage' });
  main.append(status);
  const refresh = () => into(status, () => get('/api/org/coverage', { unit: booth, depth: 0 }), doc => boothStatus(doc, booth));
  refresh();

  let chosen = null;
  const q = h('input', { type: 'search', testid: 'assign-search', autocomplete: 'off', placeholder: t('search.placeholder') });
  const results = h('div', { testid: 'assign-results' });
  const chosenBox = h('p', { testid: 'assign-chosen', class: 'note' }, t('assign.none_chosen'));
  const role = select('assign-role', ['polling_agent', 'booth_president', 'booth_committee_member'].map(r => [r, postName(r)]), 'polling_agent');
  const submit = h('button', { type: 'submit', class: 'primary', testid: 'assign-submit', disabled: true }, t('assign.submit'));
  const outcome = h('div', { testid: 'assign-outcome', 'aria-live': 'polite' });
  const searchForm = h('form', { class: 'row', testid: 'assign-search-form' },
    field(t('search.name'), q),
    h('button', { type: 'submit', testid: 'assign-search-run' }, t('search.run')));
  searchForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!q.value.trim()) return;
    // People of the booth's AC and around it: the booth's parent subtree first.
    into(results, () => get('/api/org/search', { q: q.value.trim(), unit: acOf(booth), limit: 20 }), doc =>
      peopleList(doc.people || [], (p) => {
        chosen = p;
        submit.disabled = false;
        clear(chosenBox, t('assign.chosen', { name: personName(p), unit: p.unit || '—' }));
      }));
  });
  const assignForm = h('form', { class: 'card', testid: 'assign-form' },
    chosenBox, field(t('assign.role'), role), submit, outcome);
  assignForm.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!chosen) return;
    submit.disabled = true;
    clear(outcome, h('p', { class: 'loading' }, t('app.loading')));
    try {
      await post('/api/org/posts', { person: String(chosen.id), unit: booth, role: role.value });
      clear(outcome, h('p', { class: 'ok', testid: 'assign-ok' },
        t('assign.done', { name: personName(chosen), role: postName(role.value) })));
      refresh();
    } catch (err) {
      clear(outcome, errorView(err));
    } finally {
      submit.disabled = false;
    }
  });
  main.append(section(t('assign.find'), 'assign-find', searchForm, results), assignForm);
}

// "S24/AC173/SK3/B45" → "S24/AC173": people are searched in the booth's AC.
function acOf(unit) {
  const parts = unit.split('/');
  const i = parts.findIndex(p => /^AC\d+$/.test(p));
  return i >= 0 ? parts.slice(0, i + 1).join('/') : parts[0];
}

export function personName(p) {
  return [p.name_hi, p.name_en].filter(Boolean).join(' · ') || `#${p.id}`;
}

function peopleList(people, onPick) {
  if (!people.length) return h('p', { class: 'empty', testid: 'assign-no-people' }, t('search.nobody'));
  return h('ul', { class: 'people' }, people.map(p =>
    h('li', {},
      h('button', { type: 'button', testid: `assign-pick-${p.id}`, on: { click: () => onPick(p) } }, t('assign.pick')),
      ' ', h('b', {}, personName(p)), ' ',
      h('small', {}, `${p.unit || ''} · ${p.phone || ''} · ${statusName(p.status)}`))));
}

export function statusName(s) {
  switch (s) {
    case 'active': return t('person.active');
    case 'left': return t('person.left');
    case 'expelled': return t('person.expelled');
    default: return s || '';
  }
}

function boothStatus(doc, booth) {
  const u = (doc.units || []).find(x => x.unit === booth) || (doc.units || [])[0] || {};
  const entry = (doc.uncovered || []).find(x => x.unit === booth);
  return h('div', { class: 'card' },
    h('p', { class: 'big' }, u.name || booth),
    entry
      ? h('p', { testid: 'assign-lacks', class: 'lacks' }, t('assign.lacks'), ' ', lacksText(entry, doc.rules))
      : h('p', { testid: 'assign-covered', class: 'ok' }, t('assign.covered')),
    h('p', {}, t('org.covered_of', { covered: num(doc.covered), booths: num(doc.booths) }), ' ', bar(doc.share), ' ', pct(doc.share)));
}
