// #/seat-share: the seat-sharing planner. State, partners, transfer rate,
// minimum and maximum seats per partner, locked seats → POST
// /api/seat-share; the seats per partner, the expected seats of the best
// allocation and of the rules of thumb, the price of each concession, and
// every seat's partner.
import { post } from '../api.js';
import { h, into, table, section, field, clear, warnings } from '../dom.js';
import { t, num, pct } from '../i18n.js';
import { barChart, partyColour } from '../charts.js';
import { elections, electionSelect, textInput } from './common.js';

// "BSP=38, SP=37" → {BSP: 38, SP: 37}; numbers when `asNumber`.
export function parsePairs(text, asNumber) {
  const out = {};
  for (const part of text.split(',')) {
    const [k, v] = part.split('=').map(x => (x || '').trim());
    if (!k || v === '') continue;
    out[k] = asNumber ? Number(v) : v;
  }
  return out;
}

export async function render(main) {
  main.append(h('h1', {}, t('share.title')));
  const formBox = h('div'), out = h('div', { testid: 'share-result' });
  main.append(formBox, out);
  let list = [];
  try { list = await elections(); } catch (err) { return into(formBox, () => Promise.reject(err), () => null); }
  const saved = JSON.parse(sessionStorage.getItem('janadhar.share') || '{}');
  const election = electionSelect(list, saved.election, 'share-election');
  const state = textInput('share-state', saved.state || 'UP');
  const partners = textInput('share-partners', saved.partners || 'SP,BSP,RLD');
  const transfer = h('input', { type: 'number', min: 0, max: 1, step: 0.05, value: saved.transfer || '0.7', testid: 'share-transfer', inputmode: 'decimal' });
  const min = textInput('share-min', saved.min || '', { placeholder: 'RLD=2' });
  const max = textInput('share-max', saved.max || '', { placeholder: 'BSP=38,SP=37' });
  const lock = textInput('share-lock', saved.lock || '', { placeholder: 'Mainpuri=SP' });
  const run = h('button', { type: 'submit', class: 'primary', testid: 'share-run' }, t('share.run'));
  const form = h('form', { class: 'card form-grid', testid: 'share-form' },
    field(t('results.election'), election), field(t('results.state'), state),
    field(t('share.partners'), partners, t('share.partners_hint')),
    field(t('share.transfer'), transfer, t('share.transfer_hint')),
    field(t('share.min'), min, t('share.limits_hint')), field(t('share.max'), max),
    field(t('share.lock'), lock, t('share.lock_hint')), run);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const values = {
      election: election.value, state: state.value.trim(), partners: partners.value,
      transfer: transfer.value, min: min.value, max: max.value, lock: lock.value,
    };
    sessionStorage.setItem('janadhar.share', JSON.stringify(values));
    const body = {
      election: values.election, state: values.state,
      partners: values.partners.split(',').map(x => x.trim()).filter(Boolean),
      transfer: Number(values.transfer),
      min: parsePairs(values.min, true), max: parsePairs(values.max, true),
      lock: parsePairs(values.lock, false),
    };
    run.disabled = true;
    into(out, () => post('/api/seat-share', body).finally(() => { run.disabled = false; }), view);
  });
  clear(formBox, form);
  out.append(h('p', { class: 'note' }, t('share.hint')));
}

function view(doc) {
  const alloc = doc.allocations || {};
  const partners = doc.partners || [];
  const plans = [
    ['optimal', t('share.optimal')], ['polled_best', t('share.polled_best')], ['sitting_keeps', t('share.sitting_keeps')],
  ].filter(([k]) => alloc[k]);
  return h('div', {},
    warnings(doc),
    section(t('share.partner_seats'), 'share-partners-section',
      barChart(partners.map(p => ({ label: p.party, value: p.seats || 0, colour: partyColour(p.party) })),
        { title: t('share.partner_seats'), testid: 'share-chart' }),
      table([
        { label: t('results.party'), value: p => h('span', { title: p.name || '' }, p.party) },
        { label: t('share.seats'), value: p => num(p.seats), num: true },
        { label: t('share.min'), value: p => num(p.min), num: true },
        { label: t('share.max'), value: p => num(p.max), num: true },
        { label: t('share.one_more'), value: p => num(p.one_more_costs, 2), num: true },
        { label: t('share.one_fewer'), value: p => num(p.one_fewer_costs, 2), num: true },
      ], partners, 'share-partners-table'),
      h('p', { class: 'note' }, t('share.price_note'))),
    section(t('share.expected'), 'share-expected-section', table([
      { label: t('share.plan'), value: ([, name]) => name },
      { label: t('share.expected_seats'), value: ([k]) => num(alloc[k].expected_seats, 1), num: true },
      { label: t('share.split'), value: ([k]) => Object.entries(alloc[k].seats_of_partner || {}).map(([p, n]) => `${p} ${num(n)}`).join(', ') },
    ], plans, 'share-expected-table')),
    section(t('share.seat_list'), 'share-seats-section', table([
      { label: t('targets.seat'), value: s => `${s.seat}. ${s.name}` },
      { label: t('share.partner'), value: s => s.optimal || '—' },
      { label: t('share.p_win'), value: s => pct(s.p_win && s.optimal ? s.p_win[s.optimal] : null), num: true },
      { label: t('share.why'), value: s => s.reason_text || s.reason || '' },
    ], doc.seats || [], 'share-seats-table')));
}
