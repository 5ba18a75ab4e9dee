import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STUDIO_METHODS, MAX_DOCUMENT_BYTES } from '../../../src/api/contract';
import { parseStudioEvent, validateRequest } from '../../../src/api/validate-request';
import { SAMPLE_REQUESTS } from './sample-requests';

describe('validateRequest', () => {
  it.each(STUDIO_METHODS)('accepts a well-formed %s request', (method) => {
    const result = validateRequest(method, SAMPLE_REQUESTS[method]);
    expect(result).toEqual({ ok: true, value: SAMPLE_REQUESTS[method] });
  });

  it.each(STUDIO_METHODS)('refuses non-object, null and extra-key payloads for %s', (method) => {
    for (const bad of [undefined, null, 42, 'x', [], { ...SAMPLE_REQUESTS[method], unexpected: 1 }]) {
      const result = validateRequest(method, bad);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-request');
        expect(result.error.message).toContain(method);
      }
    }
  });

  it('names the offending field', () => {
    const result = validateRequest('saveMeasure', { path: '/tmp/a.md', source: 'x', expectedSha256: 'nope' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/expectedSha256: must be a lower-case hex SHA-256/);
  });

  it.each([
    ['openMeasure', { path: '' }],
    ['openMeasure', { path: 'a\u0000b' }],
    ['importEdition', { fileName: '../etc/passwd', content: 'x' }],
    ['readExample', { name: '../../secret' }],
    ['readEdition', { id: '../x' }],
    ['exportMeasure', { source: 'x', format: 'exe', outputPath: '/tmp/x' }],
    ['saveMeasureAs', { path: '/tmp/x', source: 'x', overwrite: 'yes' }],
    ['newMeasure', { title: '   ', kind: 'statute', baseEdition: 'ca-1' }],
    ['saveRecovery', { key: 'k', content: 'x'.repeat(MAX_DOCUMENT_BYTES + 1) }],
  ] as const)('refuses a bad %s payload %#', (method, payload) => {
    const result = validateRequest(method, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-request');
  });

  it('never throws and only ever answers ok or invalid-request, whatever arrives', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STUDIO_METHODS), fc.anything(), (method, payload) => {
        const result = validateRequest(method, payload);
        if (!result.ok) expect(result.error.code).toBe('invalid-request');
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('parseStudioEvent', () => {
  it('accepts each event type', () => {
    const events = [
      { type: 'menu-command', command: 'save' },
      { type: 'file-changed', path: '/tmp/a', sha256: null },
      { type: 'export-progress', jobId: 'j', stage: 'Printing PDF', completed: 1, total: 3 },
      { type: 'recovery-available', items: [] },
      { type: 'open-file', path: '/tmp/a.measure.md' },
    ];
    for (const event of events) expect(parseStudioEvent(event)).toEqual(event);
  });

  it('drops malformed events', () => {
    for (const bad of [null, {}, { type: 'menu-command', command: 'rm -rf' }, { type: 'other' }]) {
      expect(parseStudioEvent(bad)).toBeUndefined();
    }
  });
});
