#!/usr/bin/env node
// `npm test`: type-check, lint, the dead-code check, the Node tests (dates, data, schema), the browser tests in
// Chromium, Firefox ESR and WebKitGTK, and every Storybook story opened in Chromium. Ends with one line, `N passed, N failed`, the total of
// every test in every engine; exits non-zero if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const rows = [];
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args) === 0;
  rows.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

// The manifest is generated (Storybook's preview imports it, so the type-check needs it too).
check('Custom Elements Manifest (cem analyze)', 'npm', ['run', '--silent', 'analyze']);
check('Type-check (tsc)', 'npx', ['tsc', '-p', 'tsconfig.test.json']);
check('Lint (eslint)', 'npx', ['eslint', '--max-warnings=0', '.']);
check('No dead code: files, exports, dependencies (knip)', 'npx', ['knip', '--no-progress']);
check('Translations up to date (lit-localize)', 'node', ['scripts/check-translations.mjs']);
check('Bundle size within budget', 'node', ['scripts/check-bundle-size.mjs']);
check('What each page downloads, within its budget (Chromium)', 'node', ['scripts/check-wire-size.mjs']);
// After the wire-size check, which has just built dist/: packed as it is.
check('Consumers: packed package in React, Preact, Vue', 'node', ['scripts/check-consumers.mjs', '--built']);

// Node's test runner: pure date and data code, the schema, the CLI. No DOM.
console.log('\n▶ Node tests');
const nodeFiles = readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).map((f) => join('test/node', f));
const tap = join(RESULTS, 'node.tap');
const nodeStatus = run('node', [
  '--import', 'tsx', '--test',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tap}`,
  ...nodeFiles,
]);
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const tapCount = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tapText)?.[1] ?? 0);
rows.push({ name: 'Node', passed: tapCount('pass'), failed: tapCount('fail') + (nodeStatus !== 0 && tapCount('fail') === 0 ? 1 : 0) });

// Browsers. WebKitGTK's WebDriver needs a display: start it under Xvfb, end it by its process group.
const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
let driver;
if (browsers.includes('webkit')) {
  if (!existsSync('/usr/bin/WebKitWebDriver') || !existsSync('/usr/bin/xvfb-run')) {
    console.error('\nWebKitWebDriver or xvfb-run is missing: run `npm run install-browsers` (apt-get install webkit2gtk-driver xvfb xauth).');
    process.exit(1);
  }
  const port = String(process.env.WEBKIT_WEBDRIVER_PORT ?? 4445);
  driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], { detached: true, stdio: 'ignore' });
  let up = false;
  for (let i = 0; i < 100 && !up; i++) {
    try {
      up = (await fetch(`http://127.0.0.1:${port}/status`)).ok;
    } catch {
      await sleep(100);
    }
  }
  if (!up) {
    console.error(`\nWebKitWebDriver did not answer on port ${port}.`);
    process.kill(-driver.pid, 'SIGTERM');
    process.exit(1);
  }
}
const stopDriver = () => {
  if (driver && driver.exitCode === null) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
};
process.on('exit', stopDriver);

console.log(`\n▶ Browser tests (${browsers.join(', ')})`);
const wtrFile = join(RESULTS, 'browsers.json');
const wtrStatus = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {
  WTR_RESULTS_FILE: wtrFile,
  BROWSERS: browsers.join(','),
});
stopDriver();
const perBrowser = existsSync(wtrFile) ? JSON.parse(readFileSync(wtrFile, 'utf8')) : {};
for (const [name, counts] of Object.entries(perBrowser)) {
  rows.push({ name, passed: counts.passed, failed: counts.failed + counts.fileErrors });
}
if (Object.keys(perBrowser).length < browsers.length || (wtrStatus !== 0 && rows.every((r) => r.failed === 0))) {
  rows.push({ name: 'Browser run', passed: 0, failed: 1 });
}

// Storybook: build it, then open every story (console errors, exceptions, rendering, axe).
console.log('\n▶ Storybook stories (Chromium)');
if (run('npm', ['run', '--silent', 'build-storybook']) !== 0) {
  rows.push({ name: 'Storybook build', passed: 0, failed: 1 });
} else {
  const check = spawnSync('node', ['scripts/check-stories.mjs'], { encoding: 'utf8' });
  process.stdout.write(check.stdout);
  process.stderr.write(check.stderr);
  const m = /^Stories: (\d+) passed, (\d+) failed$/m.exec(check.stdout);
  rows.push({ name: 'Stories', passed: Number(m?.[1] ?? 0), failed: m ? Number(m[2]) : 1 });
}

console.log('\nSummary');
for (const row of rows) console.log(`  ${row.name.padEnd(40)} ${row.passed} passed, ${row.failed} failed`);
const passed = rows.reduce((sum, r) => sum + r.passed, 0);
const failed = rows.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
