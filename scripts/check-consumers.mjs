#!/usr/bin/env node
/**
 * The package as its users get it: built (unless `--built`), packed, and the tarball installed with npm into an empty
 * project outside the repository; there:
 * - publint (strict) on the installed package, and @arethetypeswrong/cli on the tarball with the
 *   `esm-only` profile (the package is ESM only: CommonJS `require` and node10 resolution do not apply);
 * - the install: how many packages and bytes, and that a browser-only install brings neither the
 *   server renderer's nor the command line's dependencies (optional peers);
 * - without them, the command line and `event-timeline/ssr` say what to install;
 * - the typings: a React 19 and a Preact TSX file (tsc) and a Vue 3 SFC (vue-tsc, strictTemplates)
 *   that use `<event-timeline>` compile, and their `@ts-expect-error` / `@vue-expect-error` lines
 *   (a misspelled prop, a wrong `layout`…) still fail;
 * - a React 19 and a Vue 3 page, built with Vite, render the article's timeline in Chromium and
 *   receive `event-timeline-select` in the framework's own handler.
 * React, Vue, Vite and the compilers are the repository's own devDependencies, linked into the
 * project: the package under test is the only thing installed, as a user's `npm install` does.
 * Ends with `Consumers: N passed, N failed`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLE = 'data/kadhimi-washington-2020.json';
const FRAMEWORK_PACKAGES = ['react', 'react-dom', '@types/react', '@types/react-dom', 'preact', 'vue', 'vite', '@vitejs/plugin-react', '@vitejs/plugin-vue'];
const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
const VUE_TSC = require.resolve('vue-tsc/bin/vue-tsc.js');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

const results = [];
async function check(name, body) {
  const start = performance.now();
  try {
    const note = await body();
    results.push(true);
    console.log(`ok   ${name}${note ? `: ${note}` : ''} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}\n${String(error?.stack ?? error).replace(/^/gm, '     ')}`);
  }
}

/** Runs a command; throws with its output when it exits non-zero. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} exited ${result.status}\n${result.stdout}${result.stderr}`);
  return result;
}

/** `run`, without waiting: the type checks run side by side. */
function runAsync(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => (status === 0 ? resolvePromise() : reject(new Error(`${[command, ...args].join(' ')} exited ${status}\n${output}`))));
  });
}

/** A promise's outcome, kept until it is awaited (a failure is not an unhandled rejection meanwhile). */
function settled(promise) {
  const outcome = promise.then(() => null, (error) => error);
  return async () => {
    const error = await outcome;
    if (error) throw error;
  };
}

/** Every installed package (a folder with a package.json under node_modules) and their bytes. */
function measure(modules) {
  let packages = 0;
  let bytes = 0;
  const walk = (dir, inModules) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        if (inModules && !entry.name.startsWith('@') && !entry.name.startsWith('.') && existsSync(join(path, 'package.json'))) packages++;
        walk(path, entry.name === 'node_modules' || (inModules && entry.name.startsWith('@')));
      } else bytes += statSync(path).size;
    }
  };
  walk(modules, true);
  return { packages, megabytes: bytes / 1e6 };
}

