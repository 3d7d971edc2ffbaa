// A state's seats as equal square tiles, in the order of their numbers,
// coloured by the winning party, grouped by district or region when the
// seats carry one; a legend with each party's seats; a tap (or Enter) on a
// tile shows the seat's winner, runner-up and margin.
import { h, clear } from '../dom.js';
import { t, num, pct } from '../i18n.js';
import { s, partyColour } from '../charts.js';

const TILE = 30, GAP = 3, COLS = 10;

export function tileMap(seats) {
  const sorted = seats.slice().sort((a, b) => a.seat - b.seat);
  const detail = h('div', { class: 'tile-detail', testid: 'tile-detail', 'aria-live': 'polite' },
    h('p', { class: 'note' }, t('tiles.tap_hint')));
  const groups = new Map();
  for (const seat of sorted) {
    const key = seat.region || seat.district || '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(seat);
  }
  const grids = [...groups.entries()].map(([name, list]) =>
    h('div', { class: 'tile-group' },
      name ? h('h3', {}, name) : null,
      grid(list, seat => showSeat(detail, seat))));
  return h('div', { class: 'tilemap', testid: 'tilemap' },
    legend(sorted), grids, detail);
}

function grid(list, onPick) {
  const rows = Math.ceil(list.length / COLS);
  const width = COLS * (TILE + GAP), height = rows * (TILE + GAP);
  return s('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'tiles', role: 'group', 'aria-label': t('tiles.title'),
  }, list.map((seat, i) => {
    const x = (i % COLS) * (TILE + GAP), y = Math.floor(i / COLS) * (TILE + GAP);
    const party = seat.winner && seat.winner.party;
    const g = s('g', {
      class: 'tile', tabindex: 0, role: 'button', testid: `tile-${seat.seat}`,
      'aria-label': `${seat.seat} ${seat.name}: ${party || t('tiles.no_result')}`,
      on: {
        click: () => onPick(seat),
        keydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onPick(seat); } },
      },
    },
    s('rect', { x, y, width: TILE, height: TILE, rx: 3, fill: partyColour(party) }),
    s('text', { x: x + TILE / 2, y: y + TILE / 2 + 4, 'text-anchor': 'middle', class: 'tile-num', text: String(seat.seat) }),
    s('title', { text: `${seat.seat} ${seat.name} · ${party || '—'}` }));
    return g;
  }));
}

function legend(seats) {
  const counts = new Map();
  for (const seat of seats) {
    const p = (seat.winner && seat.winner.party) || '';
    counts.set(p, (counts.get(p) || 0) + 1);
  }
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return h('ul', { class: 'legend', testid: 'tile-legend' }, entries.map(([party, n]) =>
    h('li', { testid: `legend-${party || 'none'}` },
      swatch(partyColour(party)), ` ${party || t('tiles.no_result')} `, h('b', {}, num(n)))));
}

function swatch(colour) {
  return s('svg', { viewBox: '0 0 10 10', class: 'swatch', 'aria-hidden': 'true' },
    s('rect', { width: 10, height: 10, rx: 2, fill: colour }));
}

function showSeat(detail, seat) {
  const w = seat.winner || {}, r = seat.runner_up || {};
  clear(detail,
    h('h3', { testid: 'tile-seat-name' }, `${seat.seat}. ${seat.name}`),
    h('dl', { class: 'facts' },
      h('dt', {}, t('tiles.winner')),
      h('dd', { testid: 'tile-winner' }, w.party ? `${w.candidate} (${w.party}) · ${pct(w.share)} · ${num(w.votes)}` : '—'),
      h('dt', {}, t('tiles.runner_up')),
      h('dd', { testid: 'tile-runner-up' }, r.party ? `${r.candidate} (${r.party}) · ${pct(r.share)} · ${num(r.votes)}` : '—'),
      h('dt', {}, t('tiles.margin')),
      h('dd', { testid: 'tile-margin' }, seat.margin_votes !== null && seat.margin_votes !== undefined
        ? t('tiles.margin_value', { votes: num(seat.margin_votes), pp: num(seat.margin_pp, 1) }) : '—'),
      h('dt', {}, t('tiles.turnout')),
      h('dd', {}, pct(seat.turnout))));
}
