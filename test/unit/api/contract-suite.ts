/**
 * The contract tests: every StudioApi method, called through a client over some transport against
 * the real Node service. Run over the in-process transport (contract.test.ts) and over HTTP to the
 * web host (test/unit/node/web-host.test.ts), so both wires are held to the same behaviour.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudioClient } from '../../../src/api/client';
import type { StudioEvent, StudioMethod } from '../../../src/api/contract';
import { STUDIO_METHODS } from '../../../src/api/contract';
import { parseMeasure } from '../../../src/measure/parse-measure';
import type { Result } from '../../../src/shared/result';
import type { StudioError } from '../../../src/shared/studio-error';
import { ChromiumPrinter } from '../../../src/node/printer/chromium-printer';
import { WEB_HOST_ADAPTER } from '../../../src/node/host-adapter';
import { createStudioService, type RunningStudioService } from '../../../src/node/studio-service';

export const EXAMPLES_FOLDER = resolve(import.meta.dirname, '../../../resources/examples');
const EXCERPT = readFileSync(join(EXAMPLES_FOLDER, 'article-iii-excerpt.md'), 'utf8');
const sha = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** A service over a fresh data folder, with the web adapter and a Chromium printer. */
export async function newTestService(): Promise<{
  service: RunningStudioService;
  printer: ChromiumPrinter;
  dataFolder: string;
}> {
  const dataFolder = mkdtempSync(join(tmpdir(), 'amend-service-data-'));
  const printer = new ChromiumPrinter();
  const service = await createStudioService({
    host: WEB_HOST_ADAPTER,
    dataFolder,
    examplesFolder: EXAMPLES_FOLDER,
    version: '0.0.0-test',
    printer: () => printer,
  });
  return { service, printer, dataFolder };
}

export interface ContractHarness {
  readonly client: StudioClient;
  readonly dataFolder: string;
  close(): Promise<void>;
}

function value<T>(result: Result<T, StudioError>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
function failure<T>(result: Result<T, StudioError>): StudioError {
  if (result.ok) throw new Error('expected an error Result');
  return result.error;
}

/** Events received, and a way to wait for one. */
function recordEvents(client: StudioClient): {
  events: StudioEvent[];
  next(match: (event: StudioEvent) => boolean): Promise<StudioEvent>;
  stop(): void;
} {
  const events: StudioEvent[] = [];
  const waiters: { match: (event: StudioEvent) => boolean; resolve: (event: StudioEvent) => void }[] = [];
  const controller = new AbortController();
  client.onEvent(
    (event) => {
      events.push(event);
      for (const waiter of [...waiters]) {
        if (waiter.match(event)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(event);
        }
      }
    },
    { signal: controller.signal },
  );
  return {
    events,
    next: (match) => {
      const seen = events.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolveEvent, reject) => {
        waiters.push({ match, resolve: resolveEvent });
        setTimeout(() => reject(new Error('timed out waiting for an event')), 10_000);
      });
    },
    stop: () => controller.abort(),
  };
}

