// #/report/{id}?unit=U&period=P: a report's template for a unit and a
// period (GET /api/comms/reports/{id}?unit&period) as a form of its fields,
// the unit's submission for that period filled in when there is one, and
// POST /api/comms/reports/{id}/submissions to submit it or, again for the
// same period, correct it.
import { get, post, enc } from '../api.js';
import { h, into, field, clear, errorView, link } from '../dom.js';
import { t, num, language } from '../i18n.js';
import { homeUnit, rememberUnit } from '../session.js';
import { unitHash } from './org.js';

// A field's label in the UI's language when the template has one
// (`label_hi`, `label_en`), else its label, else its name.
export function fieldLabel(f) {
  const own = language() === 'hi' ? f.label_hi : f.label_en;
  return own || f.label || f.name;
}

// The ISO week of `d` as "2026-W09", the period a new submission starts from.
export function isoWeek(d = new Date()) {
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day - yearStart) / 86400000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export async function render(main, { rest, query }) {
  const id = rest[0] || '';
  const unit = query.get('unit') || homeUnit();
  const period = query.get('period') || isoWeek();
  rememberUnit(unit);
  main.append(
    h('nav', { class: 'crumbs' },
      h('a', { href: unitHash('comms', unit), testid: 'report-back' }, `↑ ${t('comms.reports')} · ${unit}`)),
    h('h1', {}, t('report.title', { id })));
  const box = h('div', { testid: 'report-page' });
  main.append(box);
  into(box, () => get(`/api/comms/reports/${enc(id)}`, { unit, period }),
    doc => reportForm(doc, id, unit, period));
}

// The unit and period to show: another of either loads the page again.
function chooser(id, unit, period) {
  const unitIn = h('input', { testid: 'report-unit', value: unit, autocomplete: 'off', autocapitalize: 'characters' });
  const periodIn = h('input', { testid: 'report-period', value: period, autocomplete: 'off' });
  const form = h('form', { class: 'row', testid: 'report-choose' },
    field(t('report.unit'), unitIn), field(t('report.period'), periodIn, t('report.period_hint')),
    h('button', { type: 'submit', testid: 'report-load' }, t('report.load')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = link(`#/report/${enc(id)}`, { unit: unitIn.value.trim(), period: periodIn.value.trim() });
  });
  return form;
}

function stateLine(sub) {
  return sub
    ? t('report.submitted_state', { by: sub.submitted_by || '—', on: sub.submitted_on || '—' })
    : t('report.not_submitted');
}

function valuesText(fields, values) {
  return fields.map(f => `${fieldLabel(f)}: ${num(values ? values[f.name] : null)}`).join(' · ');
}

function reportForm(doc, id, unit, period) {
  const rep = doc.report || {};
  const fields = rep.fields || [];
  let sub = doc.submission || null;
  const inputs = fields.map(f => h('input', {
    type: 'number', min: 0, step: 1, inputmode: 'numeric', required: true,
    testid: `report-value-${f.name}`,
    value: sub && sub.values && sub.values[f.name] !== undefined ? String(sub.values[f.name]) : '',
  }));
  const state = h('p', { class: 'note', testid: 'report-state' }, stateLine(sub));
  const submit = h('button', { type: 'submit', class: 'primary', testid: 'report-submit' },
    sub ? t('report.correct') : t('report.submit'));
  const outcome = h('div', { testid: 'report-outcome', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', testid: 'report-form' },
    h('h2', {}, t('report.for', { unit, period })),
    state,
    fields.map((f, i) => field(fieldLabel(f), inputs[i])),
    submit, outcome);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const values = {};
    for (let i = 0; i < fields.length; i++) {
      const text = inputs[i].value.trim();
      if (!/^\d+$/.test(text)) {
        clear(outcome, h('p', { class: 'error', role: 'alert', testid: 'report-bad-value' },
          t('report.bad_value', { field: fieldLabel(fields[i]) })));
        inputs[i].focus();
        return;
      }
      values[fields[i].name] = Number(text);
    }
    submit.disabled = true;
    clear(outcome, h('p', { class: 'loading' }, t('app.loading')));
    try {
      const r = await post(`/api/comms/reports/${enc(id)}/submissions`, { unit, period, values });
      const vars = { unit: r.unit, period: r.period, on: r.submitted_on };
      clear(outcome,
        h('p', { class: 'ok', testid: 'report-ok' },
          r.replaced ? t('report.corrected', vars) : t('report.accepted', vars)),
        h('p', { testid: 'report-values' }, valuesText(fields, r.values)),
        r.replaced ? h('p', { class: 'note', testid: 'report-replaced' },
          t('report.earlier', { values: valuesText(fields, r.replaced) })) : null);
      sub = r;
      clear(state, stateLine(sub));
      submit.textContent = t('report.correct');
    } catch (err) {
      clear(outcome, errorView(err));
    } finally {
      submit.disabled = false;
    }
  });
  return h('div', {},
    h('div', { class: 'card' },
      h('p', { class: 'big', testid: 'report-title' }, rep.title),
      h('p', { class: 'note' }, t('report.meta', {
        from: rep.from || '—', to: rep.to || '—', on: rep.defined_on || '—', targets: num(rep.targets),
      })),
      chooser(id, unit, period)),
    form);
}
