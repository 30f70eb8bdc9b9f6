#!/usr/bin/env node
// Every message of the source has a real translation in each XLIFF file, and the generated
// locale modules match the XLIFF files (run `npm run i18n` after changing a string).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
let failed = false;
for (const locale of config.targetLocales) {
  const xliff = readFileSync(`${config.interchange.xliffDir}/${locale}.xlf`, 'utf8');
  for (const unit of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target>([\s\S]*?)<\/target>/.exec(unit[2])?.[1];
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit[2])?.[1];
    if (!target || !target.trim()) {
      console.error(`${locale}: message ${unit[1]} ("${source}") has no translation`);
      failed = true;
    } else if (target === source) {
      console.error(`${locale}: message ${unit[1]} ("${source}") is not translated (target equals source)`);
      failed = true;
    }
  }
}
// Extract into a scratch copy and compare: a message in the code but not in the XLIFF fails.
const before = config.targetLocales.map((l) => readFileSync(`${config.interchange.xliffDir}/${l}.xlf`, 'utf8'));
execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
const after = config.targetLocales.map((l) => readFileSync(`${config.interchange.xliffDir}/${l}.xlf`, 'utf8'));
for (const [i, locale] of config.targetLocales.entries()) {
  if (before[i] !== after[i]) {
    console.error(`${locale}: the XLIFF file is out of date with the source messages: run \`npm run i18n\` and translate the new units`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
