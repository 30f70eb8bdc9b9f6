import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { foldArabicScript, foldWithOffsets } from '../../src/languages/arabic-script.js';
import { languages } from '../../src/languages/index.js';
import { matchLanguage } from '../../src/languages/match-language.js';

// Arabic-script letters, their Arabic/Kurdish twins, marks, digits, spaces and Latin.
const alphabet = [...'کكیيىهھەڕرئاأإآ٠١٩۰۹09 \t\u0640\u200c\u064e\u0653abcABC'];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((chars) => chars.join(''));
// The Arabic code points and their Kurdish/Persian counterparts a news text may mix.
const TWINS: [string, string][] = [['\u0643', '\u06a9'], ['\u064a', '\u06cc'], ['\u0649', '\u06cc'], ['\u06be', '\u0647'], ['\u0623', '\u0627'], ['\u0622', '\u0627']];

describe('Arabic-script folding', () => {
  it('folds Arabic and Kurdish spellings of a name alike: كانون/کانون, آذار/اذار, ھەینی/هەینی, digits', () => {
    assert.equal(foldArabicScript('كانون الثاني'), foldArabicScript('کانون الثانی'));
    assert.equal(foldArabicScript('آذار'), foldArabicScript('اذار'));
    assert.equal(foldArabicScript('ھەینی'), foldArabicScript('هەینی'));
    assert.equal(foldArabicScript('  ٢٠ـی   ئابی ۲۰۲۰ '), '20ی ئابی 2020');
    assert.equal(foldArabicScript('June'), 'june');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(text, (t) => foldArabicScript(foldArabicScript(t)) === foldArabicScript(t)));
  });

  it('does not see a letter written as its Arabic or Kurdish twin', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...TWINS), (t, [arabic, kurdish]) => foldArabicScript(t.replaceAll(arabic, kurdish)) === foldArabicScript(t)),
    );
  });

  it('maps every folded character back to the original one it came from', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { folded, offsets } = foldWithOffsets(t);
        assert.equal(offsets.length, folded.length + 1);
        assert.equal(offsets.at(-1), t.length);
        for (let i = 0; i < folded.length; i++) {
          assert.ok(i === 0 || offsets[i]! > offsets[i - 1]!);
          assert.equal(foldWithOffsets(t[offsets[i]!]!).folded, folded[i]);
        }
      }),
    );
  });
});

describe('language modules', () => {
  it('each name twelve months and seven weekdays whose spellings fold to no other month or weekday', () => {
    for (const language of languages) {
      for (const [kind, names, count] of [['months', language.months, 12], ['weekdays', language.weekdays, 7]] as const) {
        assert.equal(names.length, count, `${language.code} ${kind}`);
        const owner = new Map<string, number>();
        names.forEach((variants, index) => {
          for (const name of variants) {
            const folded = foldArabicScript(name);
            assert.ok((owner.get(folded) ?? index) === index, `${language.code}: «${name}» is two ${kind}`);
            owner.set(folded, index);
          }
        });
      }
    }
  });
});

describe('the registry and the translators’ workflow', () => {
  it('every built-in language but the source one has its XLIFF file in lit-localize.json, and no other', () => {
    const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as { sourceLocale: string; targetLocales: string[] };
    const codes = languages.map((language) => language.code).filter((code) => code !== config.sourceLocale);
    assert.deepEqual([...config.targetLocales].sort(), codes.sort());
  });

  it('serves a wanted tag by exact tag, then base language, then another region; nothing otherwise', () => {
    assert.equal(matchLanguage('ar-IQ', ['ar', 'ar-IQ', 'en']), 'ar-IQ');
    assert.equal(matchLanguage('AR-iq', ['en', 'ar']), 'ar');
    assert.equal(matchLanguage('ar', ['en', 'ar-IQ']), 'ar-IQ');
    assert.equal(matchLanguage('fa', ['en', 'ar']), undefined);
  });
});
