// #/comms/{unit}: the directives inbox of a unit (GET /api/comms/directives)
// with acknowledge and done-with-a-note (POST …/ack, …/done) and each
// directive's compliance (GET /api/comms/directives/{id}); the unit's
// reports (GET /api/comms/reports; each opens its form, #/report/{id}) and
// proposals (GET /api/comms/proposals; each opens in full, #/proposal/{id}).
import { get, post, enc } from '../api.js';
import { h, into, table, section, clear, errorView, link } from '../dom.js';
import { t, num, pct } from '../i18n.js';
import { homeUnit, rememberUnit } from '../session.js';
import { unitHash, parentUnit, unitJump } from './org.js';
import { fieldLabel } from './report.js';

export async function render(main, { rest }) {
  const unit = rest.join('/') || homeUnit();
  rememberUnit(unit);
  const parent = parentUnit(unit);
  main.append(
    h('nav', { class: 'crumbs' },
      parent ? h('a', { href: unitHash('comms', parent), testid: 'comms-up' }, `↑ ${parent}`) : null,
      h('a', { href: unitHash('org', unit), testid: 'comms-to-org' }, t('nav.org'))),
    unitJump('comms', unit),
    h('h1', {}, t('comms.title', { unit })));
  const directives = h('div'), reports = h('div'), proposals = h('div');
  main.append(
    section(t('comms.directives'), 'directives-section', directives),
    section(t('comms.reports'), 'reports-section', reports),
    section(t('comms.proposals'), 'proposals-section', proposals));
  const loadDirectives = () => into(directives, () => get('/api/comms/directives', { unit }),
    doc => directiveList(doc.directives || [], unit, loadDirectives));
  loadDirectives();
  into(reports, () => get('/api/comms/reports', { unit }), doc => table([
    { label: t('comms.title_col'), value: r => h('a', { href: link(`#/report/${enc(r.id)}`, { unit }), testid: `report-open-${r.id}` }, r.title) },
    { label: t('comms.from'), value: r => r.from },
    { label: t('comms.fields'), value: r => (r.fields || []).map(fieldLabel).join(', ') },
    { label: t('comms.last_period'), value: r => r.last_period || '—' },
    { label: t('comms.submissions'), value: r => `${num(r.submissions)} / ${num(r.targets)}`, num: true },
  ], doc.reports || [], 'reports-table'));
  into(proposals, () => get('/api/comms/proposals', { unit }), doc => table([
    { label: t('comms.title_col'), value: p => h('a', { href: `#/proposal/${enc(p.id)}`, title: p.text || '', testid: `proposal-open-${p.id}` }, p.title) },
    { label: t('comms.from'), value: p => p.from },
    { label: t('comms.status'), value: p => proposalStatus(p.status) },
    { label: t('comms.submitted_on'), value: p => p.submitted_on || '—' },
    { label: t('comms.committee'), value: p => num((p.committee || []).length), num: true },
  ], doc.proposals || [], 'proposals-table'));
}

export function proposalStatus(s) {
  switch (s) {
    case 'submitted': return t('proposal.submitted');
    case 'under_review': return t('proposal.under_review');
    case 'accepted': return t('proposal.accepted');
    case 'rejected': return t('proposal.rejected');
    case 'revised': return t('proposal.revised');
    default: return s || '';
  }
}

function targetState(s) {
  switch (s) {
    case 'pending': return t('directive.pending');
    case 'acknowledged': return t('directive.acknowledged');
    case 'done': return t('directive.done');
    case 'done_late': return t('directive.done_late');
    case 'overdue': return t('directive.overdue');
    default: return s || '';
  }
}

function directiveList(list, unit, reload) {
  if (!list.length) return h('p', { class: 'empty', testid: 'directives-empty' }, t('comms.no_directives'));
  return h('ul', { class: 'directives', testid: 'directives-list' }, list.map(d => directiveItem(d, unit, reload)));
}

function directiveItem(d, unit, reload) {
  const detail = h('div', { class: 'directive-detail' });
  const note = h('textarea', { rows: 2, testid: `directive-note-${d.id}`, placeholder: t('comms.note_placeholder') });
  const out = h('div', { 'aria-live': 'polite' });
  const act = async (what, body) => {
    clear(out, h('p', { class: 'loading' }, t('app.loading')));
    try {
      await post(`/api/comms/directives/${enc(d.id)}/${what}`, body);
      clear(out, h('p', { class: 'ok', testid: `directive-ok-${d.id}` }, what === 'ack' ? t('comms.acked') : t('comms.marked_done')));
      setTimeout(reload, 800);
    } catch (err) {
      clear(out, errorView(err));
    }
  };
  const showDetail = () => into(detail, () => get(`/api/comms/directives/${enc(d.id)}`), doc => compliance(doc));
  return h('li', { class: 'card directive', testid: `directive-${d.id}` },
    h('h3', {}, d.title),
    h('p', { class: 'directive-text' }, d.text),
    h('p', { class: 'note' }, t('comms.directive_meta', {
      from: d.from, on: d.issued_on || '—', deadline: d.deadline || '—',
    })),
    h('p', {}, t('comms.progress', { acked: num(d.acknowledged), done: num(d.done), targets: num(d.targets) })),
    h('div', { class: 'row' },
      h('button', { type: 'button', testid: `directive-ack-${d.id}`, on: { click: () => act('ack', { unit }) } }, t('comms.ack')),
      h('button', { type: 'button', testid: `directive-compliance-${d.id}`, on: { click: showDetail } }, t('comms.compliance'))),
    h('div', { class: 'row' }, note,
      h('button', {
        type: 'button', class: 'primary', testid: `directive-done-${d.id}`,
        on: { click: () => act('done', { unit, note: note.value.trim() }) },
      }, t('comms.done'))),
    out, detail);
}

function compliance(doc) {
  const target = doc.target;
  return h('div', { testid: 'directive-compliance' },
    h('dl', { class: 'facts' },
      h('dt', {}, t('directive.acknowledged')), h('dd', {}, num(doc.acknowledged)),
      h('dt', {}, t('directive.done')), h('dd', {}, num(doc.done)),
      h('dt', {}, t('directive.done_late')), h('dd', {}, num(doc.done_late)),
      h('dt', {}, t('directive.overdue')), h('dd', {}, num(doc.overdue)),
      h('dt', {}, t('comms.share_done')), h('dd', {}, pct(doc.share))),
    target ? h('p', { class: 'note' }, t('comms.your_state', { unit: target.unit, state: targetState(target.state) }),
      target.note ? ` · ${target.note}` : '') : null);
}
