import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../../src/constitution/parse';
import { detectNotation } from '../../../../src/measure/import/detect-notation';
import { importMeasure } from '../../../../src/measure/import/import-measure';
import { lintMeasure } from '../../../../src/measure/lint';
import { parseMeasure } from '../../../../src/measure/parse-measure';
import { resolveConflict } from '../../../../src/measure/resolve';
import type { AmendmentPart, MeasureFile, UncodifiedPart } from '../../../../src/measure/types';
import { EXAMPLE_BASE, readExample } from '../fixtures';

const base = parseConstitution(readExample(EXAMPLE_BASE), { path: EXAMPLE_BASE });
const OFFICIAL =
  'The State of California is an inseparable part of the\nUnited States of America, and the United States Constitution is the\nsupreme law of the land.';

/** Import paragraphs (joined by blank lines) and parse the result. */
function run(paragraphs: readonly string[], options: Parameters<typeof importMeasure>[1] = {}) {
  const imported = importMeasure(paragraphs.join('\n\n'), { path: 'filing.txt', ...options });
  return { ...imported, measure: parseMeasure(imported.source) };
}

function amendments(measure: MeasureFile): AmendmentPart[] {
  return measure.parts.filter((part): part is AmendmentPart => part.type === 'amendment');
}

function uncodified(measure: MeasureFile): UncodifiedPart[] {
  return measure.parts.filter((part): part is UncodifiedPart => part.type === 'uncodified');
}

const AMEND_CLAUSE = 'SEC. 2. Section 1 of Article III of the California Constitution is amended to read:';

describe('detectNotation', () => {
  it('tells the four notations apart', () => {
    expect(detectNotation('SEC. 1. The State is [begin deletion]an[end deletion] part.')).toBe('text-markers');
    expect(detectNotation('SEC. 1. The State is begin delete an end delete part.')).toBe('leginfo-markers');
    expect(detectNotation('SEC. 1. The State is ~~an~~ *a* part.')).toBe('markdown');
    expect(detectNotation('SEC. 1. The State is _a_ part.')).toBe('markdown');
    expect(detectNotation('# Title\n\nSEC. 1. Text.')).toBe('markdown');
    expect(detectNotation('SEC. 1. The State is an inseparable a part.')).toBe('plain');
  });

  it('reads markers as markers even when the text has a stray asterisk; Markdown blocks win over markers', () => {
    expect(detectNotation('Rule *5* of [begin insertion]the[end insertion] act')).toBe('text-markers');
    expect(detectNotation('### SEC. 2.\n\n~~~redline\n[begin deletion]x[end deletion]\n~~~')).toBe('markdown');
  });
});

