// What makes a detail misfit its check-in. Blank "other" words (a space typed and left in the box)
// used to be refused with 422 "words for other need other", although they are stored as none.
import { describe, expect, it } from 'vitest';
import { EMPTY_DETAIL, detailProblems, normalizeDetail, type CheckinDetail } from './detail.js';

describe('detailProblems: blank words are no words', () => {
  it.each<[string, Partial<CheckinDetail>, string[]]>([
    ['blank words for another trigger, "other" not ticked: fine', { otherTrigger: '   ' }, []],
    ['blank words for another relief, "other" not tried: fine', { otherRelief: '\n\t ' }, []],
    ['words for another trigger, "other" not ticked: refused', { otherTrigger: 'the stairs' }, ['detail.otherTrigger']],
    ['words for another relief, "other" not tried: refused', { otherRelief: 'a bath' }, ['detail.otherRelief']],
    ['words with "other" ticked: fine', { triggers: ['other'], otherTrigger: 'the stairs' }, []],
  ])('%s', (_name, detail, fields) => {
    expect(detailProblems(['head'], { ...EMPTY_DETAIL, ...detail }).map((p) => p.field)).toEqual(fields);
  });

  it('stores blank words as none', () => {
    expect(normalizeDetail({ ...EMPTY_DETAIL, otherTrigger: '   ', descriptors: ['aching'] })).toEqual({ ...EMPTY_DETAIL, descriptors: ['aching'] });
  });
});
