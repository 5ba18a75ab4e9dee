import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyHeading, headingText } from '../../../src/constitution/build/headings';

function article(text: string): { key: string; title?: string } | undefined {
  const info = classifyHeading(text);
  return info.kind === 'article'
    ? { key: info.number.key, ...(info.title === undefined ? {} : { title: info.title }) }
    : undefined;
}

describe('heading grammar', () => {
  it.each([
    ['Article 3 (STATE OF CALIFORNIA)', 'III', 'STATE OF CALIFORNIA'],
    ['Article III (STATE OF CALIFORNIA)', 'III', 'STATE OF CALIFORNIA'],
    ['ARTICLE III STATE OF CALIFORNIA', 'III', 'STATE OF CALIFORNIA'],
    ['ARTICLE III  STATE OF CALIFORNIA [SECTION 1 - SEC. 9]', 'III', 'STATE OF CALIFORNIA'],
    ['Article III. State of California', 'III', 'State of California'],
    ['Article XIII A', 'XIIIA', undefined],
    ['Article 13A (TAX LIMITATION)', 'XIIIA', 'TAX LIMITATION'],
    ['ARTICLE XIII A TAX LIMITATION', 'XIIIA', 'TAX LIMITATION'],
    ['ARTICLE XIIID', 'XIIID', undefined],
    ['ARTICLE XVIII AMENDING AND REVISING THE CONSTITUTION', 'XVIII', 'AMENDING AND REVISING THE CONSTITUTION'],
    ['ARTICLE I DECLARATION OF RIGHTS', 'I', 'DECLARATION OF RIGHTS'],
    ['Art. III', 'III', undefined],
    ['Art III: Title', 'III', 'Title'],
    ['Article 10B (MARINE RESOURCES PROTECTION ACT OF 1990)', 'XB', 'MARINE RESOURCES PROTECTION ACT OF 1990'],
  ])('%s', (text, key, title) => {
    expect(article(text)).toEqual({ key, ...(title === undefined ? {} : { title }) });
  });

  it.each([
    ['Section 1', '1'],
    ['SECTION 1.', '1'],
    ['SEC. 2.', '2'],
    ['Sec 7.5', '7.5'],
    ['Section 7.5.', '7.5'],
    ['§ 14.1', '14.1'],
    ['SECTION 3 [Repealed]', '3'],
    ['Section 07', '7'],
    ['Section 7.05.', '7.5'],
    ['Section 0', '0'],
    ['Section 0.5', '0.5'],
    ['Section 12.1234', '12.1234'],
  ])('%s is a section', (text, number) => {
    expect(classifyHeading(text)).toEqual({ kind: 'section', number });
  });

  it.each([
    'Preamble',
    'Articles of Confederation',
    'Article',
    'Article 0',
    'Section one',
    'Section 1 Definitions',
    'Sections 1-3',
    'Section 1..2',
    'Section 12345',
    'Section 1..',
    'Section .',
    'Section ',
    'Article CIVIL',
    '',
  ])('%s is neither', (text) => {
    expect(classifyHeading(text)).toEqual({ kind: 'other' });
  });

  it('reads `Section <n>` (the fast path) exactly as `SECTION <n>` (the general rule)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '7', '.', ' ', 'a'), maxLength: 12 }), (written) => {
        expect(classifyHeading(`Section ${written}`)).toEqual(classifyHeading(`SECTION ${written}`));
      }),
      { numRuns: 3000 },
    );
  });

  it('strips the heading marks', () => {
    expect(headingText('### Section 1')).toBe('Section 1');
    expect(headingText('## Article I ##')).toBe('Article I');
    expect(headingText('#')).toBe('');
    expect(headingText('Title\n=====')).toBe('Title');
    expect(headingText('  ##   Title \t')).toBe('Title');
    expect(headingText('####### Seven')).toBe('####### Seven');
    expect(headingText('#hashtag')).toBe('#hashtag');
    expect(headingText('###')).toBe('');
    expect(headingText('### Section 2 #')).toBe('Section 2');
  });
});

describe('heading marks with no space after them', () => {
  const glued = '## Article 3\n\n### Section 1\n\nOne.\n\n###Section 2\n\nTwo #notes.\n#hashtag\n';

  it('are reported with a fix, as Markdown reads them as text', async () => {
    const { parseConstitution } = await import('../../../src/constitution/parse');
    const doc = parseConstitution(glued, { path: 'glued.md' });
    expect(doc.articles[0]!.sections.map((section) => section.number)).toEqual(['1']);
    expect(doc.messages).toEqual([
      {
        severity: 'warning',
        ruleId: 'heading-without-space',
        message: '"###Section 2" looks like a heading but has no space after its # marks, so it is read as text.',
        file: 'glued.md',
        line: 7,
        column: 1,
        hint: 'Write "### Section 2" to make it a heading.',
      },
    ]);
  });
});
