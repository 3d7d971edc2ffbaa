// #/proposal/{id}: a proposal in full (GET /api/comms/proposals/{id}): its
// text and decision, its review committee with each member's view (who has
// given one and when), the tally and the history; and, for a user who may
// write, the actions of docs/api.md: a member's view (POST …/views), the
// committee (POST …/committee, members found by name) and the decision
// (POST …/decision). Each answer is the proposal in full, shown again.
import { get, post, enc } from '../api.js';
import { h, into, table, section, field, select, clear, errorView } from '../dom.js';
import { t, num } from '../i18n.js';
import { session } from '../session.js';
import { unitHash } from './org.js';
import { proposalStatus } from './comms.js';
import { personName } from './assign.js';

export function viewName(v) {
  switch (v) {
    case 'support': return t('proposal.view_support');
    case 'oppose': return t('proposal.view_oppose');
    case 'abstain': return t('proposal.view_abstain');
    default: return t('proposal.view_none');
  }
}

// Whether the user holds a role that may write somewhere (the server
// checks the unit); an open server (no sessions) may.
function canWrite() {
  const st = session();
  if (st.open) return true;
  return ((st.user && st.user.grants) || []).some(g => g.role !== 'viewer');
}

export async function render(main, { rest }) {
  const id = rest[0] || '';
  const box = h('div', { testid: 'proposal-page' });
  main.append(box);
  into(box, () => get(`/api/comms/proposals/${enc(id)}`), doc => show(box, doc, id, null));
}

// Renders the proposal `doc` into `box`; `notice` (a node) goes on top.
function show(box, doc, id, notice) {
  const p = doc.proposal || {};
  const open = p.status === 'submitted' || p.status === 'under_review';
  const redraw = (next, message) => {
    clear(box, show(box, next, id, h('p', { class: 'ok', testid: 'proposal-ok', 'aria-live': 'polite' }, message)));
  };
  const committee = doc.committee || [];
  const tally = doc.tally || {};
  return h('div', {},
    h('nav', { class: 'crumbs' },
      h('a', { href: unitHash('comms', p.from || ''), testid: 'proposal-back' }, `↑ ${t('comms.proposals')} · ${p.from || ''}`)),
    h('h1', { testid: 'proposal-title' }, p.title),
    notice,
    h('div', { class: 'card' },
      h('p', { class: 'proposal-text', testid: 'proposal-text' }, p.text || ''),
      h('p', { class: 'note' }, t('proposal.meta', { from: p.from, by: p.submitted_by, on: p.submitted_on })),
      h('p', { testid: 'proposal-status' }, h('b', {}, proposalStatus(p.status))),
      p.decision ? decisionView(p.decision) : null),
    section(t('proposal.committee_views'), 'proposal-committee',
      h('p', { testid: 'proposal-tally' }, t('proposal.tally', {
        support: num(tally.support), oppose: num(tally.oppose), abstain: num(tally.abstain), pending: num(tally.pending),
      })),
      committee.length
        ? table([
          { label: t('proposal.member'), value: m => `${m.name || ''} (#${m.person})` },
          { label: t('proposal.view'), value: m => viewName(m.view) },
          { label: t('proposal.view_on'), value: m => m.on || '—' },
          { label: t('proposal.note'), value: m => m.note || '' },
        ], committee, 'proposal-committee-table', m => ({ 'data-testid': `member-${m.person}`, 'data-view': m.view || '' }))
        : h('p', { class: 'empty', testid: 'proposal-no-committee' }, t('proposal.no_committee'))),
    canWrite() && open && committee.length ? viewForm(id, committee, redraw) : null,
    canWrite() && open ? committeeForm(id, p, committee, redraw) : null,
    canWrite() && p.status === 'under_review' ? decisionForm(id, redraw) : null,
    section(t('proposal.history'), 'proposal-history',
      h('ol', { class: 'history' }, (doc.history || []).map(e =>
        h('li', {}, h('small', {}, `${e.on} · ${e.by}`), ' ', e.detail)))));
}

function decisionView(d) {
  return h('div', { testid: 'proposal-decision' },
    h('p', {}, t('proposal.decided', { decision: proposalStatus(d.decision), by: d.decided_by, on: d.decided_on })),
    h('p', {}, d.reasons),
    d.revised_text ? h('p', { class: 'note' }, t('proposal.revised_text'), ': ', d.revised_text) : null);
}

