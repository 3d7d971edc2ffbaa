// #/org/{unit}: the unit tree from a unit down: the unit's coverage, each
// child's (share covered, booths) with a drill-down, and the unit's
// uncovered booths with what each lacks and an "assign" action
// (GET /api/org/coverage?unit=…&depth=1).
import { get } from '../api.js';
import { h, into, table, section } from '../dom.js';
import { t, num, pct } from '../i18n.js';
import { rememberUnit, homeUnit } from '../session.js';

const PAGE = 50;

export function unitHash(page, unit) {
  return `#/${page}/${unit.split('/').map(encodeURIComponent).join('/')}`;
}

// "S24/AC173/B4" → "S24/AC173"; "S24" → "IN"; "IN" → null.
export function parentUnit(unit) {
  if (unit === 'IN') return null;
  const i = unit.lastIndexOf('/');
  return i < 0 ? 'IN' : unit.slice(0, i);
}

export function levelName(level) {
  switch (level) {
    case 'national': return t('level.national');
    case 'state': return t('level.state');
    case 'district': return t('level.district');
    case 'ac': return t('level.ac');
    case 'block': return t('level.block');
    case 'mandal': return t('level.mandal');
    case 'ward': return t('level.ward');
    case 'shakti_kendra': return t('level.shakti_kendra');
    case 'booth': return t('level.booth');
    default: return level || '';
  }
}

export function bar(share) {
  const pctValue = Math.max(0, Math.min(100, (share || 0) * 100));
  const el = h('span', { class: 'meter', role: 'img', 'aria-label': pct(share) }, h('span', { class: 'meter-fill' }));
  el.firstChild.style.width = `${pctValue.toFixed(1)}%`;  // CSSOM: allowed by the CSP
  return el;
}

// A small form to go to another unit by its code (e.g. S24/AC173).
export function unitJump(page, unit) {
  const input = h('input', { testid: `${page}-unit-input`, value: unit, autocapitalize: 'characters', 'aria-label': t('org.go_unit') });
  const form = h('form', { class: 'row', testid: `${page}-unit-form` }, input,
    h('button', { type: 'submit', testid: `${page}-unit-go` }, t('org.go')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const code = input.value.trim().replace(/^\/+|\/+$/g, '');
    if (code) location.hash = unitHash(page, code);
  });
  return form;
}

export async function render(main, { rest }) {
  const unit = rest.join('/') || homeUnit();
  rememberUnit(unit);
  const parent = parentUnit(unit);
  main.append(h('nav', { class: 'crumbs', testid: 'org-crumbs' },
    parent ? h('a', { href: unitHash('org', parent), testid: 'org-up' }, `↑ ${parent}`) : null,
    h('a', { href: unitHash('comms', unit), testid: 'org-to-comms' }, t('nav.comms'))),
  unitJump('org', unit));
  if (unit === 'IN' || /^S\d+$/.test(unit)) {
    main.append(h('p', { class: 'note', testid: 'org-large' }, t('org.large_unit')));
  }
  const box = h('div');
  main.append(h('h1', {}, t('org.title', { unit })), box);
  into(box, () => get('/api/org/coverage', { unit, depth: 1, uncovered: UNCOVERED_LISTED }), doc => view(doc, unit));
}

function view(doc, unit) {
  const units = doc.units || [];
  const self = units.find(u => u.depth === 0) || { unit, booths: doc.booths, covered: doc.covered, share: doc.share };
  const children = units.filter(u => u.depth === 1);
  const uncovered = doc.uncovered || [];
  return h('div', {},
    section(`${self.name || unit} · ${levelName(self.level)}`, 'org-self',
      h('p', { class: 'big', testid: 'org-share' }, pct(self.share), ' ', bar(self.share)),
      h('p', { testid: 'org-booths' }, t('org.covered_of', { covered: num(self.covered), booths: num(self.booths) })),
      h('p', { class: 'note' }, t('org.rule', {
        president: num((doc.rules || {}).booth_president),
        members: num((doc.rules || {}).booth_committee_member),
        agents: num((doc.rules || {}).polling_agent),
      }))),
    children.length ? section(t('org.children'), 'org-children', table([
      { label: t('org.unit'), value: u => h('a', { href: unitHash('org', u.unit), testid: `org-child-${u.unit}` }, u.name || u.unit) },
      { label: t('org.level'), value: u => levelName(u.level) },
      { label: t('org.share'), value: u => h('span', {}, pct(u.share), ' ', bar(u.share)), num: true },
      { label: t('org.booths'), value: u => `${num(u.covered)} / ${num(u.booths)}`, num: true },
    ], children.slice().sort((a, b) => (a.share ?? 0) - (b.share ?? 0)), 'org-children-table')) : null,
    section(t('org.uncovered', { n: num(doc.uncovered_total ?? uncovered.length) }), 'org-uncovered',
      uncoveredList(uncovered, doc.rules || {}),
      (doc.uncovered_total ?? 0) > uncovered.length
        ? h('p', { class: 'note', testid: 'org-uncovered-cut' }, t('org.uncovered_cut', { shown: num(uncovered.length) }))
        : null));
}

// At most this many uncovered booths come with a unit's page (a state has
// tens of thousands): the server cuts the list and says how many there are.
const UNCOVERED_LISTED = 500;

function uncoveredList(uncovered, rules) {
  const list = h('ul', { class: 'booth-list', testid: 'org-uncovered-list' });
  let shown = 0;
  const more = h('button', { type: 'button', testid: 'org-uncovered-more' }, t('app.show_more'));
  const addPage = () => {
    for (const b of uncovered.slice(shown, shown + PAGE)) {
      list.append(h('li', { testid: `uncovered-${b.unit}` },
        h('div', { class: 'booth-name' }, h('b', {}, b.unit), ' ', b.name || ''),
        h('div', { class: 'lacks' }, lacksText(b, rules)),
        h('a', { class: 'button', href: unitHash('assign', b.unit), testid: `assign-${b.unit}` }, t('org.assign'))));
    }
    shown += PAGE;
    if (shown >= uncovered.length) more.remove();
  };
  more.addEventListener('click', addPage);
  addPage();
  if (uncovered.length === 0) return h('p', { class: 'empty', testid: 'org-all-covered' }, t('org.all_covered'));
  return h('div', {}, list, shown < uncovered.length ? more : null);
}

// What a booth lacks, in the current language, from its counts and the
// rules (the server's own wording, `lacks`, is in English).
export function lacksText(b, rules) {
  const has = b.has || {};
  const r = rules || {};
  const parts = [];
  if ((has.booth_president || 0) < (r.booth_president ?? 1)) parts.push(t('org.lacks_president'));
  const members = has.booth_committee_member || 0;
  const needMembers = r.booth_committee_member ?? 10;
  if (members < needMembers) parts.push(t('org.lacks_members', { has: num(members), need: num(needMembers) }));
  if ((has.polling_agent || 0) < (r.polling_agent ?? 1)) parts.push(t('org.lacks_agent'));
  return parts.length ? parts.join('; ') : (b.lacks || '');
}