describe('importMeasure: marked notations', () => {
  it('rebuilds base and proposed from our markers, leginfo markers and Markdown alike', () => {
    const restated = [
      'SEC. 1. The State of California is [begin deletion]an inseparable[end deletion] [begin insertion]a[end insertion] part of the United States of America, and the United States Constitution is the supreme law of the land.',
      'SEC. 1. The State of California is begin delete an inseparable end delete begin insert a end insert part of the United States of America, and the United States Constitution is the supreme law of the land.',
      'SEC. 1. The State of California is ~~an inseparable~~ *a* part of the United States of America, and the United States Constitution is the supreme law of the land.',
      'SEC. 1. The State of California is <del>an inseparable</del> <u>a</u> part of the United States of America, and the United States Constitution is the supreme law of the land.',
    ];
    for (const text of restated) {
      const { measure, messages } = run(['Freedom Act', AMEND_CLAUSE, text]);
      expect(messages).toEqual([]);
      expect(amendments(measure)).toMatchObject([
        {
          op: 'amend',
          target: 'art-III/sec-1',
          base: 'The State of California is an inseparable part of the United States of America, and the United States Constitution is the supreme law of the land.',
          proposed:
            'The State of California is a part of the United States of America, and the United States Constitution is the supreme law of the land.',
        },
      ]);
      expect(measure.meta.title).toBe('Freedom Act');
    }
  });

  it('takes the edition’s exact text as the base when its words agree', () => {
    const { measure } = run(
      [
        AMEND_CLAUSE,
        'SEC. 1. The State of California is ~~an inseparable~~ *a* part of the United States of America, and the United States Constitution is the supreme law of the land.',
      ],
      { base },
    );
    expect(amendments(measure)[0]!.base).toBe(OFFICIAL);
    expect(measure.meta.base.edition).toBe('california-constitution-2011-excerpt');
  });

  it('warns when the struck text is not the edition’s and keeps it as filed', () => {
    const { measure, messages } = run(
      [AMEND_CLAUSE, 'SEC. 1. The State of California is ~~an inseparable~~ *a* part of the Union.'],
      { base },
    );
    expect(messages).toMatchObject([{ severity: 'warning', ruleId: 'base-differs', line: 1 }]);
    expect(amendments(measure)[0]!.base).toBe('The State of California is an inseparable part of the Union.');
  });

  it('warns when the filing repeats or skips a section number', () => {
    const { messages } = run([
      'SECTION 1. Title.',
      'This measure shall be known as the Test Act.',
      'SEC. 2. Findings.',
      'The people find.',
      'SEC. 2. Purpose.',
      'The purpose.',
      'SEC. 4. Severability.',
      'Severable.',
    ]);
    const numbering = messages.filter((message) => message.ruleId === 'measure-numbering');
    expect(numbering.map((message) => [message.severity, message.line])).toEqual([
      ['warning', 9],
      ['warning', 13],
    ]);
    expect(numbering[0]!.message).toContain('numbers this section 2 right after section 2');
    expect(numbering[1]!.message).toContain('numbers this section 4 right after section 2');
  });

  it('reports unclosed, nested and stray markers at their lines', () => {
    const unclosed = importMeasure('SECTION 1. Title.\n\nSEC. 2. Text [begin deletion]never closed.', {
      path: 'f.txt',
    });
    expect(unclosed.messages[0]).toMatchObject({
      severity: 'error',
      ruleId: 'unclosed-marker',
      line: 3,
      file: 'f.txt',
    });
    const stray = importMeasure('SECTION 1. Title.\n\nBody end delete here.\n\nbegin insert x end insert', {});
    expect(stray.messages.map((message) => message.ruleId)).toContain('stray-marker');
    const nested = importMeasure('SECTION 1. A [begin deletion]b [begin insertion]c[end insertion]', {});
    expect(nested.messages.map((message) => message.ruleId)).toContain('nested-marker');
  });

  it('ends a restated article at the next unmarked measure section', () => {
    const { measure } = run([
      'SECTION 1. Article XXXVI is added to the California Constitution, to read:',
      '[begin insertion]ARTICLE XXXVI. EXAMPLE PROVISIONS[end insertion]',
      '[begin insertion]SEC. 1.[end insertion] [begin insertion]The Legislature shall report.[end insertion]',
      '[begin insertion]SEC. 2.[end insertion] [begin insertion]This article is an example.[end insertion]',
      'SEC. 2. The provisions of this measure are severable.',
    ]);
    expect(amendments(measure)[0]!.proposed).toBe(
      '## Article 36 (EXAMPLE PROVISIONS)\n\n### Section 1\n\nThe Legislature shall report.\n\n### Section 2\n\nThis article is an example.',
    );
    expect(uncodified(measure).map((part) => part.heading)).toEqual(['Severability']);
  });
});

