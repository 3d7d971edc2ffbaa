// The web UI in headless Chromium (Debian's chromium), driven by
// playwright-core: a district president logs in, switches to Hindi, opens
// the coverage of their district, assigns a polling agent to an uncovered
// booth and sees the coverage change, then runs a forecast and sees its
// chart; in Hindi still, submits a booth's report (labels from the
// template), sees it accepted and corrects it, opens a proposal and records
// a committee member's view, and is refused (403) a unit of another
// district with the Hindi error text. Screenshots of the main pages are
// written on the way.
//
// It makes its own store from the shipped data (the 2014 results, the
// Form-20 of AC 173, Uttar Pradesh's unit tree, data/examples/roster.csv)
// and its own users, starts `janadhar serve` on a free loopback port and
// stops it at the end, whatever happens.
//
// Environment: JANADHAR_BINARY, JANADHAR_SOURCE_DIR, WORK_DIR (a scratch
// folder), CHROMIUM (default /usr/bin/chromium), SCREENSHOTS_DIR (default
// WORK_DIR/screenshots; `make screenshots` gives docs/screenshots).
// Exit 0 when every step passed; 1 with the failed step otherwise.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, copyFileSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const bin = process.env.JANADHAR_BINARY;
const src = process.env.JANADHAR_SOURCE_DIR;
const work = process.env.WORK_DIR;
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = process.env.SCREENSHOTS_DIR || join(work || '.', 'screenshots');
for (const [name, value] of [['JANADHAR_BINARY', bin], ['JANADHAR_SOURCE_DIR', src], ['WORK_DIR', work]]) {
  if (!value) { console.error(`ui_test: set ${name}`); process.exit(2); }
}
if (!existsSync(chromiumPath)) {
  console.error(`ui_test: no Chromium at ${chromiumPath} (scripts/install-deps.sh installs Debian's chromium)`);
  process.exit(1);
}

const db = join(work, 'ui.db');
const hi = JSON.parse(readFileSync(join(src, 'src/web/assets/i18n/hi.json'), 'utf8'));
const password = 'zila-lucknow-2014';

function janadhar(args, input) {
  return execFileSync(bin, ['--db', db, ...args], { input, encoding: 'utf8' });
}

function makeStore() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'form20'), { recursive: true });
  mkdirSync(shots, { recursive: true });
  const data = join(src, 'data');
  copyFileSync(join(data, 'ls2014/form20-up/173.csv.gz'), join(work, 'form20/173.csv.gz'));
  janadhar(['import', 'delimitation', join(data, 'reference/ac-pc-2008.csv')]);
  janadhar(['import', 'results', join(data, 'ls2014/candidates.csv'), '--election', 'ls2014']);
  janadhar(['import', 'form20', join(work, 'form20'), '--election', 'ls2014', '--state', 'S24']);
  janadhar(['org', 'bootstrap', '--state', 'UP', '--districts', join(data, 'reference/up-ac-districts.csv')]);
  janadhar(['org', 'units', 'import', join(data, 'examples/units.csv')]);
  janadhar(['org', 'people', 'import', join(data, 'examples/roster.csv')]);
  janadhar(['users', 'add', 'zila', '--display-name', 'ज़िला अध्यक्ष', '--password-stdin'], password + '\n');
  janadhar(['users', 'grant', 'zila', '--role', 'office_bearer', '--unit', 'S24/D:LUCKNOW']);
  // A booth report with Hindi labels, and a proposal with its committee.
  janadhar(['comms', 'report', 'define', '--unit', 'S24/AC173', '--level', 'booth',
    '--title', 'बूथ संपर्क अभियान', '--field', 'households_visited:घर जिनसे मिले',
    '--field', 'new_members:नए सदस्य', '--on', '2026-03-01', '--by', 'zila']);
  janadhar(['comms', 'proposal', 'submit', '--from', 'S24/AC173', '--title', 'हर बूथ पर युवा प्रकोष्ठ',
    '--text', 'हर बूथ पर पाँच युवा सदस्यों की टोली', '--on', '2026-03-01', '--by', 'zila']);
  janadhar(['comms', 'proposal', 'assign', '1', '--member', `${personId('Sunita Devi')},${personId('Ankit Shukla')}`,
    '--on', '2026-03-02', '--by', 'zila']);
}