/** Define the contract tests for a harness made by `setUp`. */
export function defineContractSuite(label: string, setUp: () => Promise<ContractHarness>): void {
  describe(`StudioApi contract over ${label}`, () => {
    let harness: ContractHarness;
    let client: StudioClient;
    let work: string;
    const called = new Set<StudioMethod>();
    const track = <T>(
      method: StudioMethod,
      result: Promise<Result<T, StudioError>>,
    ): Promise<Result<T, StudioError>> => {
      called.add(method);
      return result;
    };

    beforeAll(async () => {
      harness = await setUp();
      client = harness.client;
      work = mkdtempSync(join(tmpdir(), 'amend-contract-work-'));
    });
    afterAll(async () => {
      await harness.close();
      // Every method of the contract was exercised by the tests above.
      expect([...called].sort()).toEqual([...STUDIO_METHODS].sort());
    });

    it('getAppInfo describes the host', async () => {
      const info = value(await track('getAppInfo', client.getAppInfo({})));
      expect(info).toMatchObject({ name: 'Amendment Studio', host: 'web', dataFolder: harness.dataFolder });
      expect(info.autosaveIntervalMs).toBeGreaterThan(0);
    });

    it('imports, lists, reads and removes editions', async () => {
      expect(value(await track('listEditions', client.listEditions({}))).editions).toEqual([]);
      const imported = value(
        await track('importEdition', client.importEdition({ fileName: 'excerpt.md', content: EXCERPT })),
      );
      expect(imported.edition).toMatchObject({
        id: 'california-constitution-2011-excerpt',
        importedFrom: 'excerpt.md',
        sha256: sha(EXCERPT),
        articles: 1,
      });
      const again = value(await client.importEdition({ fileName: 'copy.md', content: EXCERPT }));
      expect(again.edition.id).toBe(imported.edition.id);
      expect(value(await client.listEditions({})).editions.map((edition) => edition.id)).toEqual([imported.edition.id]);
      const read = value(await track('readEdition', client.readEdition({ id: imported.edition.id })));
      expect(read.source).toBe(EXCERPT);

      const path = join(work, 'other.md');
      writeFileSync(
        path,
        EXCERPT.replace('excerpt)', 'excerpt, copy)').replace(
          'edition: california-constitution-2011-excerpt',
          'edition: other-copy',
        ),
      );
      const byPath = value(await client.importEdition({ path }));
      expect(byPath.edition.id).toBe('other-copy');
      expect(value(await track('removeEdition', client.removeEdition({ id: 'other-copy' })))).toEqual({
        removed: true,
      });
      expect(value(await client.removeEdition({ id: 'other-copy' }))).toEqual({ removed: false });
      expect(failure(await client.readEdition({ id: 'other-copy' })).code).toBe('not-found');
    });

    it('refuses an upload that is not a constitution', async () => {
      const error = failure(await client.importEdition({ fileName: 'notes.md', content: '# Shopping\n\n- milk\n' }));
      expect(error).toMatchObject({ code: 'parse-error', file: 'notes.md' });
    });

    it('creates, saves, reopens and conflict-checks a measure', async () => {
      const [edition] = value(await client.listEditions({})).editions;
      const created = value(
        await track(
          'newMeasure',
          client.newMeasure({ title: 'The "Test" Act', kind: 'constitutional amendment', baseEdition: edition!.id }),
        ),
      );
      expect(created).toMatchObject({ path: null, sha256: null, fileName: 'the-test-act.measure.md' });
      const parsed = parseMeasure(created.source);
      expect(parsed.messages.filter((message) => message.severity === 'error')).toEqual([]);
      expect(parsed.meta).toMatchObject({
        title: 'The "Test" Act',
        base: { edition: edition!.id, sha256: edition!.sha256 },
      });

      const path = join(work, created.fileName);
      const saved = value(
        await track('saveMeasureAs', client.saveMeasureAs({ path, source: created.source, overwrite: false })),
      );
      expect(saved).toMatchObject({ path, sha256: sha(created.source), backupPath: null });
      expect(failure(await client.saveMeasureAs({ path, source: 'x', overwrite: false })).code).toBe('already-exists');

      const opened = value(await track('openMeasure', client.openMeasure({ path })));
      expect(opened).toMatchObject({ path, source: created.source, sha256: saved.sha256 });
      const edited = `${opened.source}\nMore.\n`;
      const resaved = value(
        await track('saveMeasure', client.saveMeasure({ path, source: edited, expectedSha256: opened.sha256 })),
      );
      expect(resaved.backupPath).toBe(`${path}.bak`);

      writeFileSync(path, edited.replace('More.', 'Mine'));
      const conflict = failure(await client.saveMeasure({ path, source: 'lost?', expectedSha256: resaved.sha256 }));
      expect(conflict.code).toBe('conflict');
      expect(conflict.conflict).toEqual({ expectedSha256: resaved.sha256, actualSha256: sha(readFileSync(path)) });

      const recent = value(await track('listRecentFiles', client.listRecentFiles({})));
      expect(recent.files[0]?.path).toBe(path);
    });

    it('takes a browser upload without touching the disk', async () => {
      const opened = value(await client.openMeasure({ fileName: 'draft.measure.md', content: '\uFEFFa\r\n' }));
      expect(opened).toEqual({
        path: null,
        fileName: 'draft.measure.md',
        source: '\uFEFFa\r\n',
        sha256: null,
        bytes: 6,
      });
    });

    it('refuses paths outside the documents it works with', async () => {
      expect(failure(await client.openMeasure({ path: '/etc/passwd' })).code).toBe('invalid-request');
      expect(failure(await client.openMeasure({ path: 'relative.md' })).code).toBe('invalid-request');
      expect(failure(await client.saveMeasureAs({ path: join(work, 'x.sh'), source: 'x', overwrite: true })).code).toBe(
        'invalid-request',
      );
    });

    it('tells the UI when a watched file changes on disk (by content)', async () => {
      const path = join(work, 'watched.md');
      writeFileSync(path, 'one');
      const recorder = recordEvents(client);
      try {
        expect(value(await track('watchFile', client.watchFile({ path, sha256: sha('one') })))).toEqual({
          watching: true,
        });
        writeFileSync(path, 'two');
        const event = await recorder.next((candidate) => candidate.type === 'file-changed');
        expect(event).toEqual({ type: 'file-changed', path, sha256: sha('two') });
        expect(value(await track('unwatchFile', client.unwatchFile({ path })))).toEqual({ watching: false });
      } finally {
        recorder.stop();
      }
    });

    it('lists and reads the bundled examples as unsaved copies', async () => {
      const examples = value(await track('listExamples', client.listExamples({}))).examples;
      const calexit = examples.find((example) => example.name === 'calexit-2017-revised.measure.md');
      expect(calexit?.title).toBe('California Freedom Act');
      const example = value(
        await track('readExample', client.readExample({ name: 'calexit-2017-revised.measure.md' })),
      );
      expect(example).toMatchObject({ path: null, sha256: null, fileName: 'calexit-2017-revised.measure.md' });
      expect(failure(await client.readExample({ name: 'nope.measure.md' })).code).toBe('not-found');
    });

    it('keeps, lists, reads and discards recovery data', async () => {
      const saved = value(
        await track('saveRecovery', client.saveRecovery({ key: 'untitled:contract', content: 'unsaved é' })),
      );
      expect(saved.item).toMatchObject({ key: 'untitled:contract', path: null, bytes: 10 });
      expect(value(await track('listRecovery', client.listRecovery({}))).items.map((item) => item.key)).toContain(
        'untitled:contract',
      );
      expect(value(await track('readRecovery', client.readRecovery({ key: 'untitled:contract' }))).content).toBe(
        'unsaved é',
      );
      expect(value(await track('discardRecovery', client.discardRecovery({ key: 'untitled:contract' })))).toEqual({
        discarded: true,
      });
      expect(failure(await client.readRecovery({ key: 'untitled:contract' })).code).toBe('not-found');
    });

    it('exports a measure and reports progress', async () => {
      const example = value(await client.readExample({ name: 'calexit-2017-revised.measure.md' }));
      const recorder = recordEvents(client);
      try {
        const outputPath = join(work, 'calexit.md');
        const exported = value(
          await track(
            'exportMeasure',
            client.exportMeasure({ source: example.source, format: 'markdown', outputPath, jobId: 'job-md' }),
          ),
        );
        expect(exported.outputPath).toBe(outputPath);
        expect(exported.files).toEqual([
          { path: outputPath, sha256: sha(readFileSync(outputPath)), bytes: readFileSync(outputPath).length },
        ]);
        expect(readFileSync(outputPath, 'utf8')).toContain('California Freedom Act');
        const progress = await recorder.next(
          (event) => event.type === 'export-progress' && event.completed === event.total,
        );
        expect(progress).toMatchObject({ type: 'export-progress', jobId: 'job-md' });
      } finally {
        recorder.stop();
      }
      expect(
        failure(await client.exportMeasure({ source: example.source, format: 'pdf', outputPath: join(work, 'x.docx') }))
          .code,
      ).toBe('invalid-request');
    });

    it('prints the measure and the filing packet to PDF with the host printer', async () => {
      const example = value(await client.readExample({ name: 'calexit-2017-revised.measure.md' }));
      const pdfPath = join(work, 'calexit.pdf');
      value(await client.exportMeasure({ source: example.source, format: 'pdf', outputPath: pdfPath }));
      expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
      const packetPath = join(work, 'packet.pdf');
      const packet = value(
        await track(
          'exportPacket',
          client.exportPacket({ source: example.source, outputPath: packetPath, date: '2026-11-25' }),
        ),
      );
      expect(packet.outputPath).toBe(packetPath);
      expect(readFileSync(packetPath).subarray(0, 5).toString()).toBe('%PDF-');
      const folder = join(work, 'packets', 'rev-2');
      const intoFolder = value(
        await client.exportPacket({ source: example.source, outputPath: folder, date: '2026-11-25' }),
      );
      expect(intoFolder.files.map((file) => file.path)).toEqual([join(folder, 'california-freedom-act-packet.pdf')]);
    });

    it('answers dialogs and reveal with the web host’s page-based branch', async () => {
      expect(value(await track('openFileDialog', client.openFileDialog({ purpose: 'measure' })))).toEqual({
        kind: 'browser',
      });
      expect(
        value(await track('saveFileDialog', client.saveFileDialog({ purpose: 'pdf', suggestedName: 'a.pdf' }))),
      ).toEqual({
        kind: 'browser',
      });
      expect(value(await track('showInFolder', client.showInFolder({ path: join(work, 'a.pdf') })))).toEqual({
        folder: work,
        revealed: false,
      });
      // The web host cannot open the user's browser: it checks the link and the page asks and opens it.
      expect(
        value(await track('openExternalLink', client.openExternalLink({ url: 'https://www.sos.ca.gov/' }))),
      ).toEqual({
        outcome: 'confirm-in-page',
        link: { href: 'https://www.sos.ca.gov/', protocol: 'https:', destination: 'www.sos.ca.gov', warnings: [] },
      });
      expect(failure(await client.openExternalLink({ url: 'javascript:alert(1)' })).code).toBe('invalid-request');
    });

    it('refuses bad payloads with invalid-request through the wire', async () => {
      const error = failure(await client.saveMeasure({ path: join(work, 'a.md'), source: 'x' } as never));
      expect(error.code).toBe('invalid-request');
      expect(error.message).toContain('expectedSha256');
      expect(existsSync(join(work, 'a.md'))).toBe(false);
    });
  });
}
