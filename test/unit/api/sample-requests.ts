/**
 * One valid request per StudioApi method (typed, so the table breaks when the contract changes).
 * Used by the validation tests and as the starting point of the contract round trips.
 */
import type { StudioMethod, StudioRequest } from '../../../src/api/contract';

const HASH = 'a'.repeat(64);

export const SAMPLE_REQUESTS: { readonly [M in StudioMethod]: StudioRequest<M> } = {
  listEditions: {},
  importEdition: { fileName: 'constitution.md', content: '# Constitution\n' },
  readEdition: { id: 'constitution-1a2b3c4d' },
  removeEdition: { id: 'constitution-1a2b3c4d' },
  newMeasure: { title: 'The Calexit Act', kind: 'constitutional amendment', baseEdition: 'constitution-1a2b3c4d' },
  openMeasure: { path: '/tmp/draft.measure.md' },
  saveMeasure: { path: '/tmp/draft.measure.md', source: 'text', expectedSha256: HASH },
  saveMeasureAs: { path: '/tmp/copy.measure.md', source: 'text', overwrite: false },
  listRecentFiles: {},
  watchFile: { path: '/tmp/draft.measure.md', sha256: null },
  unwatchFile: { path: '/tmp/draft.measure.md' },
  listExamples: {},
  readExample: { name: 'calexit.measure.md' },
  saveRecovery: { key: 'untitled:1', content: 'unsaved', fileName: 'Untitled.measure.md', baseSha256: null },
  listRecovery: {},
  readRecovery: { key: 'untitled:1' },
  discardRecovery: { key: 'untitled:1' },
  exportMeasure: { source: 'text', format: 'pdf', outputPath: '/tmp/out.pdf', jobId: 'job-1' },
  exportPacket: { source: 'text', outputPath: '/tmp/packet.pdf', date: '2026-11-25', jobId: 'job-2' },
  showInFolder: { path: '/tmp/out.pdf' },
  openFileDialog: { purpose: 'measure' },
  saveFileDialog: { purpose: 'pdf', suggestedName: 'measure.pdf' },
  openExternalLink: { url: 'https://www.sos.ca.gov/elections/ballot-measures' },
  getAppInfo: {},
};