// The id of a person of data/examples/roster.csv, by English name.
function personId(name) {
  const doc = JSON.parse(janadhar(['--json', 'org', 'search', name, '--unit', 'S24/AC173']));
  const p = (doc.people || []).find(x => x.name_en === name);
  if (!p) throw new Error(`no ${name} in the roster`);
  return p.id;
}

// `janadhar serve` on a free port; resolves to {url, stop}.
function serve() {
  const child = spawn(bin, ['--db', db, '--json', 'serve', '--listen', '127.0.0.1:0', '--threads', '2'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      try {
        const { url } = JSON.parse(line);
        resolve({ url, stop: () => new Promise(done => { child.once('exit', done); child.kill('SIGTERM'); }) });
      } catch (e) { reject(new Error(`serve said: ${line}`)); }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

let step = 'start';
function expect(cond, what) {
  if (!cond) throw new Error(what);
}

async function main() {
  step = 'make the store';
  makeStore();
  step = 'start the server';
  const server = await serve();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  let page = null;
  try {
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));
    const tid = id => page.locator(`[data-testid="${id}"]`);
    const shot = async name => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

    step = 'log in';
    await page.goto(`${server.url}/#/login`);
    await tid('login-user').fill('zila');
    await tid('login-password').fill(password);
    await shot('login');
    await tid('login-submit').click();
    await tid('who-user').waitFor();
    expect((await tid('who-user').textContent()).includes('ज़िला'), 'the header shows who logged in');

    step = 'the results in English';
    await page.goto(`${server.url}/#/results/ls2014`);
    await tid('seats-chart').waitFor();
    await shot('results');

    step = 'switch to Hindi';
    await tid('lang-switch').click();
    await page.locator('html[lang="hi"]').waitFor({ state: 'attached' });
    expect((await tid('nav').textContent()).match(/[\u0900-\u097F]/), 'the menu is in Hindi');
    await shot('results-hi');

    step = 'open the coverage of the district';
    await page.goto(`${server.url}/#/org/S24/D:LUCKNOW`);
    await tid('org-share').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang) === 'hi', 'Hindi is kept');
    const before = await tid('org-booths').textContent();
    await tid('uncovered-S24/AC173/B45').waitFor();
    const lacksBefore = await tid('uncovered-S24/AC173/B45').textContent();
    await shot('org-coverage-hi');

    step = 'assign a polling agent to an uncovered booth';
    await tid('assign-S24/AC173/B45').click();
    await tid('assign-lacks').waitFor();
    await tid('assign-search').fill('शबनम');  // Shabnam Bano, of booth 47
    await tid('assign-search-run').click();
    const pick = page.locator('[data-testid^="assign-pick-"]').first();
    await pick.waitFor();
    await pick.click();
    await page.selectOption('[data-testid="assign-role"]', 'polling_agent');
    await tid('assign-submit').click();
    await tid('assign-ok').waitFor();
    await shot('assign-hi');

    step = 'see the coverage change';
    await page.goto(`${server.url}/#/org/S24/D:LUCKNOW`);
    await tid('org-share').waitFor();
    const row = tid('uncovered-S24/AC173/B45');
    const lacksAfter = (await row.count()) ? await row.textContent() : '';
    expect(lacksAfter !== lacksBefore, `booth 45 changed: before "${lacksBefore}", after "${lacksAfter}"`);
    const posts = JSON.parse(janadhar(['--json', 'org', 'coverage', '--unit', 'S24/AC173/B45', '--depth', '0']));
    expect(JSON.stringify(posts).includes('"polling_agent":1'), 'the store has the agent');
    expect(before !== undefined, 'coverage was read');

    step = 'run a forecast and see its chart';
    await page.goto(`${server.url}/#/forecast`);
    await tid('forecast-scenario').waitFor();
    await tid('forecast-simulations').fill('2000');
    await tid('forecast-run').click();
    await tid('forecast-chart').waitFor({ timeout: 60000 });
    expect(await page.locator('[data-testid="forecast-chart"] svg, svg[data-testid="forecast-chart"]').count() > 0,
      'the forecast chart is an SVG');
    await shot('forecast-hi');

    step = 'submit a report in Hindi and see it accepted';
    await page.goto(`${server.url}/#/comms/S24/AC173/B45`);
    await tid('report-open-1').click();
    await tid('report-form').waitFor();
    await page.goto(`${server.url}/#/report/1?unit=S24/AC173/B45&period=2026-W10`);
    await tid('report-form').waitFor();
    expect((await tid('report-form').textContent()).includes('घर जिनसे मिले'), 'the field labels come from the template');
    expect((await tid('report-state').textContent()).match(/[\u0900-\u097F]/), 'the form is in Hindi');
    await tid('report-value-households_visited').fill('120');
    await tid('report-value-new_members').fill('4');
    await tid('report-submit').click();
    await tid('report-ok').waitFor();
    expect((await tid('report-ok').textContent()).includes('स्वीकार'), 'the submission is accepted, in Hindi');
    step = 'correct the submission';
    await tid('report-value-new_members').fill('5');
    await tid('report-submit').click();
    await tid('report-replaced').waitFor();
    expect((await tid('report-values').textContent()).includes('5'), 'the corrected values are shown');
    const rollup = JSON.parse(janadhar(['--json', 'comms', 'report', 'rollup', '1', '--unit', 'S24/AC173/B45',
      '--period', '2026-W10', '--depth', '0']));
    expect(rollup.total.sums.new_members === 5 && rollup.total.reported === 1,
      `the store has the correction: ${JSON.stringify(rollup.total)}`);
    await tid('report-outcome').scrollIntoViewIfNeeded();
    await shot('report-hi');

    step = 'open a proposal and record a view';
    await page.goto(`${server.url}/#/comms/S24/AC173`);
    await tid('proposal-open-1').click();
    await tid('proposal-committee-table').waitFor();
    const sunita = personId('Sunita Devi');
    expect(await tid(`member-${sunita}`).getAttribute('data-view') === '', 'no view before');
    await page.selectOption('[data-testid="proposal-view-member"]', String(sunita));
    await page.selectOption('[data-testid="proposal-view-choice"]', 'support');
    await tid('proposal-view-note').fill('युवाओं को जोड़ना ज़रूरी');
    await tid('proposal-view-submit').click();
    await tid('proposal-ok').waitFor();
    expect(await tid(`member-${sunita}`).getAttribute('data-view') === 'support', 'the view is recorded');
    expect((await tid(`member-${sunita}`).textContent()).includes('समर्थन'), 'the view is shown in Hindi');
    await page.reload();
    await tid(`member-${sunita}`).waitFor();
    expect(await tid(`member-${sunita}`).getAttribute('data-view') === 'support', 'the view is kept');
    await tid('proposal-committee').scrollIntoViewIfNeeded();
    await shot('proposal-hi');

    step = 'a unit of another district is refused, in Hindi';
    await page.goto(`${server.url}/#/report/1?unit=S24/AC86&period=2026-W10`);
    await page.locator('[data-testid="error"][data-code="permission_denied"]').waitFor();
    expect((await tid('error-text').textContent()) === hi['errcode.permission_denied'],
      'the 403 shows the Hindi catalogue text');
    expect((await tid('error-detail').textContent()).length > 0, "the server's message is below it");
    const audit = janadhar(['--json', 'org', 'audit', '--limit', '5']);
    expect(audit.includes('access.denied') && audit.includes('S24/AC86'), 'the refusal is in the audit log');
    await shot('error-403-hi');

    step = 'the tile map on a laptop';
    await page.setViewportSize({ width: 1280, height: 900 });
    await tid('lang-switch').click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.goto(`${server.url}/#/results/ls2014?state=S24`);
    await tid('tilemap').waitFor();
    await page.locator('[data-testid^="tile-"][role="button"]').nth(76).click();  // Varanasi
    await tid('tile-winner').waitFor();
    expect((await tid('tile-seat-name').textContent()).length > 3, 'a tapped tile names its seat');
    await tid('tilemap').scrollIntoViewIfNeeded();
    await tid('tilemap').screenshot({ path: join(shots, 'tilemap.png') });

    step = 'the organisation on a laptop';
    await page.goto(`${server.url}/#/org/S24/AC173`);
    await tid('org-share').waitFor();
    await shot('org-coverage');

    expect(errors.length === 0, `no script errors: ${errors.join('; ')}`);
  } catch (e) {
    if (page) await page.screenshot({ path: join(shots, 'failure.png') }).catch(() => {});
    throw e;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(() => {
  console.log(`ui_test: every step passed; screenshots in ${shots}`);
}, (e) => {
  console.error(`ui_test: failed at "${step}": ${e.message}`);
  process.exit(1);
});
