// Small helpers to build the page without innerHTML (no markup from data
// ever reaches the parser) and the shared views: loading, errors, tables.
import { t, num } from './i18n.js';

// h('button', {testid: 'run', class: 'primary', on: {click: f}}, 'text', child…)
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'testid') el.dataset.testid = v;
    else if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'text') el.textContent = v;
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function loading() {
  return h('p', { class: 'loading', testid: 'loading', role: 'status' }, t('app.loading'));
}

// The message of a failed call in the user's language, by the API's error
// code ({"error": {"code", "message"}}, src/api/errors.h) or the kind of
// failure; the server's own message goes below it as detail.
export function errorText(err) {
  if (!err) return t('err.unexpected');
  if (err.kind === 'network') return t('errcode.network');
  if (err.kind === 'unavailable') return t('err.unavailable');
  if (err.kind === 'auth') return t('errcode.unauthenticated');
  switch (err.code) {
    case 'permission_denied': return t('errcode.permission_denied');
    case 'not_found': return t('errcode.not_found');
    case 'invalid_argument': return t('errcode.invalid_argument');
    case 'already_exists': return t('errcode.already_exists');
    case 'failed_precondition': return t('errcode.failed_precondition');
    case 'data_error': return t('errcode.data_error');
    case 'unauthenticated': return t('errcode.unauthenticated');
    case 'too_many_requests': return t('errcode.too_many_requests');
    case 'payload_too_large': return t('errcode.payload_too_large');
    case 'internal': return t('errcode.internal');
    case 'io_error': return t('errcode.io_error');
    default: return err.kind === 'server' ? t('err.server') : t('err.unexpected');
  }
}

// The view of a failed call; `retry` (optional) is offered as a button.
export function errorView(err, retry) {
  const fromServer = err && (err.kind === 'server' || err.kind === 'auth') && err.message;
  return h('div', { class: 'error', role: 'alert', testid: 'error', 'data-code': err && err.code },
    h('p', { testid: 'error-text' }, errorText(err)),
    fromServer ? h('p', { class: 'detail', testid: 'error-detail' }, err.message) : null,
    retry && err && err.kind !== 'unavailable'
      ? h('button', { type: 'button', testid: 'retry', on: { click: retry } }, t('app.retry'))
      : null);
}

// Runs `load()` into `box`: a loading line, then `render(result)`, or the
// error with a retry. Never throws.
export async function into(box, load, render) {
  clear(box, loading());
  try {
    const result = await load();
    clear(box);
    const out = render(result);
    if (out) append(box, [out]);
  } catch (err) {
    clear(box, errorView(err, () => into(box, load, render)));
  }
}

// columns: [{label, value: row => text|Node, num: bool, testid?}]
export function table(columns, rows, testid, rowAttrs) {
  return h('div', { class: 'table-wrap' },
    h('table', { testid },
      h('thead', {}, h('tr', {}, columns.map(c =>
        h('th', { class: c.num ? 'num' : null, scope: 'col' }, c.label)))),
      h('tbody', {}, rows.map((r, i) => h('tr', rowAttrs ? rowAttrs(r, i) : {},
        columns.map(c => h('td', { class: c.num ? 'num' : null }, c.value(r, i))))))),
    rows.length === 0 ? h('p', { class: 'empty', testid: `${testid}-empty` }, t('app.none')) : null);
}

// A labelled form control.
export function field(label, control, hint) {
  return h('label', { class: 'field' }, h('span', { class: 'label' }, label), control,
    hint ? h('small', { class: 'hint' }, hint) : null);
}

// A <select> of [value, text] pairs.
export function select(testid, options, value) {
  return h('select', { testid }, options.map(([v, text]) =>
    h('option', { value: v, selected: v === value ? true : null }, text)));
}

export function section(title, testid, ...children) {
  return h('section', { class: 'card', testid }, h('h2', {}, title), children);
}

// "12 of 40" with Indian grouping.
export function ofTotal(a, b) { return t('app.of', { a: num(a), b: num(b) }); }

// The hash for a route and its query: link('#/booths/ls2014', {state: 'S24'}).
export function link(hash, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== '' && v !== null) q.set(k, v);
  const s = q.toString();
  return s ? `${hash}?${s}` : hash;
}

// The `warnings` beside a document's data, as the server wrote them.
export function warnings(doc) {
  const list = (doc && doc.warnings) || [];
  if (!list.length) return null;
  return h('div', { class: 'warnings', testid: 'warnings' },
    h('p', {}, t('app.warnings')),
    h('ul', {}, list.map(w => h('li', {}, w.file ? `${w.file}:${w.line ?? 0}: ${w.message}` : w.message))));
}
