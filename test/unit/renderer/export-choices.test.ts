import { describe, expect, it } from 'vitest';
import { choiceInfo, defaultOutputPath, EXPORT_CHOICES, titleSlug } from '../../../renderer/model/export-choices';

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
