// #/search?q=…: people by name, in Devanagari or Latin letters ("ram kumar"
// finds राम कुमार), GET /api/org/search.
import { get } from '../api.js';
import { h, into, table, field, link } from '../dom.js';
import { t } from '../i18n.js';
import { unitHash } from './org.js';
import { personName, statusName } from './assign.js';

export async function render(main, { query }) {
  const q = query.get('q') || '';
  const unit = query.get('unit') || '';
  const input = h('input', { type: 'search', testid: 'search-input', value: q, placeholder: t('search.placeholder'), autocomplete: 'off' });
  const within = h('input', { testid: 'search-unit', value: unit, placeholder: 'S24/AC173' });
  const form = h('form', { class: 'card form-grid', testid: 'search-form' },
    field(t('search.name'), input), field(t('search.within'), within),
    h('button', { type: 'submit', class: 'primary', testid: 'search-run' }, t('search.run')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = link('#/search', { q: input.value.trim(), unit: within.value.trim() });
  });
  const out = h('div');
  main.append(h('h1', {}, t('search.title')), form, out);
  if (!q) {
    out.append(h('p', { class: 'note' }, t('search.hint')));
    input.focus();
    return;
  }
  into(out, () => get('/api/org/search', { q, unit, limit: 50 }), doc => table([
    { label: t('search.name'), value: p => personName(p) },
    { label: t('org.unit'), value: p => (p.unit ? h('a', { href: unitHash('org', p.unit), testid: `person-unit-${p.id}` }, p.unit) : '—') },
    { label: t('search.phone'), value: p => p.phone || '—' },
    { label: t('search.status'), value: p => statusName(p.status) },
    { label: t('search.joined'), value: p => p.joined || '—' },
  ], doc.people || [], 'search-table', p => ({ testid: `person-${p.id}` })));
}