describe('importMeasure: plain text (marks lost)', () => {
  const ambiguous = [
    'Freedom Act',
    AMEND_CLAUSE,
    'SEC. 1. The State of California is an inseparable a part of the United States of America, and the United States Constitution is the supreme law of the land.',
  ];

  it('without an edition, an amended section is an error naming its line', () => {
    const { messages } = run(ambiguous);
    expect(messages).toMatchObject([{ severity: 'error', ruleId: 'base-unknown', line: 3, file: 'filing.txt' }]);
    expect(messages[0]!.hint).toContain('--base');
  });

  it('with an edition, run-together struck and inserted words give a warning and a lost-marks conflict', () => {
    const { measure, messages } = run(ambiguous, { base });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: 'warning', ruleId: 'lost-strikeout', line: 3 });
    expect(messages[0]!.message).toContain('plus “a” (after “… California is an inseparable”)');
    expect(amendments(measure)[0]).toMatchObject({ base: OFFICIAL, proposed: ambiguous[2]!.slice('SEC. 1. '.length) });
    expect(measure.conflicts).toMatchObject([{ kind: 'lost-marks', subject: 'Amend Article III, Section 1' }]);
    const lint = lintMeasure(measure, base).filter((message) => message.severity === 'error');
    expect(lint.map((message) => message.ruleId)).toEqual(['unresolved-conflict']);
  });

  it('the lost-marks conflict resolves like any recorded conflict (keep a side)', () => {
    const { source } = run(ambiguous, { base });
    for (const choice of ['ours', 'theirs'] as const) {
      const resolved = resolveConflict(source, 1, choice);
      expect(resolved.ok).toBe(true);
      if (!resolved.ok) continue;
      const measure = parseMeasure(resolved.value.source);
      expect(measure.conflicts).toEqual([]);
      expect(amendments(measure)[0]!.proposed).toBe(
        choice === 'ours' ? ambiguous[2]!.slice('SEC. 1. '.length) : OFFICIAL,
      );
    }
  });

  it('a restatement that repeats the edition word for word is ambiguous too', () => {
    const { measure, messages } = run([AMEND_CLAUSE, `SEC. 1. ${OFFICIAL}`], { base });
    expect(messages[0]!.message).toContain('word for word');
    expect(measure.conflicts).toHaveLength(1);
  });

  it('a clean restatement that leaves out words of the edition is the new text (an info, no conflict)', () => {
    const { measure, messages } = run(
      [
        AMEND_CLAUSE,
        'SEC. 1. The State of California is a part of the United States of America, and the United States Constitution is the supreme law of the land.',
      ],
      { base },
    );
    expect(messages).toMatchObject([{ severity: 'info', ruleId: 'plain-restatement' }]);
    expect(measure.conflicts).toEqual([]);
    expect(amendments(measure)[0]!.proposed).toContain('is a part of');
  });

  it('a repealed section needs no edition; with one, its exact text is kept', () => {
    const clause = 'SEC. 2. Section 1 of Article III of the California Constitution is repealed.';
    const text = `Sec. 1. ${OFFICIAL.replace(/\n/g, ' ')}`;
    expect(amendments(run([clause, text]).measure)[0]!.base).toBe(OFFICIAL.replace(/\n/g, ' '));
    expect(amendments(run([clause, text], { base }).measure)[0]!.base).toBe(OFFICIAL);
  });

  it('reads a restatement that follows its clause on the same line', () => {
    const { measure } = run([
      'SEC. 2. Section 1 of Article III of the California Constitution is repealed. Sec. 1. The State is one.',
    ]);
    expect(amendments(measure)).toMatchObject([{ op: 'repeal', target: 'art-III/sec-1', base: 'The State is one.' }]);
  });

  it('reads hard-wrapped text without blank lines: labels start blocks', () => {
    const { measure } = run([
      [
        'SECTION 1. Title. This measure shall be known as the "Wrapped Act."',
        'SEC. 2. Section 7.5 is added to Article I of the California Constitution, to read:',
        'SEC. 7.5. The people shall be',
        'consulted.',
      ].join('\n'),
    ]);
    expect(uncodified(measure)).toMatchObject([{ heading: 'Title' }]);
    expect(amendments(measure)).toMatchObject([
      { op: 'add', target: 'art-I/sec-7.5', proposed: 'The people shall be\nconsulted.' },
    ]);
    expect(measure.meta.title).toBe('Wrapped Act');
  });

  it('keeps a restated article’s own "SEC. 3." but starts the next measure section at a heading', () => {
    const { measure } = run([
      'SECTION 1. Title.',
      'SEC. 2. Article XXXVI is added to the California Constitution, to read:',
      'ARTICLE XXXVI. EXAMPLE PROVISIONS',
      'SEC. 1. The Legislature shall report.',
      'SEC. 2. This article is an example.',
      'SEC. 3. The Governor shall sign the report.',
      'SEC. 3. Severability.',
      'If any provision is held invalid, the rest remain.',
    ]);
    expect(amendments(measure)[0]!.proposed).toContain('### Section 3\n\nThe Governor shall sign the report.');
    expect(uncodified(measure).map((part) => [part.heading, part.body])).toEqual([
      ['Title', ''],
      ['Severability', 'If any provision is held invalid, the rest remain.'],
    ]);
  });
});

