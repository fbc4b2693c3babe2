// The dashboard in a real browser (Debian's chromium through playwright-core): sign in, see every chart
// drawn, and find on the page the figures the Java test expects. Usage:
//   node check.mjs <base url> <admin token> <expected.json> <screenshot.png>
// Exits 0 when all holds, 1 with the reasons otherwise.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [base, token, expectedFile, screenshot] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const problems = [];
const check = (ok, what) => { if (!ok) problems.push(what); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 915 } });   // a phone
  const first = await page.goto(`${base}/?days=30`);
  check(first.status() === 401, `the dashboard without signing in answered ${first.status()}, not 401`);
  check(await page.locator('input[name=token]').count() === 1, 'no sign-in form');

  await page.fill('input[name=token]', 'not-the-token');
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
  check((await page.content()).includes('That is not the admin token.'), 'a wrong token was not refused');
  check(await page.locator('canvas').count() === 0, 'charts shown after a wrong token');

  await page.fill('input[name=token]', token);
  await Promise.all([page.waitForURL(/\/\?days=30$/), page.click('button[type=submit]')]);
  await page.waitForSelector('body[data-charts-drawn]', { timeout: 15000 });
  const drawn = Number(await page.getAttribute('body', 'data-charts-drawn'));
  check(drawn === expected.charts, `${drawn} charts drawn, expected ${expected.charts}`);

  const blank = await page.$$eval('canvas', canvases => canvases.filter(c => {
    const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return false;
    return true;
  }).map(c => c.id));
  check(blank.length === 0, `blank charts: ${blank.join(', ')}`);

  const rows = await page.$$eval('#resolution tbody tr', trs => trs.map(tr => [...tr.children].map(td => td.textContent)));
  const wantRows = expected.days.map(d => [d.day, d.begun, d.resolved, d.outOfFixes, d.handedOff, d.abandoned, d.other].map(String));
  check(JSON.stringify(rows) === JSON.stringify(wantRows), `resolution table ${JSON.stringify(rows)}, expected ${JSON.stringify(wantRows)}`);

  const symptoms = await page.$$eval('#funnel h3', hs => hs.map(h => h.textContent));
  check(JSON.stringify(symptoms) === JSON.stringify(expected.symptoms), `funnel symptoms ${symptoms}, expected ${expected.symptoms}`);

  const containment = await page.$$eval('#containment tbody tr', trs => trs.map(tr => tr.children[1].textContent));
  const wantContainment = [expected.containment.resolved, expected.containment.cameBack,
    expected.containment.resolved - expected.containment.cameBack, expected.helpful, expected.notHelpful].map(String);
  check(JSON.stringify(containment) === JSON.stringify(wantContainment),
    `containment ${containment}, expected ${wantContainment}`);

  await page.screenshot({ path: screenshot, fullPage: true });
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('dashboard checked: every chart drawn, figures as expected');
