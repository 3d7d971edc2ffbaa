// #/booths/{election}?state=&ac=&party=: the booth grades of a segment
// (GET /api/elections/{e}/booths); #/targets/{election}?state=&party=: the
// seats a party could win (GET /api/elections/{e}/targets). A form on top
// changes the query; the tables below follow it.
import { get, enc } from '../api.js';
import { h, into, table, section, field, link, clear, warnings } from '../dom.js';
import { t, num, pct, pp } from '../i18n.js';
import { barChart } from '../charts.js';
import { elections, electionSelect, textInput } from './common.js';

const GRADE_COLOURS = { A: '#15803d', B: '#84cc16', C: '#f59e0b', D: '#dc2626' };

export async function render(main, { page, rest, query }) {
  const isBooths = page === 'booths';
  main.append(h('h1', {}, isBooths ? t('booths.title') : t('targets.title')));
  const formBox = h('div');
  const out = h('div');
  main.append(formBox, out);
  let list;
  try {
    list = await elections();
  } catch (err) {
    return into(formBox, () => Promise.reject(err), () => null);
  }
  const election = rest[0] || (list[0] && list[0].name) || '';
  const q = { state: query.get('state') || '', ac: query.get('ac') || '', party: query.get('party') || '' };
  const electionSel = electionSelect(list, election, 'analysis-election');
  const state = textInput('analysis-state', q.state, { placeholder: 'S24 / UP' });
  const ac = textInput('analysis-ac', q.ac, { placeholder: '173' });
  const party = textInput('analysis-party', q.party, { placeholder: 'BJP' });
  const form = h('form', { class: 'card form-grid', testid: 'analysis-form' },
    field(t('results.election'), electionSel),
    field(t('results.state'), state),
    isBooths ? field(t('booths.ac'), ac) : null,
    field(t('results.party'), party),
    h('button', { type: 'submit', class: 'primary', testid: 'analysis-run' }, t('app.show')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const params = { state: state.value.trim(), party: party.value.trim() };
    if (isBooths) params.ac = ac.value.trim();
    location.hash = link(`#/${page}/${enc(electionSel.value)}`, params);
  });
  clear(formBox, form);
  if (!q.party || (isBooths && !q.ac)) {
    out.append(h('p', { class: 'note', testid: 'analysis-hint' }, isBooths ? t('booths.hint') : t('targets.hint')));
    return;
  }
  if (isBooths) {
    into(out, () => get(`/api/elections/${enc(election)}/booths`, q), boothsView);
  } else {
    into(out, () => get(`/api/elections/${enc(election)}/targets`, { state: q.state, party: q.party }), targetsView);
  }
}

function boothsView(doc) {
  const g = doc.grades || {};
  const th = doc.thresholds || {};
  const booths = doc.booths || [];
  return h('div', {},
    warnings(doc),
    h('p', { class: 'note', testid: 'booths-scope' },
      `${doc.scope || ''} · ${doc.party} · `,
      t('booths.graded', { graded: num(doc.graded), total: num(doc.polling_stations) })),
    section(t('booths.grades'), 'grades-section',
      barChart(['A', 'B', 'C', 'D'].map(k => ({ label: k, value: g[k] || 0, colour: GRADE_COLOURS[k] })),
        { title: t('booths.grades'), testid: 'grades-chart' }),
      h('p', { class: 'note' }, t('booths.thresholds', { a: num(th.a, 0), b: num(th.b, 0), c: num(th.c, 0) }))),
    section(t('booths.segments'), 'segments-section', table([
      { label: t('booths.ac'), value: s => `${s.ac} ${s.ac_name}` },
      { label: t('results.share'), value: s => pct(s.share), num: true },
      { label: t('booths.margin'), value: s => pp(s.margin_pp), num: true },
      { label: t('booths.rival'), value: s => s.strongest_rival || '—' },
      { label: 'A', value: s => num((s.grades || {}).A), num: true },
      { label: 'B', value: s => num((s.grades || {}).B), num: true },
      { label: 'C', value: s => num((s.grades || {}).C), num: true },
      { label: 'D', value: s => num((s.grades || {}).D), num: true },
    ], doc.segments || [], 'segments-table')),
    booths.length ? section(t('booths.booths'), 'booths-section', table([
      { label: t('booths.part'), value: b => b.part, num: true },
      { label: t('booths.name'), value: b => b.name },
      { label: t('booths.grade'), value: b => h('span', { class: `grade grade-${b.grade || 'none'}` }, b.grade || t('booths.not_graded')) },
      { label: t('results.share'), value: b => pct(b.share), num: true },
      { label: t('booths.margin'), value: b => pp(b.margin_pp), num: true },
      { label: t('booths.rival'), value: b => b.strongest_rival || '—' },
      { label: t('results.votes'), value: b => num(b.party_votes), num: true },
    ], booths, 'booths-table')) : null);
}

function targetsView(doc) {
  const rows = doc.targets || [];
  return h('div', {},
    warnings(doc),
    h('p', { class: 'note', testid: 'targets-scope' },
      t('targets.scope', { party: doc.party, n: num(rows.length), within: num(doc.within_pp, 0) })),
    table([
      { label: t('targets.seat'), value: r => `${r.seat}. ${r.name}` },
      { label: t('targets.held_by'), value: r => (r.winner ? r.winner.party : '—') },
      { label: t('targets.rank'), value: r => num(r.party_rank), num: true },
      { label: t('booths.margin'), value: r => num(r.margin_pp, 1), num: true },
      { label: t('targets.swing_needed'), value: r => num(r.swing_needed_pp, 1), num: true },
      { label: t('targets.deficit'), value: r => num(r.deficit_votes), num: true },
      { label: t('targets.booths_won'), value: r => (r.booths ? `${num(r.booths.won)} / ${num(r.booths.usable)}` : '—'), num: true },
    ], rows, 'targets-table'));
}