describe('importMeasure: sections, titles and problems', () => {
  it('names sections without a heading from their role, or "Additional Provisions"', () => {
    const { measure, messages } = run([
      'SECTION 1. The people of the State of California find and declare that water is scarce.',
      'SEC. 2. This act shall be liberally construed to protect water.',
      'SEC. 3. The Controller shall audit the fund every year.',
    ]);
    expect(uncodified(measure).map((part) => part.heading)).toEqual([
      'Findings and Declarations',
      'Liberal Construction',
      'Additional Provisions',
    ]);
    expect(messages.map((message) => message.ruleId)).toEqual(['named-section', 'named-section', 'named-section']);
    expect(measure.meta.kind).toBe('statute');
  });

  it('keeps an unreadable clause as an uncodified section with a warning', () => {
    const { measure, messages } = run([
      'SECTION 1. Section 1 of Article LXXXXX of the California Constitution is amended to read:',
      'SEC. 1. Some text.',
    ]);
    expect(messages[0]).toMatchObject({ severity: 'warning', ruleId: 'unreadable-clause', line: 1 });
    expect(uncodified(measure)[0]!.body).toContain('Some text.');
    expect(uncodified(measure)[0]!.heading).toContain('LXXXXX');
  });

  it('reads "… amended and renumbered to read:" with the new number from the restated label, or says it is missing', () => {
    const clause = 'SEC. 2. Section 4 of Article X of the California Constitution is amended and renumbered to read:';
    const good = run([
      clause,
      'SEC. 3. No [begin deletion]individual[end deletion] [begin insertion]person[end insertion] may exclude it.',
    ]);
    expect(amendments(good.measure)).toMatchObject([
      {
        op: 'renumber',
        target: 'art-X/sec-4',
        to: 'art-X/sec-3',
        base: 'No individual may exclude it.',
        proposed: 'No person may exclude it.',
      },
    ]);
    const bad = run([
      clause,
      'No [begin deletion]individual[end deletion] [begin insertion]person[end insertion] may exclude it.',
    ]);
    expect(bad.messages).toMatchObject([{ severity: 'error', ruleId: 'missing-destination', line: 1 }]);
  });

  it('takes the title from --title, the title line or the Title section', () => {
    const body = ['SECTION 1. Title. This measure shall be known and may be cited as the “Water Act”.'];
    expect(run(body).measure.meta.title).toBe('Water Act');
    expect(run(['The Line Title', ...body]).measure.meta.title).toBe('The Line Title');
    expect(run(body, { title: 'Given' }).measure.meta.title).toBe('Given');
  });

  it('keeps text before SECTION 1 as a front matter comment, with a warning', () => {
    const { measure, messages, source } = run([
      'A Title',
      'The Attorney General has prepared the following circulating title and summary of the chief purpose and points of the proposed measure: it does many things.',
      'SECTION 1. Title.',
    ]);
    expect(messages).toMatchObject([{ ruleId: 'text-before-sections', line: 3 }]);
    expect(source).toContain('# The Attorney General has prepared the following circulating title');
    expect(measure.messages.filter((message) => message.severity === 'error')).toEqual([]);
  });

  it('reports a text with no sections, and a provision changed twice', () => {
    const letter = importMeasure('Just a letter.\n\nDear Sir, please file the enclosed measure.').messages;
    expect(letter.find((message) => message.severity === 'error')).toMatchObject({ ruleId: 'no-sections', line: 1 });
    const twice = run([
      'SECTION 1. Section 1 of Article III of the California Constitution is repealed.',
      'SEC. 1. Text.',
      'SEC. 2. Section 1 of Article III of the California Constitution is repealed.',
      'SEC. 1. Text.',
    ]);
    expect(twice.messages).toMatchObject([{ severity: 'error', ruleId: 'duplicate-target', line: 5 }]);
  });

  it('writes placeholders a later lint names, and reads CRLF text with a BOM', () => {
    const imported = importMeasure('\uFEFFFreedom Act\r\n\r\nSECTION 1. Title.\r\n', {});
    const measure = parseMeasure(imported.source);
    expect(measure.meta).toMatchObject({
      title: 'Freedom Act',
      proponents: [],
      base: { edition: 'unknown (imported without --base)', sha256: '0'.repeat(64) },
      revision: { label: 'Imported' },
    });
    expect(imported.source).toContain('# base: placeholder values');
    expect(measure.messages).toEqual([]);
  });

  it('writes a Markdown part heading inside a body one level down, so it cannot start a part', () => {
    const imported = importMeasure('# Act\n\n### SECTION 1. Findings\n\nText.\n\n## Subheading\n\nMore.\n', {});
    const measure = parseMeasure(imported.source);
    expect(uncodified(measure)).toMatchObject([{ heading: 'Findings', body: 'Text.\n\n### Subheading\n\nMore.' }]);
  });
});