// A form ("{name}-form", its button "{name}-submit") that posts `body()` to
// the proposal's `what` and shows the answer.
function actionForm(id, what, name, controls, body, done, redraw) {
  const submit = h('button', { type: 'submit', class: 'primary', testid: `${name}-submit` }, t('proposal.save'));
  const outcome = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card', testid: `${name}-form` }, controls, submit, outcome);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const b = body();
    if (!b) return;
    submit.disabled = true;
    clear(outcome, h('p', { class: 'loading' }, t('app.loading')));
    try {
      redraw(await post(`/api/comms/proposals/${enc(id)}/${what}`, b), done);
    } catch (err) {
      clear(outcome, errorView(err));
      submit.disabled = false;
    }
  });
  return form;
}

function viewForm(id, committee, redraw) {
  const member = select('proposal-view-member', committee.map(m => [String(m.person), `${m.name || ''} (#${m.person})`]),
    String(committee[0].person));
  const view = select('proposal-view-choice', ['support', 'oppose', 'abstain'].map(v => [v, viewName(v)]), 'support');
  const note = h('textarea', { rows: 2, testid: 'proposal-view-note' });
  return actionForm(id, 'views', 'proposal-view',
    [h('h2', {}, t('proposal.record_view')), field(t('proposal.member'), member), field(t('proposal.view'), view),
      field(t('proposal.note'), note)],
    () => ({ member: Number(member.value), view: view.value, note: note.value.trim() }),
    t('proposal.view_recorded'), redraw);
}

function committeeForm(id, p, committee, redraw) {
  const chosen = new Map(committee.map(m => [m.person, m.name || `#${m.person}`]));
  const list = h('ul', { class: 'people', testid: 'proposal-committee-chosen' });
  const drawChosen = () => clear(list, [...chosen.entries()].map(([pid, name]) =>
    h('li', {}, name, ' ', h('button', {
      type: 'button', testid: `proposal-drop-${pid}`, on: { click: () => { chosen.delete(pid); drawChosen(); } },
    }, t('proposal.remove')))));
  drawChosen();
  const q = h('input', { type: 'search', testid: 'proposal-member-search', autocomplete: 'off', placeholder: t('search.placeholder') });
  const found = h('div', { testid: 'proposal-member-results' });
  const find = h('button', {
    type: 'button', testid: 'proposal-member-find',
    on: {
      click: () => {
        if (!q.value.trim()) return;
        into(found, () => get('/api/org/search', { q: q.value.trim(), unit: p.from, limit: 10 }), doc =>
          (doc.people || []).length
            ? h('ul', { class: 'people' }, doc.people.map(person => h('li', {},
              h('button', {
                type: 'button', testid: `proposal-add-${person.id}`,
                on: { click: () => { chosen.set(person.id, personName(person)); drawChosen(); } },
              }, t('proposal.add')), ' ', personName(person), ' ', h('small', {}, person.unit || ''))))
            : h('p', { class: 'empty' }, t('search.nobody')));
      },
    },
  }, t('search.run'));
  return actionForm(id, 'committee', 'proposal-committee',
    [h('h2', {}, t('proposal.assign_committee')), list, h('div', { class: 'row' }, field(t('search.name'), q), find), found],
    () => (chosen.size ? { members: [...chosen.keys()].map(Number) } : null),
    t('proposal.committee_saved'), redraw);
}

function decisionForm(id, redraw) {
  const decision = select('proposal-decision-choice',
    ['accepted', 'rejected', 'revised'].map(d => [d, proposalStatus(d)]), 'accepted');
  const reasons = h('textarea', { rows: 2, required: true, testid: 'proposal-reasons' });
  const revised = h('textarea', { rows: 3, testid: 'proposal-revised-text' });
  return actionForm(id, 'decision', 'proposal-decision',
    [h('h2', {}, t('proposal.decide')), field(t('proposal.decision'), decision), field(t('proposal.reasons'), reasons),
      field(t('proposal.revised_text'), revised, t('proposal.revised_hint'))],
    () => {
      const body = { decision: decision.value, reasons: reasons.value.trim() };
      if (revised.value.trim()) body.revised_text = revised.value.trim();
      return body;
    },
    t('proposal.decision_saved'), redraw);
}
