import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePacket } from '../../../src/filing/packet';
import { UNVERIFIED_RULES_NOTICE } from '../../../src/filing/packet-notes';
import { certification9001, statement9608 } from '../../../src/filing/statements';
import type { PrintBlock, PrintDocument } from '../../../src/render/print-types';
import { renderPrintHtml } from '../../../src/render/print-html';
import { EXCERPT_EDITION, FILING_FIXTURES, measureSource, REPEAL_2016, REVISED_2017 } from './examples';

/** Every sentence a packet prints, in order (measure blocks excluded). */
function texts(document: Omit<PrintDocument, 'fonts'>): string[] {
  const of = (block: PrintBlock): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [block.text];
      case 'lines':
      case 'list':
        return 'lines' in block ? [...block.lines] : [...block.items];
      case 'signature':
        return [...block.captions];
      case 'signatures':
        return block.signatures.flat();
      default:
        return [];
    }
  };
  return document.sections.flatMap((section) => section.blocks.flatMap(of));
}

describe('preparePacket (initial filing)', () => {
  const prepared = preparePacket({ measure: measureSource(REVISED_2017), date: '2017-04-14' });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const packet = prepared.value;
  const all = texts(packet.document);

  it('starts with the request letter citing Article II, Section 10(d) and naming what the measure amends', () => {
    expect(packet.document.sections[0]!.role).toBe('letter');
    expect(all).toContain(
      'Pursuant to Article II, Section 10(d) of the California Constitution, we respectfully request that the Attorney General prepare a circulating title and summary of the chief purpose and points of the enclosed proposed statewide initiative measure, “California Freedom Act”, which amends Section 1 of Article III of the California Constitution.',
    );
    expect(all).toContain('Sacramento, California 95814-2919');
  });

  it('prints the fee from the dated table ($2,000 in 2017, $200 in 2015)', () => {
    expect(all.some((text) => text.includes('in the amount of $2,000'))).toBe(true);
    const earlier = preparePacket({ measure: measureSource(REVISED_2017), date: '2015-07-20' });
    expect(earlier.ok && texts(earlier.value.document).some((text) => text.includes('in the amount of $200,'))).toBe(
      true,
    );
  });

  it('gives every proponent a signature block and both statutory statements verbatim', () => {
    for (const [name, county] of [
      ['Alex Example', 'San Diego'],
      ['Jordan Sample', 'Los Angeles'],
    ] as const) {
      expect(all).toContain(certification9001(name, county));
      expect(all).toContain(statement9608(name));
      expect(
        packet.document.sections[0]!.blocks.some(
          (block) => block.type === 'signatures' && block.signatures.some((lines) => lines[0] === name),
        ),
      ).toBe(true);
    }
    expect(all.filter((text) => text === 'Dated this ________ day of __________, 20___')).toHaveLength(2);
  });

  it('orders letter, statements, measure, notes, and says the rules were not verified (outside the statements)', () => {
    expect(packet.document.sections.map((section) => section.role)).toEqual([
      'letter',
      'statement',
      'statement',
      'measure',
      'notice',
    ]);
    const notice = packet.document.sections.at(-1)!;
    expect(notice.blocks.some((block) => block.type === 'paragraph' && block.text === UNVERIFIED_RULES_NOTICE)).toBe(
      true,
    );
    for (const section of packet.document.sections.slice(0, -1)) {
      expect(JSON.stringify(section)).not.toContain('not been verified');
    }
  });

  it('dates the PDF from the revision and records the full SHA-256', () => {
    expect(packet.metadata.date).toBe('2017-04-14');
    expect(packet.metadata.sha256).toBe(measureSource(REVISED_2017).sha256);
    expect(packet.document.fingerprint.sha256).toBe(measureSource(REVISED_2017).sha256);
  });
});

