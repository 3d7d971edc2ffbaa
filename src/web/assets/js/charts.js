// Charts drawn as SVG by hand: horizontal bars (seats, vote share) and seat
// intervals of a forecast. Sized by viewBox, so they fit a 360 px phone.
import { num } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';

export function s(tag, attrs, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === 'testid') el.setAttribute('data-testid', v);
    else if (k === 'text') el.textContent = v;
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c) el.append(c);
  return el;
}

// Colours of the larger parties (their usual ones, darkened to read on
// white); others get one from a hash of the name.
const COLOURS = {
  BJP: '#f97316', INC: '#0ea5e9', SP: '#dc2626', BSP: '#1e3a8a', AITC: '#16a34a',
  ADMK: '#15803d', DMK: '#b91c1c', BJD: '#65a30d', SHS: '#ea580c', TDP: '#eab308',
  TRS: '#db2777', YSRCP: '#2563eb', CPM: '#991b1b', CPI: '#7f1d1d', NCP: '#0891b2',
  RJD: '#047857', AAP: '#0284c7', JD_U: '#166534', 'JD(U)': '#166534', AD: '#9333ea',
  RLD: '#4d7c0f', LJP: '#7c3aed', IND: '#6b7280', NOTA: '#9ca3af', AIUDF: '#0f766e',
  SAD: '#1d4ed8', JMM: '#15803d', IUML: '#065f46', INLD: '#16a34a', PDP: '#047857',
};
const SPARE = ['#8b5cf6', '#14b8a6', '#f59e0b', '#ec4899', '#84cc16', '#06b6d4',
  '#a855f7', '#f43f5e', '#10b981', '#6366f1', '#d97706', '#0d9488'];

export function partyColour(party) {
  if (!party) return '#d1d5db';
  if (COLOURS[party]) return COLOURS[party];
  let hash = 0;
  for (const ch of party) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return SPARE[hash % SPARE.length];
}

// items: [{label, value, colour, text}] → horizontal bars, largest first as given.
export function barChart(items, { title, testid, max, format = v => num(v) } = {}) {
  const rowH = 26, labelW = 70, valueW = 70, width = 340;
  const barW = width - labelW - valueW;
  const top = Math.max(max || 0, ...items.map(i => i.value), 1e-9);
  const height = items.length * rowH + 8;
  return s('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img',
    'aria-label': title, testid, preserveAspectRatio: 'xMinYMin meet',
  },
  s('title', { text: title }),
  items.map((it, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(it.value > 0 ? 1 : 0, (it.value / top) * barW);
    return s('g', { testid: testid && `${testid}-bar-${it.label}` },
      s('text', { x: labelW - 6, y: y + 17, 'text-anchor': 'end', class: 'chart-label', text: it.label }),
      s('rect', { x: labelW, y: y + 3, width: w.toFixed(1), height: rowH - 8, rx: 2, fill: it.colour || '#64748b' }),
      s('text', { x: labelW + w + 4, y: y + 17, class: 'chart-value', text: it.text ?? format(it.value) }));
  }));
}

// rows: [{label, p05, p95, median, mean, colour}] → one line per party from
// its 5th to its 95th percentile of seats, a dot at the median; `mark` a
// vertical line (the majority).
export function intervalChart(rows, { title, testid, mark, markLabel } = {}) {
  const rowH = 28, labelW = 70, width = 340, right = 16, axisH = 22;
  const plotW = width - labelW - right;
  const top = Math.max(1, ...rows.map(r => r.p95), mark || 0);
  const x = v => labelW + (v / top) * plotW;
  const height = rows.length * rowH + axisH + 6;
  const ticks = niceTicks(top);
  return s('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': title, testid,
  },
  s('title', { text: title }),
  ticks.map(v => s('g', {},
    s('line', { x1: x(v), x2: x(v), y1: 2, y2: height - axisH, class: 'grid' }),
    s('text', { x: x(v), y: height - 6, 'text-anchor': 'middle', class: 'chart-axis', text: num(v) }))),
  mark ? s('g', {},
    s('line', { x1: x(mark), x2: x(mark), y1: 0, y2: height - axisH, class: 'mark' }),
    s('text', { x: x(mark) - 3, y: 10, 'text-anchor': 'end', class: 'chart-axis', text: markLabel || num(mark) }))
    : null,
  rows.map((r, i) => {
    const y = 6 + i * rowH + rowH / 2;
    return s('g', { testid: testid && `${testid}-row-${r.label}` },
      s('text', { x: labelW - 6, y: y + 4, 'text-anchor': 'end', class: 'chart-label', text: r.label }),
      s('rect', {
        x: x(r.p05), y: y - 6, width: Math.max(2, x(r.p95) - x(r.p05)), height: 12, rx: 3,
        fill: r.colour, 'fill-opacity': 0.45,
      }),
      s('circle', { cx: x(r.median), cy: y, r: 5, fill: r.colour, stroke: '#111', 'stroke-width': 1 }),
      s('title', { text: `${r.label}: ${num(r.p05)}–${num(r.p95)}, ${num(r.median)}` }));
  }));
}

function niceTicks(top) {
  const raw = top / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map(m => m * mag).find(st => st >= raw) || raw;
  const out = [];
  for (let v = 0; v <= top + 1e-9; v += step) out.push(Math.round(v));
  return out;
}
