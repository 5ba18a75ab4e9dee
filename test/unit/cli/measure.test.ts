import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readConstitution2011 } from '../../support/constitution-2011';
import { amend, read, scratchWithExamples, write } from './measure-cli-support';

describe('amend measure', () => {
  const folder = scratchWithExamples();
  const constitution = readConstitution2011();
  write(folder, 'base.md', constitution);

  /** `amend measure --base BASE --edited EDITED --format measure -o OUTPUT` in the scratch folder. */
  const writeMeasureFile = (base: string, edited: string, output: string, ...extra: string[]) =>
    amend(folder, 'measure', '--base', base, '--edited', edited, '--format', 'measure', ...extra, '-o', output);

  it('generates the worked example from the 2011 edition edited in Article III, Section 1', async () => {
    write(folder, 'edited.md', constitution.replace('is an inseparable part of the', 'is a part of the'));
    const result = await amend(folder, 'measure', '--base', 'base.md', '--edited', 'edited.md', '--format', 'md');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      'Section 1 of Article III of the California Constitution is amended to read:\n\nSEC. 1. The State of California is ~~an inseparable~~ *a* part of the United States of America, and the United States Constitution is the supreme law of the land.',
    );
  });

  it('prints an added section wholly in italics after its clause', async () => {
    write(
      folder,
      'added.md',
      constitution.replace(
        '### Section 3.5\n',
        '### Section 3.6\n\nEvery public body shall publish its records.\n\n### Section 3.5\n',
      ),
    );
    const result = await amend(folder, 'measure', '--base', 'base.md', '--edited', 'added.md', '--format', 'md');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Section 3.6 is added to Article III of the California Constitution, to read:\n\n*SEC. 3.6. Every public body shall publish its records.*',
    );
  });

  it('writes the measure file itself with --format measure: edition id, not path; the edition hash', async () => {
    write(folder, 'edited.md', constitution.replace('is an inseparable part of the', 'is a part of the'));
    const written = await writeMeasureFile('base.md', 'edited.md', 'calexit.measure.md', '--title', 'Calexit');
    expect(written).toMatchObject({ code: 0, stderr: '' });
    const measure = read(folder, 'calexit.measure.md');
    expect(measure).toContain('title: Calexit\n');
    expect(measure).toContain('  edition: base\n');
    expect(measure).toContain(`  sha256: ${createHash('sha256').update(constitution).digest('hex')}\n`);
    expect(measure).toContain('## Amend Article III, Section 1\n');
    const rendered = await amend(folder, 'measure', '--base', 'base.md', 'calexit.measure.md', '--format', 'md');
    expect(rendered.stdout).toContain('SEC. 1. The State of California is ~~an inseparable~~ *a* part');
    const lint = await amend(folder, 'lint', 'calexit.measure.md', '--base', 'base.md');
    expect(lint.code).toBe(0);
  });

  it('with -o naming an existing measure, updates only its amendment blocks (front matter and uncodified sections kept)', async () => {
    const before = read(folder, 'calexit-2017-revised.measure.md');
    write(folder, 'sync.measure.md', before);
    const excerpt = read(folder, 'article-iii-excerpt.md');
    write(folder, 'excerpt-edited.md', excerpt.replace('an inseparable part', 'a free and equal part'));
    const result = await writeMeasureFile('article-iii-excerpt.md', 'excerpt-edited.md', 'sync.measure.md');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('updated the amendment blocks of sync.measure.md');
    const after = read(folder, 'sync.measure.md');
    // Everything before the amendment block is byte for byte what the drafter wrote.
    const blockAt = before.indexOf('## Amend Article III, Section 1');
    expect(after.slice(0, blockAt)).toBe(before.slice(0, blockAt));
    expect(after).toContain('a free and equal part');
    const rendered = await amend(
      folder,
      'measure',
      '--base',
      'article-iii-excerpt.md',
      'sync.measure.md',
      '--format',
      'md',
    );
    expect(rendered.stdout).toContain('~~an inseparable~~ *a free and equal* part');
    expect(rendered.stdout).toContain('It is the intent of the People of the State of California');
  });

  it('refuses to replace an existing file that is not a measure, or a measure drafted against another edition', async () => {
    write(folder, 'edited.md', constitution.replace('is an inseparable part of the', 'is a part of the'));
    write(folder, 'notes.measure.md', 'My notes, not a measure.\n');
    const notMeasure = await writeMeasureFile('base.md', 'edited.md', 'notes.measure.md');
    expect(notMeasure.code).toBe(1);
    expect(notMeasure.stderr).toContain(
      'notes.measure.md exists and is not a readable measure file; it was not replaced',
    );
    expect(read(folder, 'notes.measure.md')).toBe('My notes, not a measure.\n');
    const other = read(folder, 'calexit-2017-revised.measure.md');
    write(folder, 'other.measure.md', other);
    const otherBase = await writeMeasureFile('base.md', 'edited.md', 'other.measure.md');
    expect(otherBase.code).toBe(1);
    expect(otherBase.stderr).toContain('was drafted against edition "california-constitution-2011-excerpt"');
    expect(otherBase.stderr).toContain('amend rebase other.measure.md --base BASE.md');
    expect(read(folder, 'other.measure.md')).toBe(other);
  });

  it('refuses --format measure without --edited (usage, exit 2)', async () => {
    const result = await amend(folder, 'measure', '--base', 'base.md', 'x.measure.md', '--format', 'measure');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format measure writes a new measure file from --edited EDITED.md');
  });

  it('renders a measure file in text, Markdown and HTML, and writes -o files', async () => {
    const text = await amend(folder, 'measure', '--base', 'article-iii-excerpt.md', 'calexit-2017-revised.measure.md');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'SEC. 1. The State of California is [begin deletion]an inseparable[end deletion] [begin insertion]a[end insertion] part',
    );
    const html = await amend(
      folder,
      'measure',
      '--base',
      'article-iii-excerpt.md',
      'calexit-2017-revised.measure.md',
      '--format',
      'html',
    );
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<article class="measure"/);
    expect(html.stdout).toContain('<del>an inseparable</del>');
    const written = await amend(
      folder,
      'measure',
      '--base',
      'article-iii-excerpt.md',
      'calexit-2016-repeal.measure.md',
      '--format',
      'md',
      '-o',
      'out.md',
    );
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(read(folder, 'out.md')).toContain(
      'Section 1 of Article III of the California Constitution is repealed.\n\n~~SEC. 1. The State of California',
    );
  });

  it('refuses a measure whose struck text is not the edition’s (exit 1, message names file and line)', async () => {
    write(
      folder,
      'stale.measure.md',
      read(folder, 'calexit-2017-revised.measure.md').replace(
        '~~~base\nThe State of California is an inseparable',
        '~~~base\nThe State of California is an indivisible',
      ),
    );
    const result = await amend(folder, 'measure', '--base', 'article-iii-excerpt.md', 'stale.measure.md');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^stale\.measure\.md:65:31: error: the "base" text of "Amend Article III, Section 1" is not the official text word for word/,
    );
  });

  it('reports unreadable files (exit 1) and bad usage (exit 2)', async () => {
    const missing = await amend(folder, 'measure', '--base', 'nope.md', 'calexit-2017-revised.measure.md');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('amend measure: Could not read nope.md: it does not exist');
    expect((await amend(folder, 'measure', 'calexit-2017-revised.measure.md')).code).toBe(2);
    expect((await amend(folder, 'measure', '--base', 'base.md')).code).toBe(2);
    expect((await amend(folder, 'measure', '--base', 'base.md', '--edited', 'edited.md', 'x.measure.md')).code).toBe(2);
    const format = await amend(folder, 'measure', '--base', 'base.md', '--edited', 'edited.md', '--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf"');
  });
});
