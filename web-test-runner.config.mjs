// @web/test-runner in three real engines, all from Debian's packages (see scripts/install-browsers.sh):
// Chromium through Playwright, Firefox ESR through Puppeteer over WebDriver BiDi, and WebKitGTK
// through its WebDriver (started under Xvfb by scripts/run-tests.mjs). Nothing downloads a browser.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { faultServer } from './test/browser/fault-server.mjs';

export const BROWSER_BINARIES = {
  chromium: { path: '/usr/bin/chromium', package: 'chromium' },
  firefox: { path: '/usr/bin/firefox-esr', package: 'firefox-esr' },
  webkit: { path: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', package: 'webkit2gtk-driver' },
};

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
for (const name of wanted) {
  const binary = BROWSER_BINARIES[name];
  if (!binary) throw new Error(`Unknown browser "${name}" in BROWSERS; use chromium, firefox, webkit.`);
  if (!existsSync(binary.path)) {
    throw new Error(
      `${name} is missing (${binary.path}). Install Debian's browsers with \`npm run install-browsers\` ` +
        `(apt-get install ${binary.package}); the tests never run with fewer engines than asked.`,
    );
  }
}

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: BROWSER_BINARIES.chromium.path,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: BROWSER_BINARIES.firefox.path, headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4445),
      path: '/',
      capabilities: {
        'webkitgtk:browserOptions': { binary: BROWSER_BINARIES.webkit.path, args: ['--automation'] },
      },
    }),
};

/** Writes each engine's pass/fail counts to a JSON file, for the summary line of `npm test`. */
function countingReporter(file) {
  const count = (suite, into) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) into.skipped += 1;
      else if (test.passed) into.passed += 1;
      else into.failed += 1;
    }
    for (const child of suite.suites ?? []) count(child, into);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = {};
      for (const session of sessions) {
        // The WebDriver launcher reports no name for WebKitGTK's MiniBrowser.
        const into = (totals[session.browser.name || 'WebKit'] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        if (session.testResults) count(session.testResults, into);
        // A test file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) into.fileErrors += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals, null, 2));
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  // Network faults (/fault/…) and the strict-CSP page (test/browser/csp/) for the hostile-input tests.
  middleware: [faultServer],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  browsers: wanted.map((name) => launchers[name]()),
  testFramework: { config: { timeout: 10_000 } },
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }),
    summaryReporter({ flatten: false }),
    ...(process.env.WTR_RESULTS_FILE ? [countingReporter(process.env.WTR_RESULTS_FILE)] : []),
  ],
};
