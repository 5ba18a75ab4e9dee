import { describe, expect, it } from 'vitest';
import {
  choiceInfo,
  defaultOutputPath,
  EXPORT_CHOICES,
  titleSlug,
  withDefaultExtension,
} from '../../../renderer/model/export-choices';
import { errorText } from '../../../renderer/model/error-text';

describe('export choices', () => {
  it('maps each single-file choice to a host format, and the packet to none', () => {
    expect(EXPORT_CHOICES.map((entry) => [entry.choice, entry.format])).toEqual([
      ['packet', undefined],
      ['pdf', 'pdf'],
      ['docx', 'docx'],
      ['docx-tracked', 'docx'],
      ['markdown', 'markdown'],
    ]);
    expect(choiceInfo('pdf').extension).toBe('.pdf');
    expect(choiceInfo('docx-tracked').tracked).toBe(true);
    expect(choiceInfo('docx').tracked).toBeUndefined();
  });
  it('suggests a path in the data folder named after the title', () => {
    expect(defaultOutputPath('packet', 'The Calexit Act', '/home/a/.amend')).toBe(
      '/home/a/.amend/exports/the-calexit-act-packet.pdf',
    );
    expect(defaultOutputPath('pdf', 'The Calexit Act', '/home/a/.amend/')).toBe(
      '/home/a/.amend/exports/the-calexit-act.pdf',
    );
    expect(defaultOutputPath('docx-tracked', 'The Calexit Act', '/d')).toBe('/d/exports/the-calexit-act-tracked.docx');
    expect(defaultOutputPath('markdown', '', undefined)).toBe('measure.md');
  });
  it('makes file-name-safe slugs', () => {
    expect(titleSlug('  “Independent California” — Act ')).toBe('independent-california-act');
    expect(titleSlug('Señor/../etc')).toBe('senor-etc');
  });
});

describe('the typed output path', () => {
  it("gets the format's extension when the file name has none", () => {
    expect(withDefaultExtension('/tmp/out-1', 'pdf')).toBe('/tmp/out-1.pdf');
    expect(withDefaultExtension(' ~/exports/calexit ', 'packet')).toBe('~/exports/calexit.pdf');
    expect(withDefaultExtension('/tmp/v1.2/out', 'docx-tracked')).toBe('/tmp/v1.2/out.docx');
    expect(withDefaultExtension('/tmp/.draft', 'markdown')).toBe('/tmp/.draft.md');
  });
  it('leaves a name with an extension alone, even a wrong one (the host explains)', () => {
    expect(withDefaultExtension('/tmp/out.pdf', 'pdf')).toBe('/tmp/out.pdf');
    expect(withDefaultExtension('/tmp/out.txt', 'pdf')).toBe('/tmp/out.txt');
    expect(withDefaultExtension('/tmp/', 'pdf')).toBe('/tmp/');
  });
});

describe('errors as the app shows them', () => {
  it('names the file once when the message already does', () => {
    const text = errorText({
      code: 'invalid-request',
      message: '/tmp/out-1 is not a pdf file (expected .pdf).',
      file: '/tmp/out-1',
      hint: 'Amendment Studio only reads and writes a pdf file here.',
    });
    expect(text).toBe(
      '/tmp/out-1 is not a pdf file (expected .pdf). (Amendment Studio only reads and writes a pdf file here.)',
    );
    expect(text.split('/tmp/out-1').length - 1).toBe(1);
  });
  it('still puts the file (and line) in front when the message does not name it', () => {
    expect(errorText({ code: 'parse-error', message: 'bad front matter', file: 'm.measure.md', line: 3 })).toBe(
      'm.measure.md:3: bad front matter',
    );
    expect(errorText({ code: 'not-found', message: 'No such file', file: '/x/m.md' })).toBe('/x/m.md: No such file');
  });
});
