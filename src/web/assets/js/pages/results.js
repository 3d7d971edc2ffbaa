// #/results: the elections in the store; #/results/{election}?state=S24:
// the party summary (seats and vote share as bars) and, for a state, its
// seats as a tile map (tilemap.js).
import { get, enc } from '../api.js';
import { h, into, table, section, field, link } from '../dom.js';
import { t, num, pct } from '../i18n.js';
import { barChart, partyColour } from '../charts.js';
import { elections, states, stateSelect } from './common.js';
import { tileMap } from './tilemap.js';

export async function render(main, { rest, query }) {
  if (!rest[0]) return renderList(main);
  return renderElection(main, rest[0], query.get('state') || '');
}

function renderList(main) {
  const box = h('div');
  main.append(h('h1', {}, t('results.title')), box);
  into(box, elections, list => table([
    { label: t('results.election'), value: e => h('a', { href: `#/results/${enc(e.name)}`, testid: `election-${e.name}` }, e.name) },
    { label: t('results.kind'), value: e => (e.kind === 'lok_sabha' ? t('results.lok_sabha') : e.kind === 'vidhan_sabha' ? t('results.vidhan_sabha') : e.kind) },
    { label: t('results.year'), value: e => String(e.year ?? '—') },
    { label: t('results.seats'), value: e => num(e.seats), num: true },
    { label: t('results.booths'), value: e => num(e.booths), num: true },
  ], list, 'elections-table'));
}

function renderElection(main, election, state) {
  const head = h('div', { class: 'toolbar' });
  const summary = h('div');
  const map = h('div');
  main.append(h('h1', {}, t('results.summary_title', { election })), head, summary, map);
  into(head, () => states(election), list => {
    const sel = stateSelect(list, state, 'results-state');
    sel.addEventListener('change', () => {
      location.hash = link(`#/results/${enc(election)}`, { state: sel.value });
    });
    return h('div', { class: 'row' }, field(t('results.state'), sel),
      h('a', { href: link(`#/targets/${enc(election)}`, { state }), testid: 'to-targets' }, t('nav.targets')),
      h('a', { href: link(`#/booths/${enc(election)}`, { state }), testid: 'to-booths' }, t('nav.booths')));
  });
  into(summary, () => get(`/api/elections/${enc(election)}/parties`, { state }), doc => partySummary(doc));
  if (state) {
    into(map, () => get(`/api/elections/${enc(election)}/seats`, { state }),
      doc => section(t('tiles.title'), 'tile-section', tileMap(doc.seats || [])));
  } else {
    map.append(h('p', { class: 'note', testid: 'tiles-pick-state' }, t('tiles.pick_state')));
  }
}

function partySummary(doc) {
  const parties = (doc.parties || []).slice();
  const winners = parties.filter(p => p.seats_won > 0).sort((a, b) => b.seats_won - a.seats_won);
  const byVotes = parties.slice().sort((a, b) => (b.votes || 0) - (a.votes || 0)).slice(0, 8);
  const shown = [...new Set([...winners, ...byVotes])];
  return h('div', {},
    h('p', { class: 'note', testid: 'summary-totals' },
      t('results.totals', { seats: num(doc.seats), votes: num(doc.valid_votes) }), ' ',
      t('results.share_basis')),
    section(t('results.seats_won'), 'seats-chart-section',
      barChart(winners.slice(0, 12).map(p => ({ label: p.party, value: p.seats_won, colour: partyColour(p.party) })),
        { title: t('results.seats_won'), testid: 'seats-chart' })),
    section(t('results.vote_share'), 'share-chart-section',
      barChart(byVotes.map(p => ({ label: p.party, value: p.vote_share || 0, colour: partyColour(p.party), text: pct(p.vote_share) })),
        { title: t('results.vote_share'), testid: 'share-chart' })),
    section(t('results.parties'), 'parties-section', table([
      { label: t('results.party'), value: p => h('span', { title: p.name }, p.party) },
      { label: t('results.won'), value: p => num(p.seats_won), num: true },
      { label: t('results.contested'), value: p => num(p.seats_contested), num: true },
      { label: t('results.second'), value: p => num(p.seats_second), num: true },
      { label: t('results.votes'), value: p => num(p.votes), num: true },
      { label: t('results.share'), value: p => pct(p.vote_share), num: true },
      { label: t('results.strike_rate'), value: p => pct(p.strike_rate, 0), num: true },
    ], shown, 'parties-table')));
}
