// #/forecast: a scenario (TOML) and a number of simulations → POST
// /api/forecast; the seats of each party and alliance as intervals (5–95%)
// with the median, and the table of mean, median, interval, P(majority).
import { post } from '../api.js';
import { h, into, table, section, field, clear, warnings } from '../dom.js';
import { t, num, pct } from '../i18n.js';
import { intervalChart, partyColour } from '../charts.js';

const EXAMPLE = 'base = "ls2014"\n[sigma]\nnational = 2.0\n';

export async function render(main) {
  const saved = sessionStorage.getItem('janadhar.scenario');
  const scenario = h('textarea', { rows: 8, spellcheck: 'false', testid: 'forecast-scenario', class: 'mono' });
  scenario.value = saved || EXAMPLE;
  const sims = h('input', { type: 'number', min: 100, max: 1000000, step: 100, value: '10000', testid: 'forecast-simulations', inputmode: 'numeric' });
  const run = h('button', { type: 'submit', class: 'primary', testid: 'forecast-run' }, t('forecast.run'));
  const out = h('div', { testid: 'forecast-result' });
  const form = h('form', { class: 'card', testid: 'forecast-form' },
    field(t('forecast.scenario'), scenario, t('forecast.scenario_hint')),
    field(t('forecast.simulations'), sims),
    run);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    sessionStorage.setItem('janadhar.scenario', scenario.value);
    run.disabled = true;
    into(out, () => post('/api/forecast', { scenario: scenario.value, simulations: Number(sims.value) || 10000 })
      .finally(() => { run.disabled = false; }), view);
  });
  main.append(h('h1', {}, t('forecast.title')), form, out);
  clear(out, h('p', { class: 'note' }, t('forecast.hint')));
}

function label(x) { return x.party || x.alliance || x.name; }

function view(doc) {
  const rows = [...(doc.alliances || []), ...(doc.parties || [])]
    .filter(x => x.seats && (x.seats.p95 > 0 || x.seats.mean >= 0.5))
    .sort((a, b) => b.seats.mean - a.seats.mean);
  const top = rows.slice(0, 12);
  return h('div', {},
    warnings(doc),
    h('p', { class: 'note', testid: 'forecast-summary' },
      t('forecast.summary', { sims: num(doc.simulations), seats: num(doc.seats), majority: num(doc.majority) })),
    section(t('forecast.chart'), 'forecast-chart-section',
      intervalChart(top.map(x => ({
        label: label(x), p05: x.seats.p05, p95: x.seats.p95, median: x.seats.median,
        colour: partyColour(label(x)),
      })), { title: t('forecast.chart'), testid: 'forecast-chart', mark: doc.majority, markLabel: t('forecast.majority') }),
      h('p', { class: 'note' }, t('forecast.chart_note'))),
    section(t('forecast.table'), 'forecast-table-section', table([
      { label: t('results.party'), value: x => h('span', { title: x.name || '' }, label(x)) },
      { label: t('forecast.mean'), value: x => num(x.seats.mean, 1), num: true },
      { label: t('forecast.median'), value: x => num(x.seats.median), num: true },
      { label: t('forecast.interval'), value: x => `${num(x.seats.p05)}–${num(x.seats.p95)}`, num: true },
      { label: t('forecast.p_majority'), value: x => pct(x.seats.p_majority), num: true },
    ], rows, 'forecast-table')),
    doc.svg ? section(t('forecast.server_chart'), 'forecast-server-chart',
      h('img', { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(doc.svg)}`, alt: t('forecast.chart'), class: 'server-chart' }))
      : null);
}
