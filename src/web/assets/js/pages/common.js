// What several pages share: the elections in the store, the states of an
// election (from its seats), and the form of election, state and party.
import { get, enc } from '../api.js';
import { h, field, select } from '../dom.js';
import { t } from '../i18n.js';

let electionsCache = null;

export async function elections() {
  if (!electionsCache) {
    const doc = await get('/api/elections');
    electionsCache = doc.elections || [];
  }
  return electionsCache;
}

const statesCache = new Map();

// [[code, name]] of the states with seats in `election`, by name.
export async function states(election) {
  if (!statesCache.has(election)) {
    const doc = await get(`/api/elections/${enc(election)}/seats`);
    const seen = new Map();
    for (const s of doc.seats || []) seen.set(s.state, s.state_name || s.state);
    statesCache.set(election, [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1])));
  }
  return statesCache.get(election);
}

// A select of the elections, the newest first.
export function electionSelect(list, value, testid = 'election') {
  const sorted = [...list].sort((a, b) => (b.year || 0) - (a.year || 0));
  return select(testid, sorted.map(e => [e.name, `${e.name} (${e.year ?? ''})`]), value || (sorted[0] && sorted[0].name));
}

export function stateSelect(list, value, testid = 'state', withAll = true) {
  const opts = list.map(([code, name]) => [code, name]);
  if (withAll) opts.unshift(['', t('results.all_states')]);
  return select(testid, opts, value || '');
}

export function textInput(testid, value, attrs = {}) {
  return h('input', { testid, value: value || '', ...attrs });
}

export function labelled(label, control) { return field(label, control); }