describe('preparePacket refuses incomplete or stale input', () => {
  it('names the proponent and the field when the county is missing', () => {
    const result = preparePacket({
      measure: measureSource(resolve(FILING_FIXTURES, 'missing-county.measure.md')),
      date: '2017-04-14',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('missing-field');
      expect(result.error.message).toContain('"Jordan Sample"');
      expect(result.error.message).toContain('county');
      expect(result.error.file).toBe('test/fixtures/filing/missing-county.measure.md');
    }
  });

  it('names the proponent when no contact information is given', () => {
    const result = preparePacket({
      measure: measureSource(resolve(FILING_FIXTURES, 'missing-contact.measure.md')),
      date: '2017-04-14',
    });
    expect(!result.ok && result.error.code).toBe('missing-field');
    expect(!result.ok && result.error.message).toMatch(/proponent "Jordan Sample" has no contact information/);
  });

  it('accepts the edition the measure was drafted against and refuses one whose text changed', () => {
    const edition = readFileSync(EXCERPT_EDITION, 'utf8');
    expect(
      preparePacket({ measure: measureSource(REVISED_2017), date: '2017-04-14', base: { source: edition } }).ok,
    ).toBe(true);
    const changed = edition.replace('an inseparable part', 'a separable part');
    const stale = preparePacket({
      measure: measureSource(REVISED_2017),
      date: '2017-04-14',
      base: { source: changed, path: 'edition.md' },
    });
    expect(!stale.ok && stale.error.code).toBe('stale-base');
    expect(!stale.ok && stale.error.message).toContain('Amend Article III, Section 1');
  });

  it('refuses a letter date that is not a date', () => {
    const result = preparePacket({ measure: measureSource(REVISED_2017), date: '2017-13-01' });
    expect(!result.ok && result.error.code).toBe('invalid-request');
  });
});

describe('hostile proponent data', () => {
  it('prints a name with <script> as text in the letter and statements', () => {
    const prepared = preparePacket({
      measure: measureSource(resolve(FILING_FIXTURES, 'hostile.measure.md')),
      date: '2017-04-14',
    });
    if (!prepared.ok) throw new Error(prepared.error.message);
    const html = renderPrintHtml(prepared.value.document);
    // No real tag of those kinds, and no event-handler attribute on any real tag.
    expect(html).not.toMatch(/<(script|iframe|b|img)[\s>]/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<[^>]*\son\w+=/);
    expect(html).toContain('Alex &#x3C;script>alert(1)&#x3C;/script> Example');
    expect(html).toContain('&#x3C;iframe src="https://attacker.example/">&#x3C;/iframe>');
  });
});

describe('preparePacket (amendment mode, EC 9002(b))', () => {
  const prepared = preparePacket({
    measure: measureSource(REVISED_2017),
    date: '2016-12-22',
    amendment: { filed: measureSource(REPEAL_2016), fileNumber: '16-0011' },
  });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const packet = prepared.value;
  const all = texts(packet.document);

  // Filed by Alex Example alone; the amended draft adds Jordan Sample, who did not file it (a warning).
  it('orders letter, one request per proponent of the filed measure, the amended text, the redline, notes', () => {
    expect(packet.document.sections.map((section) => section.role)).toEqual([
      'letter',
      'statement',
      'measure',
      'report',
      'notice',
    ]);
  });

  it('cites EC 9002(b) and the reasonably-germane rule in the letter', () => {
    expect(
      all.some((text) => text.startsWith('Pursuant to Elections Code section 9002(b), I, the sole proponent')),
    ).toBe(true);
    expect(all).toContain(
      'The amendments are reasonably germane to the theme, purpose, or subject of the initiative measure as originally proposed.',
    );
    expect(all.some((text) => text.includes('(A.G. File No. 16-0011)'))).toBe(true);
  });

  it('identifies the filed text by its date, not by the campaign revision label', () => {
    const letter = all.find((text) => text.startsWith('Pursuant to Elections Code section 9002(b)'))!;
    expect(letter).toContain('amendments to the measure as filed, dated November 21, 2016, and request');
    expect(letter).not.toContain('Rev. 1');
  });

  it('has each proponent of the filed measure sign a request for a title and summary of the amended language', () => {
    expect(all.some((text) => text.startsWith('I, Alex Example, a proponent of the proposed initiative measure'))).toBe(
      true,
    );
    expect(all.some((text) => text.startsWith('I, Jordan Sample'))).toBe(false);
    expect(packet.notes.join(' ')).toContain('Jordan Sample is named in the amended measure but did not file');
    // No fee and no EC 9608 statement: those were filed with the original measure.
    expect(all.some((text) => text.includes('$2,000'))).toBe(false);
  });

  it('redlines against the as-filed measure (revision layer), never mixing in the constitution redline', () => {
    const report = packet.document.sections[3]!.blocks[0]!;
    expect(report.type).toBe('comparison');
    if (report.type === 'comparison') {
      expect(report.comparison.from.label).toBe('Measure as filed');
      expect(report.comparison.to.label).toBe('Measure as amended');
    }
    const html = renderPrintHtml(packet.document);
    const reportHtml = html.slice(html.indexOf('class="comparison"'));
    expect(reportHtml).toContain('<del class="revision">Independence</del>');
    expect(reportHtml.slice(0, reportHtml.indexOf('section-notice'))).not.toContain('[begin deletion]');
  });
});

describe('a measure with the template prompts left in', () => {
  it('is refused, naming the prompt and its line, so the prompt is never printed as filed text', () => {
    const source = readFileSync(REVISED_2017, 'utf8').replace(
      /(## Purpose and Intent\n\n)/,
      '$1[State the purpose of this measure.]\n\n',
    );
    const prepared = preparePacket({ measure: { source, path: 'draft.measure.md' }, date: '2017-04-14' });
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.error).toMatchObject({
      code: 'invalid-measure',
      message: 'template text left in the measure: “[State the purpose of this measure.]”',
      file: 'draft.measure.md',
      line: source.split('\n').indexOf('[State the purpose of this measure.]') + 1,
    });
  });
});
