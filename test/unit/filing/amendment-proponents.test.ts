/**
 * Amendment mode (EC 9002(b)(1)): the request is signed by all the proponents of the measure as
 * filed, whatever proponent list the amended measure carries; a different list is a warning naming
 * who is missing and who was added. The redline sent with it shows the measure's title and text,
 * never the internal front matter.
 */
import { describe, expect, it } from 'vitest';
import { preparePacket } from '../../../src/filing/packet';
import { renderPrintHtml } from '../../../src/render/print-html';
import type { PrintBlock, PrintDocument } from '../../../src/render/print-types';
import { measureSource, PARTNER_2017, REVISED_2017 } from './examples';

function texts(document: Omit<PrintDocument, 'fonts'>): string[] {
  const of = (block: PrintBlock): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [block.text];
      case 'lines':
        return [...block.lines];
      case 'list':
        return [...block.items];
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

/** Filed by Alex Example and Riley Placeholder; the amended text names Alex Example and Jordan Sample. */
function partnerAmendment(): ReturnType<typeof preparePacket> {
  return preparePacket({
    measure: measureSource(REVISED_2017),
    date: '2017-04-20',
    amendment: { filed: measureSource(PARTNER_2017), fileNumber: '17-0005' },
  });
}

describe('amendment packet when the amended measure names other proponents than the filed one', () => {
  const prepared = partnerAmendment();
  if (!prepared.ok) throw new Error(prepared.error.message);
  const packet = prepared.value;
  const all = texts(packet.document);
  const letter = packet.document.sections[0]!;
  const requests = packet.document.sections.filter((section) => section.role === 'statement');

  it('has every proponent of the filed measure sign the letter and a request, in the filed order', () => {
    const signatures = letter.blocks.find((block) => block.type === 'signatures');
    expect(signatures?.type === 'signatures' && signatures.signatures.map((lines) => lines[0])).toEqual([
      'Alex Example',
      'Riley Placeholder',
    ]);
    expect(requests.map((section) => section.blocks[0]!.type === 'heading' && section.blocks[0]!.text)).toEqual([
      'Request of Proponent Alex Example (Elections Code section 9002(b)(1))',
      'Request of Proponent Riley Placeholder (Elections Code section 9002(b)(1))',
    ]);
    expect(all.some((text) => text.startsWith('I, Riley Placeholder, a proponent of the proposed initiative'))).toBe(
      true,
    );
  });

  it('does not have someone who did not file the measure sign as its proponent', () => {
    expect(all.some((text) => text.startsWith('I, Jordan Sample, a proponent'))).toBe(false);
    const signatures = letter.blocks.find((block) => block.type === 'signatures');
    expect(JSON.stringify(signatures)).not.toContain('Jordan Sample');
  });

  it('names the filed measure by its filed title and the amended title where it changed', () => {
    const body = all.find((text) => text.startsWith('Pursuant to Elections Code section 9002(b)'))!;
    expect(body).toContain('we, all of the proponents of the proposed initiative measure “California Nationhood Act”');
    expect(body).toContain('“California Freedom Act”');
  });

  it('warns, naming who is missing, who was added and what EC 9002(b)(1) requires', () => {
    expect(packet.notes).toHaveLength(1);
    const warning = packet.notes[0]!;
    expect(warning).toContain('Riley Placeholder');
    expect(warning).toContain('Jordan Sample');
    expect(warning).toMatch(/missing from the amended measure/);
    expect(warning).toContain('signed request by all the proponents');
    expect(warning).toContain('9002(b)(1)');
  });

  it('repeats the warning on the notes page, out of the filing', () => {
    const notes = packet.document.sections.at(-1)!;
    expect(notes.role).toBe('notice');
    expect(JSON.stringify(notes.blocks)).toContain('Jordan Sample');
  });

  it('keeps internal front matter (revision labels, notes, unknown keys) out of the redline', () => {
    const html = renderPrintHtml(packet.document);
    const report = html.slice(html.indexOf('class="comparison"'), html.indexOf('section-notice'));
    expect(report).not.toContain('Front matter');
    expect(report).not.toContain('Fictional proponents');
    expect(report).not.toContain('organization');
    expect(report).not.toContain('Rev. 2b');
    expect(report).toContain('California Nationhood Act');
    expect(report).toContain('California Freedom Act');
  });
});

describe('amendment packet when the proponents are the same', () => {
  it('gives no warning', () => {
    const prepared = preparePacket({
      measure: measureSource(REVISED_2017),
      date: '2017-04-20',
      amendment: { filed: measureSource(REVISED_2017) },
    });
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.value.notes).toEqual([]);
  });
});
