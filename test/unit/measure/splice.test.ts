import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMeasure } from '../../../src/measure/parse-measure';
import { insertPart, removePart, replacePart, setFrontMatterValue } from '../../../src/measure/splice';
import { EXAMPLE_2017, readExample } from './fixtures';

const source = readExample(EXAMPLE_2017);

/** YAML cannot hold C0/C1 control characters (other than tab and line breaks), a BOM or lone surrogates. */
function isPrintable(char: string): boolean {
  const code = char.codePointAt(0)!;
  const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
  return !control && code !== 0xfeff && !(code >= 0xd800 && code <= 0xdfff);
}

function set(text: string, path: (string | number)[], value: unknown): string {
  const result = setFrontMatterValue(text, path, value);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The text before and after the one changed region are the original's. */
function expectOnlyRegionChanged(before: string, after: string, region: string): void {
  const at = before.indexOf(region);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(after.startsWith(before.slice(0, at))).toBe(true);
  expect(after.endsWith(before.slice(at + region.length))).toBe(true);
}

describe('setFrontMatterValue', () => {
  it('splices a scalar: every other byte (comments, unknown keys) stays', () => {
    const edited = set(source, ['revision', 'label'], 'Rev. 3');
    expectOnlyRegionChanged(source, edited, 'Rev. 2');
    expect(parseMeasure(edited).meta.revision.label).toBe('Rev. 3');
  });

  it('quotes values that YAML would read as something else', () => {
    for (const value of ['yes', '123', 'a: b', '# not a comment', 'line one\nline two', '0012e3', '']) {
      const edited = set(source, ['title'], value);
      const document = parseMeasure(edited);
      if (value === '')
        expect(document.messages.some((message) => message.ruleId === 'invalid-front-matter')).toBe(true);
      else expect(document.meta.title).toBe(value);
      expect(edited.endsWith(source.slice(source.indexOf('\nkind:')))).toBe(true);
    }
  });

  it('replaces a block list in place, indented like the original', () => {
    const proponents = [{ name: 'Casey New', county: 'Fresno', contact: { email: 'casey@example.invalid' } }];
    const edited = set(source, ['proponents'], proponents);
    expect(parseMeasure(edited).meta.proponents).toEqual(proponents);
    expect(edited).toContain(
      'proponents:\n  - name: Casey New\n    county: Fresno\n    contact:\n      email: casey@example.invalid\nbase:',
    );
    expect(edited.startsWith(source.slice(0, source.indexOf('  - name: Alex')))).toBe(true);
  });

  it('adds a missing key at the end of its map, and a missing map at the end', () => {
    const noParent = source.replace(/ {2}parent: [0-9a-f]+\n/, '');
    const withParent = set(noParent, ['revision', 'parent'], 'f'.repeat(64));
    expect(parseMeasure(withParent).meta.revision.parent).toBe('f'.repeat(64));
    expect(withParent).toContain(`  date: 2017-04-14\n  parent: ${'f'.repeat(64)}\noptions:`);
    const withCampaign = set(source, ['campaign', 'fppc'], '1373550');
    expect(withCampaign).toContain(
      'example: Fictional proponents; the text is modelled on, not copied from, A.G. File No. 17-0005. Not legal advice.\ncampaign:\n  fppc: "1373550"\n---\n',
    );
  });

  it('removes a key with its lines', () => {
    const edited = set(source, ['revision', 'parent'], undefined);
    expect(parseMeasure(edited).meta.revision.parent).toBeUndefined();
    expect(edited).toBe(source.replace(/ {2}parent: [0-9a-f]+\n/, ''));
  });

  it('keeps CRLF line endings', () => {
    const crlf = source.replace(/\n/g, '\r\n');
    const edited = set(crlf, ['options', 'sectionStyle'], 'section');
    expect(edited.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parseMeasure(edited).meta.options.sectionStyle).toBe('section');
  });

  it('reports front matter it cannot write into', () => {
    expect(setFrontMatterValue('## Title\n', ['title'], 'x').ok).toBe(false);
    expect(setFrontMatterValue('---\ntitle: [\n---\n', ['title'], 'x').ok).toBe(false);
  });

  it('refuses with a Result, never a throw, front matter that cannot be written back (an unset alias)', () => {
    // Found by the pipeline fuzz: yaml's toString threw "Unresolved alias" from the fallback rewrite.
    const aliased = '---\ntitle: *missing\nrevision:\n  label: *missing\n---\n\n## Title\n';
    const result = setFrontMatterValue(aliased, ['title'], 'x');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-measure' } });
  });

  it('round-trips any title and leaves every other byte alone (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (title) => {
        fc.pre(title.trim() !== '' && [...title].every(isPrintable));
        const edited = set(source, ['title'], title);
        expect(parseMeasure(edited).meta.title).toBe(title);
        expect(edited.endsWith(source.slice(source.indexOf('\nkind:')))).toBe(true);
        expect(edited.startsWith(source.slice(0, source.indexOf('title:')))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('part splices', () => {
  const measure = parseMeasure(source);

  it('replaces one part and keeps every other byte', () => {
    const purpose = measure.parts[2]!;
    const edited = replacePart(source, purpose.extent, '## Purpose and Intent\n\nNew purpose.');
    expect(edited.slice(0, purpose.extent.start)).toBe(source.slice(0, purpose.extent.start));
    expect(edited.endsWith(source.slice(purpose.extent.end))).toBe(true);
    expect(parseMeasure(edited).parts[2]).toMatchObject({ heading: 'Purpose and Intent', body: 'New purpose.' });
  });

  it('replaces, removes and inserts the last part cleanly', () => {
    const last = measure.parts.at(-1)!;
    const replaced = replacePart(source, last.extent, '## Repeal Article III, Section 1\n\n~~~base\nx\n~~~');
    expect(replaced.endsWith('~~~base\nx\n~~~\n')).toBe(true);
    const removed = removePart(source, last.extent);
    expect(removed.endsWith('remaining portions of this measure.\n')).toBe(true);
    expect(parseMeasure(removed).parts).toHaveLength(4);
    const inserted = insertPart(
      source,
      source.length,
      '## Liberal Construction\n\nThis measure shall be liberally construed.',
    );
    expect(inserted.startsWith(source.trimEnd())).toBe(true);
    expect(parseMeasure(inserted).parts.at(-1)).toMatchObject({ role: 'liberal-construction' });
    const atStart = insertPart(source, measure.parts[0]!.extent.start, '## Purpose\n\nFirst.');
    expect(
      parseMeasure(atStart)
        .parts.map((part) => part.type === 'uncodified' && part.heading)
        .slice(0, 2),
    ).toEqual(['Purpose', 'Title']);
  });
});
