import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import './fast-check-seed.js';
import { directionOf, splitLatinRuns } from '../../src/i18n/direction.js';
import { languages } from '../../src/languages/index.js';

const latinRuns = (text: string) => splitLatinRuns(text).filter((run) => run.latin).map((run) => run.text);

describe('directionOf', () => {
  it('is rtl for Kurdish, Arabic and Arabic-script tags, ltr otherwise', () => {
    for (const tag of ['ckb', 'ar', 'ar-IQ', 'fa', 'ku-Arab']) assert.equal(directionOf(tag), 'rtl', tag);
    for (const tag of ['en', 'en-GB', 'ku', 'ku-Latn', 'kmr', 'tr']) assert.equal(directionOf(tag), 'ltr', tag);
  });

  it('agrees with every built-in language module', () => {
    for (const language of languages) assert.equal(directionOf(language.code), language.direction, language.code);
  });

  it('asks Intl.Locale for a language it does not list, where the platform can say', () => {
    // Sorani's neighbour Southern Kurdish (sdh) and Mazanderani (mzn) are written right to left.
    const known = (tag: string) => {
      const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
      return (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
    };
    for (const tag of ['mzn', 'sdh', 'syr']) if (known(tag)) assert.equal(directionOf(tag), known(tag), tag);
  });
});

describe('splitLatinRuns', () => {
  it('marks the Latin names in Kurdish text, leaving the full stop that ends the sentence outside', () => {
    assert.deepEqual(latinRuns('لە نێویاندا هۆنی وێڵ UOP، چێڤرۆن و Baker Hughes.'), ['UOP', 'Baker Hughes']);
    assert.equal(splitLatinRuns('چێڤرۆن و Baker Hughes.').at(-1)!.text, '.');
  });

  it('keeps Latin words joined by a comma, colon, semicolon or slash in one run, as the bidi algorithm would', () => {
    assert.deepEqual(latinRuns('سەردانی Washington, D.C. کرد'), ['Washington, D.C.']);
    assert.deepEqual(latinRuns('ڕاپۆرتی Reuters: Iraq and U.S. talks بڵاوکرایەوە'), ['Reuters: Iraq and U.S. talks']);
    assert.deepEqual(latinRuns('TCP/IP و HTTP; HTML'), ['TCP/IP', 'HTTP; HTML']);
  });

  it('does not join Latin words across Kurdish or Arabic punctuation, or swallow punctuation before Kurdish', () => {
    assert.deepEqual(latinRuns('General Electric، Honeywell'), ['General Electric', 'Honeywell']);
    assert.deepEqual(latinRuns('Chevron: کۆمپانیا'), ['Chevron']);
  });

  it('keeps the dot of an initialism at the end of a sentence with the initialism', () => {
    assert.deepEqual(latinRuns('لەگەڵ U.S.'), ['U.S.']);
  });

  it('loses and adds nothing: the runs put together are the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Washington', 'D.C.', 'UOP', 'لە', 'کۆشکی', ' ', ', ', '، ', ': ', '.', '/', '199', '٢٠٢٠', '-', "'"), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const runs = splitLatinRuns(text);
        assert.equal(runs.map((run) => run.text).join(''), text);
        for (const run of runs) assert.ok(run.text.length > 0);
      }),
    );
  });
});
