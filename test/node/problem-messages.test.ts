// The problem sentences load apart from the parsers, looked up by id: one id means one sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateProblemMessages } from '../../src/dates/date-problem-messages.js';
import { parseEventDate } from '../../src/dates/index.js';
import { parseTimeline } from '../../src/data/index.js';
import { timelineProblemMessages } from '../../src/data/timeline-problem-messages.js';

describe('problem messages', () => {
  it('date and data problems have distinct ids', () => {
    const shared = Object.keys(dateProblemMessages).filter((id) => id in timelineProblemMessages);
    assert.deepEqual(shared, []);
  });

  it('once installed (by the Node entries), problems read as sentences, not ids', () => {
    const { problems } = parseTimeline({ title: 'T', lang: 'en', events: [{ id: 'a', date: '2019-13', title: 'x', status: 'maybe' }] });
    assert.deepEqual(
      problems.map((p) => p.message),
      ['"2019-13" is not an EDTF date: month 13 is out of range (01–12, or 21–24 for seasons)'],
    );
    assert.throws(() => parseEventDate('2019-02-30'), { message: '"2019-02-30" is not an EDTF date: day 30 is out of range: 2019-02 has 28 days' });
  });
});
