import { describe, expect, it } from 'vitest';
import { progressBarView } from '../../../renderer/model/export-progress-bar';

describe('the export progress bar', () => {
  it('is busy across the whole bar before the first stage is reported', () => {
    expect(progressBarView(undefined)).toMatchObject({
      percent: 0,
      busyStart: 0,
      busyWidth: 100,
      valueText: 'Starting',
    });
  });

  it('fills to the stages finished and marks the running stage as busy, not as done', () => {
    // The packet's third of four stages is printing: two are finished, the third is under way.
    const printing = progressBarView({ stage: 'Printing the PDF', completed: 2, total: 4 });
    expect(printing).toEqual({
      percent: 50,
      busyStart: 50,
      busyWidth: 25,
      valueText: 'Printing the PDF: 50%',
      caption: 'Printing the PDF (stage 3 of 4)…',
    });
  });

  it('has no busy stripe once every stage is done, and never overflows', () => {
    expect(progressBarView({ stage: 'Done', completed: 4, total: 4 })).toMatchObject({ percent: 100, busyWidth: 0 });
    expect(progressBarView({ stage: 'Odd', completed: 9, total: 3 })).toMatchObject({ percent: 100, busyWidth: 0 });
    expect(progressBarView({ stage: 'Odd', completed: 1, total: 3 })).toMatchObject({ busyStart: 33, busyWidth: 34 });
  });
});