const project = mkdtempSync(join(tmpdir(), 'event-timeline-consumer-'));
const modules = join(project, 'node_modules');
let server;
let browser;
try {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  // `--built`: npm test has just built dist/ (check-wire-size) and the manifest (cem analyze).
  if (!process.argv.includes('--built')) {
    console.log('Building…');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // Built above or by npm test; `prepack` would build again.
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', project], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(project, `event-timeline-${version}.tgz`);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-news-site', private: true, type: 'module' }));

  await check('npm install of the packed tarball, browser only', () => {
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project });
    const installed = (name) => existsSync(join(modules, name, 'package.json'));
    const unwanted = ['@lit-labs/ssr', '@lit-labs/ssr-client', 'ajv', 'parse5', 'node-fetch'].filter(installed);
    if (unwanted.length) throw new Error(`a browser-only install brought ${unwanted.join(', ')}`);
    const { packages, megabytes } = measure(modules);
    return `${packages} packages, ${megabytes.toFixed(1)} MB, no @lit-labs/ssr, no ajv`;
  });

  await check('publint --strict, on the installed package', () => {
    run(bin('publint'), ['--strict', '--pack', 'false', join(modules, 'event-timeline')]);
  });
  await check('@arethetypeswrong/cli --profile esm-only, on the tarball', () => {
    run(bin('attw'), [tarball, '--profile', 'esm-only']);
  });

  await check('without the optional peers, the command line says what to install', () => {
    const cli = spawnSync('node', [join(modules, 'event-timeline/dist/cli/main.js'), 'validate', join(ROOT, ARTICLE)], { encoding: 'utf8' });
    if (cli.status !== 2 || !cli.stderr.includes('npm install --save-dev @lit-labs/ssr ajv')) throw new Error(`exit ${cli.status}: ${cli.stderr}`);
    return cli.stderr.trim();
  });

  // Lit's own Node build gives the process a `customElements` registry (so that `define` works on a
  // server); nothing here may add a window, a document, HTMLElement, location or animation frames.
  await check('every entry but /hydrate imports in plain Node (a server, no DOM), adding no DOM globals', () => {
    const exported = JSON.parse(readFileSync(join(modules, 'event-timeline/package.json'), 'utf8')).exports;
    // /hydrate is for browsers only; /ssr needs its optional peer (checked above); JSON and package.json are not modules.
    const entries = Object.keys(exported).filter((key) => !['./hydrate', './ssr', './package.json'].includes(key) && !key.endsWith('.json'));
    const script = `const before = new Set(Object.keys(globalThis));
      for (const entry of ${JSON.stringify(entries)}) await import(entry === '.' ? 'event-timeline' : 'event-timeline' + entry.slice(1));
      const added = Object.keys(globalThis).filter((key) => !before.has(key) && ['window', 'document', 'HTMLElement', 'location', 'requestAnimationFrame'].includes(key));
      if (added.length) { console.error('added ' + added.join(', ')); process.exit(1); }`;
    const node = spawnSync('node', ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    if (node.status !== 0) throw new Error(node.stderr.trim().split('\n').slice(0, 3).join(' '));
    return entries.join(', ');
  });

  await check('without @lit-labs/ssr, event-timeline/ssr says what to install', () => {
    const script = `import { renderTimeline } from 'event-timeline/ssr';
      renderTimeline({ lang: 'en', events: [] }).then(() => process.exit(3), (error) => { console.error(error.message); process.exit(1); });`;
    const ssr = spawnSync('node', ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    if (ssr.status !== 1 || !ssr.stderr.includes('npm install @lit-labs/ssr')) throw new Error(`exit ${ssr.status}: ${ssr.stderr}`);
    return ssr.stderr.trim();
  });

  // The user's app: the fixtures, and the article at the same place relative to them as in the repository.
  cpSync(join(ROOT, 'test/consumers'), join(project, 'test/consumers'), { recursive: true });
  mkdirSync(join(project, 'data'));
  cpSync(join(ROOT, ARTICLE), join(project, ARTICLE));
  for (const name of FRAMEWORK_PACKAGES) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name), 'dir');
  }
  const app = (name) => join(project, 'test/consumers', name);

  const typeChecks = {
    'React 19 TSX (tsc)': settled(runAsync('node', [TSC, '-p', app('react')])),
    'Preact TSX (tsc)': settled(runAsync('node', [TSC, '-p', app('preact')])),
    'Vue 3 SFC (vue-tsc, strictTemplates)': settled(runAsync('node', [VUE_TSC, '-p', app('vue')])),
  };
  for (const [name, done] of Object.entries(typeChecks)) {
    await check(`${name}: the element type-checks; a misspelled prop, a wrong layout or theme do not`, done);
  }

  const events = JSON.parse(readFileSync(join(ROOT, ARTICLE), 'utf8')).events;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  for (const framework of ['React 19', 'Vue 3']) {
    const dir = app(framework.split(' ')[0].toLowerCase());
    await check(`${framework} page built with Vite renders the article's ${events.length} events and hears event-timeline-select`, async () => {
      run('node', [join(modules, 'vite/bin/vite.js'), 'build'], { cwd: dir });
      server = await serveStatic(join(dir, 'dist'), { index: '/index.html' });
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      const shown = page.locator('event-timeline li[part~="event"]');
      await shown.nth(events.length - 1).waitFor({ timeout: 10_000 });
      if ((await shown.count()) !== events.length) throw new Error(`${await shown.count()} events shown`);
      // Options passed as the framework passes them: `layout` as an attribute, the heading level as a property.
      const options = await page.evaluate(() => {
        const element = document.querySelector('event-timeline');
        return { layout: element.getAttribute('layout'), heading: element.shadowRoot.querySelector('[part~="heading"]')?.tagName };
      });
      if (options.layout !== 'alternating' || options.heading !== 'H3') throw new Error(`options not passed: ${JSON.stringify(options)}`);
      const chosen = events[2];
      await page.locator(`event-timeline li[data-id="${chosen.id}"] [part~="title"]`).click();
      await page.locator('#selected').filter({ hasText: chosen.id }).waitFor({ timeout: 5_000 });
      if (errors.length) throw new Error(`console errors: ${errors.join('; ')}`);
      await page.close();
      server.close();
      server = undefined;
    });
  }
} finally {
  await browser?.close();
  server?.close();
  rmSync(project, { recursive: true, force: true });
}

const passed = results.filter(Boolean).length;
console.log(`Consumers: ${passed} passed, ${results.length - passed} failed`);
process.exit(results.every(Boolean) ? 0 : 1);
