/**
 * The typed API between the UI and its host: ONE interface (`StudioApi`) and ONE list of its method
 * names (`STUDIO_METHODS`). Everything else is derived from these two:
 * - the Electron preload loops over STUDIO_METHODS to expose `window.studio` (electron/preload.ts);
 * - the IPC handlers loop over it to register `studio:<method>` (electron/ipc.ts);
 * - the local web host serves `POST /api/<method>` for each (src/node/web-host.ts);
 * - the renderer's client is `createStudioClient(transport)` (src/api/client.ts).
 *
 * Rules of the wire:
 * - every method takes exactly one plain-JSON request object (`{}` when there is nothing to say) and
 *   resolves to `Result<Response, StudioError>`: errors are data, never thrown across the boundary;
 * - every request is validated on arrival (src/api/validate-request.ts) and refused with
 *   `invalid-request` when it does not match;
 * - paths are strings, file contents travel as strings (exact text: BOM and line endings kept);
 * - host → UI events (menus, file changed on disk, export progress, recovery) arrive through ONE
 *   subscription: `client.onEvent(listener, { signal })`.
 *
 * HTTP wire (web host): `POST /api/<method>` with a JSON body and the session token in the
 * `X-Amend-Token` header; events are Server-Sent Events on `GET /api/events` (token in the header, or
 * `?token=` for EventSource, which cannot set headers). IPC wire (Electron): `ipcRenderer.invoke`
 * on `studio:<method>`; events on the one channel `studio:event`.
 */
import type { ParseMessage } from '../constitution/types';
import type { MeasureKind } from '../measure/types';
import type { ExternalLink } from '../shared/external-link';
import type { Result } from '../shared/result';
import type { StudioError } from '../shared/studio-error';

// ---------------------------------------------------------------------------------------------
// Limits shared by every host and the client.

/**
 * Largest text file the host reads or writes. The 2011 constitution is about 0.4 MB; 32 MiB is ~80×
 * that, and anything bigger is not a drafting text (and would stall the editor). It is above the
 * 20 MB the crash-safety tests save (issue 7), so those go through the real save path.
 */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/**
 * Recommended autosave-to-recovery interval for unsaved work. A crash or kill -9 loses at most this
 * much typing; 2 s is VS Code's hot-exit backup delay order of magnitude and costs one small atomic
 * write per interval only while the document is dirty.
 */
export const AUTOSAVE_INTERVAL_MS = 2_000;

// ---------------------------------------------------------------------------------------------
// Shared shapes.

export type HostKind = 'electron' | 'web';

/** How an imported edition's text arrived. */
export type EditionSourceFormat = 'canonical-markdown' | 'markdown-2011' | 'leginfo-text';

/** One constitution edition in the app's library (its canonical Markdown lives in the data folder). */
export interface EditionSummary {
  /** Stable id derived from the title and the text's hash, e.g. `constitution-of-the-state-of-california-1a2b3c4d`. */
  readonly id: string;
  readonly title: string;
  /** The file name it was imported from. */
  readonly importedFrom: string;
  /** ISO 8601 timestamp. */
  readonly importedAt: string;
  readonly sourceFormat: EditionSourceFormat;
  /** SHA-256 (hex) of the stored canonical Markdown (what a measure's `base.sha256` refers to). */
  readonly sha256: string;
  /**
   * SHA-256 (hex) of the file as imported, before conversion. The CLI records this one when a measure
   * is made from the file itself (`amend measure --base <file>`), so the app matches either hash.
   * Absent for editions stored before the library recorded it (importing the file again adds it).
   */
  readonly sourceSha256?: string;
  readonly bytes: number;
  readonly articles: number;
  readonly sections: number;
}

/** A text file as read: the exact text and the hash of the exact bytes. */
export interface OpenedDocument {
  /** Absolute path on disk; null for a browser upload, an example, or a new unsaved measure. */
  readonly path: string | null;
  readonly fileName: string;
  /** The exact text: BOM and line endings kept, never normalised. */
  readonly source: string;
  /** SHA-256 (hex) of the bytes on disk when read; pass it back as `expectedSha256` when saving. Null when not on disk. */
  readonly sha256: string | null;
  readonly bytes: number;
}

/** The result of a successful save. */
export interface SavedFile {
  readonly path: string;
  readonly fileName: string;
  /** SHA-256 (hex) of the bytes now on disk (verified by reading them back). */
  readonly sha256: string;
  readonly bytes: number;
  /** Where the previous version was kept (`<file>.bak`), or null when there was none. */
  readonly backupPath: string | null;
}

export interface RecentFile {
  readonly path: string;
  readonly fileName: string;
  /** ISO 8601 timestamp of the last open or save. */
  readonly usedAt: string;
}

export interface ExampleSummary {
  /** File name under resources/examples, e.g. `calexit-2017.measure.md`. */
  readonly name: string;
  readonly title: string;
  readonly bytes: number;
}

/** Unsaved work kept by the recovery store. */
export interface RecoveryItem {
  /** Chosen by the UI: the file path for a saved document, or e.g. `untitled:<uuid>`. */
  readonly key: string;
  /** The file the work belongs to, or null for an untitled document. */
  readonly path: string | null;
  readonly fileName: string;
  /** ISO 8601 timestamp of the autosave. */
  readonly savedAt: string;
  readonly bytes: number;
  /** SHA-256 of the on-disk version the edits started from (to spot a file changed since), or null. */
  readonly baseSha256: string | null;
}

/** Output formats of a single measure export. */
export type ExportFormat = 'pdf' | 'docx' | 'html' | 'text' | 'markdown';

/** What a file dialog is for (picks the title and the file-type filters). */
export type OpenDialogPurpose = 'measure' | 'edition';
export type SaveDialogPurpose = 'measure' | ExportFormat | 'packet';

/**
 * A dialog's outcome. `browser` means "this host has no native dialog": the UI uses its own branch
 * (`<input type=file>` to read a file, a path field or a download to write one). One code path, two
 * branches: `picked` → use the path; `browser` → use the page's own controls; `cancelled` → stop.
 */
export type DialogResult =
  { readonly kind: 'picked'; readonly path: string } | { readonly kind: 'cancelled' } | { readonly kind: 'browser' };

// ---------------------------------------------------------------------------------------------
// Requests and responses, one pair per method.

export type EmptyRequest = Readonly<Record<string, never>>;

export interface ListEditionsResponse {
  readonly editions: readonly EditionSummary[];
}
/** Import an edition from a file the user picked (`path`, Electron) or uploaded (`fileName` + `content`). */
export type ImportEditionRequest = { readonly fileName: string; readonly content: string } | { readonly path: string };
export interface ImportEditionResponse {
  readonly edition: EditionSummary;
  /** Problems the parser or importer found (warnings do not stop the import). */
  readonly messages: readonly ParseMessage[];
}
export interface EditionIdRequest {
  readonly id: string;
}
export interface ReadEditionResponse {
  /** The canonical Markdown. */
  readonly source: string;
  readonly meta: EditionSummary;
}
export interface RemoveEditionResponse {
  readonly removed: boolean;
}

export interface NewMeasureRequest {
  readonly title: string;
  readonly kind: MeasureKind;
  /** Library id of the base edition. */
  readonly baseEdition: string;
}
/** Open a measure from disk (`path`) or from a browser upload (`fileName` + `content`). */
export type OpenMeasureRequest = { readonly path: string } | { readonly fileName: string; readonly content: string };
export interface SaveMeasureRequest {
  readonly path: string;
  readonly source: string;
  /** SHA-256 of the bytes the document was read from, or null for "I expect no file there yet". */
  readonly expectedSha256: string | null;
}
export interface SaveMeasureAsRequest {
  readonly path: string;
  readonly source: string;
  /** Replace an existing file (the Electron dialog asked already); otherwise an existing file is `already-exists`. */
  readonly overwrite: boolean;
}
export interface ListRecentFilesResponse {
  readonly files: readonly RecentFile[];
}
export interface WatchFileRequest {
  readonly path: string;
  /** The hash of the version the UI holds; a `file-changed` event fires when the disk differs from it. */
  readonly sha256: string | null;
}
export interface WatchFileResponse {
  readonly watching: boolean;
}
export interface PathRequest {
  readonly path: string;
}
export interface ListExamplesResponse {
  readonly examples: readonly ExampleSummary[];
}
export interface ReadExampleRequest {
  readonly name: string;
}

export interface SaveRecoveryRequest {
  readonly key: string;
  readonly content: string;
  readonly path?: string;
  readonly fileName?: string;
  readonly baseSha256?: string | null;
}
export interface SaveRecoveryResponse {
  readonly item: RecoveryItem;
}
export interface ListRecoveryResponse {
  readonly items: readonly RecoveryItem[];
}
export interface RecoveryKeyRequest {
  readonly key: string;
}
export interface ReadRecoveryResponse {
  readonly item: RecoveryItem;
  readonly content: string;
}
export interface DiscardRecoveryResponse {
  readonly discarded: boolean;
}

export interface ExportMeasureRequest {
  /** The measure file's exact text. */
  readonly source: string;
  /** Where the measure lives (named in error messages), if saved. */
  readonly sourcePath?: string;
  readonly format: ExportFormat;
  /** Absolute output path (from saveFileDialog or the web UI's path field). */
  readonly outputPath: string;
  /** Check the measure's quoted official text against this library edition first (`stale-base` if it differs). */
  readonly baseEdition?: string;
  /** DOCX only: real Word tracked changes instead of struck / italic runs. */
  readonly tracked?: boolean;
  /** Export the revision-comparison report against this earlier revision's text instead of the measure. */
  readonly compareToSource?: string;
  /** Correlates `export-progress` events; chosen by the UI. */
  readonly jobId?: string;
}
export interface ExportPacketRequest {
  readonly source: string;
  readonly sourcePath?: string;
  /**
   * Absolute path of the packet PDF to write (one PDF: letter, statements, measure), or of a folder
   * (created if missing) to write `<measure-title>-packet.pdf` into.
   */
  readonly outputPath: string;
  /** Letter date `YYYY-MM-DD` (it also picks the filing fee); default: today on the host. */
  readonly date?: string;
  /** Addressee setting; default: the Initiative Coordinator's office. */
  readonly addressee?: string;
  /** Check the measure's quoted official text against this library edition first. */
  readonly baseEdition?: string;
  /** Amendment mode (EC 9002(b)): the text of the measure as filed, and its A.G. file number if known. */
  readonly amendment?: { readonly filedSource: string; readonly fileNumber?: string };
  readonly jobId?: string;
}
export interface ExportedFile {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
}
export interface ExportResponse {
  /** The file written. */
  readonly outputPath: string;
  readonly files: readonly ExportedFile[];
  /** Things the user should know (e.g. a DOCX font that could not be embedded). */
  readonly notes: readonly string[];
}
export interface ShowInFolderResponse {
  /** The folder holding the path (the web host's UI displays it). */
  readonly folder: string;
  /** True when the host opened a file manager (Electron). */
  readonly revealed: boolean;
}

export interface OpenFileDialogRequest {
  readonly purpose: OpenDialogPurpose;
}
export interface SaveFileDialogRequest {
  readonly purpose: SaveDialogPurpose;
  /** Suggested file name, e.g. `my-measure.measure.md`. */
  readonly suggestedName: string;
}

/** Open a link written in a draft (the user clicked it in the measure preview). */
export interface OpenExternalLinkRequest {
  /** The URL exactly as written in the draft; untrusted: checked by src/shared/external-link.ts. */
  readonly url: string;
}
/**
 * What became of the link. Electron asks in a native dialog showing the full URL and opens it only on
 * yes (`opened` / `cancelled`). A web page cannot open the user's browser safely from the host, so the
 * web host answers `confirm-in-page` with the checked link: the page asks (same wording) and opens it
 * itself with `noopener,noreferrer`. A refused URL is an `invalid-request` error saying why.
 */
export type OpenExternalLinkResponse =
  | { readonly outcome: 'opened' | 'cancelled'; readonly url: string }
  | { readonly outcome: 'confirm-in-page'; readonly link: ExternalLink };

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: HostKind;
  /** `process.platform` of the host: `linux`, `darwin`, `win32`. */
  readonly platform: string;
  /** Where editions, recovery data and settings live. */
  readonly dataFolder: string;
  readonly autosaveIntervalMs: number;
  readonly maxDocumentBytes: number;
}

// ---------------------------------------------------------------------------------------------
// The API.

/** A host's answer: data or a StudioError, never a throw. */
export type StudioResult<T> = Promise<Result<T, StudioError>>;

/** Everything the UI may ask of its host. */
export interface StudioApi {
  // Library of constitution editions.
  /** The editions in the library, newest import first. */
  listEditions(request: EmptyRequest): StudioResult<ListEditionsResponse>;
  /** Import an edition (leginfo plain text or Markdown → canonical Markdown in the data folder). */
  importEdition(request: ImportEditionRequest): StudioResult<ImportEditionResponse>;
  /** An edition's canonical Markdown and summary. */
  readEdition(request: EditionIdRequest): StudioResult<ReadEditionResponse>;
  /** Remove an edition from the library (measures keep their own base texts). */
  removeEdition(request: EditionIdRequest): StudioResult<RemoveEditionResponse>;

  // Measure files.
  /** A new, unsaved measure from the template (path null). */
  newMeasure(request: NewMeasureRequest): StudioResult<OpenedDocument>;
  /** Read a measure (or any Markdown draft) exactly as it is on disk, or take an upload. */
  openMeasure(request: OpenMeasureRequest): StudioResult<OpenedDocument>;
  /** Atomic save; `conflict` (with both hashes) if the file changed on disk since it was read. */
  saveMeasure(request: SaveMeasureRequest): StudioResult<SavedFile>;
  /** Atomic save to a new path. */
  saveMeasureAs(request: SaveMeasureAsRequest): StudioResult<SavedFile>;
  /** Recently opened or saved files, most recent first. */
  listRecentFiles(request: EmptyRequest): StudioResult<ListRecentFilesResponse>;
  /** Watch a file; a `file-changed` event fires when its content hash differs from `sha256`. */
  watchFile(request: WatchFileRequest): StudioResult<WatchFileResponse>;
  /** Stop watching a file. */
  unwatchFile(request: PathRequest): StudioResult<WatchFileResponse>;
  /** The bundled example measures (resources/examples). */
  listExamples(request: EmptyRequest): StudioResult<ListExamplesResponse>;
  /** One example, as an unsaved document (path null). */
  readExample(request: ReadExampleRequest): StudioResult<OpenedDocument>;

  // Recovery of unsaved work.
  /** Autosave unsaved work (atomic; outside the user's folders). */
  saveRecovery(request: SaveRecoveryRequest): StudioResult<SaveRecoveryResponse>;
  /** What can be recovered (after a crash). */
  listRecovery(request: EmptyRequest): StudioResult<ListRecoveryResponse>;
  /** One recovered item's content. */
  readRecovery(request: RecoveryKeyRequest): StudioResult<ReadRecoveryResponse>;
  /** Forget a recovery item (after a save, or when the user discards it). */
  discardRecovery(request: RecoveryKeyRequest): StudioResult<DiscardRecoveryResponse>;

  // Export.
  /** Export one measure (PDF via the host's printer); streams `export-progress`. */
  exportMeasure(request: ExportMeasureRequest): StudioResult<ExportResponse>;
  /** Export the Attorney General filing packet (one PDF); streams `export-progress`. */
  exportPacket(request: ExportPacketRequest): StudioResult<ExportResponse>;
  /** Reveal a file in the system file manager (Electron), or name its folder (web). */
  showInFolder(request: PathRequest): StudioResult<ShowInFolderResponse>;

  // Dialogs.
  /** Native open dialog (Electron) or `{ kind: 'browser' }` (web). */
  openFileDialog(request: OpenFileDialogRequest): StudioResult<DialogResult>;
  /** Native save dialog (Electron) or `{ kind: 'browser' }` (web). */
  saveFileDialog(request: SaveFileDialogRequest): StudioResult<DialogResult>;

  /** A link from the draft: checked (https:/mailto: only), confirmed with the full URL, then opened. */
  openExternalLink(request: OpenExternalLinkRequest): StudioResult<OpenExternalLinkResponse>;

  // App.
  /** Version, host kind, platform, data folder. */
  getAppInfo(request: EmptyRequest): StudioResult<AppInfo>;
}

/** The method names of StudioApi, in a stable order (checked against the interface below). */
export const STUDIO_METHODS = [
  'listEditions',
  'importEdition',
  'readEdition',
  'removeEdition',
  'newMeasure',
  'openMeasure',
  'saveMeasure',
  'saveMeasureAs',
  'listRecentFiles',
  'watchFile',
  'unwatchFile',
  'listExamples',
  'readExample',
  'saveRecovery',
  'listRecovery',
  'readRecovery',
  'discardRecovery',
  'exportMeasure',
  'exportPacket',
  'showInFolder',
  'openFileDialog',
  'saveFileDialog',
  'openExternalLink',
  'getAppInfo',
] as const satisfies readonly (keyof StudioApi)[];

export type StudioMethod = (typeof STUDIO_METHODS)[number];

// Compile-time proof that the list names every method (the `satisfies` above proves the converse).
type MissingFromList = Exclude<keyof StudioApi, StudioMethod>;
const EVERY_METHOD_LISTED: [MissingFromList] extends [never] ? true : MissingFromList = true;
void EVERY_METHOD_LISTED;

/** The request type of one method. */
export type StudioRequest<M extends StudioMethod> = Parameters<StudioApi[M]>[0];
/** The success value of one method. */
export type StudioResponse<M extends StudioMethod> =
  Awaited<ReturnType<StudioApi[M]>> extends Result<infer T, StudioError> ? T : never;

/** True when `name` is one of STUDIO_METHODS (for untrusted method names from a URL or channel). */
export function isStudioMethod(name: string): name is StudioMethod {
  return (STUDIO_METHODS as readonly string[]).includes(name);
}

// ---------------------------------------------------------------------------------------------
// Events: host → UI, through one subscription.

/** Commands from native menus (Electron); the UI runs them as if their shortcut was pressed. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'save-as',
  'import-edition',
  'export',
  'export-packet',
  'compare',
  'undo',
  'redo',
  'find',
  'replace',
  'close',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type StudioEvent =
  | { readonly type: 'menu-command'; readonly command: MenuCommand }
  /** The watched file's bytes differ from the version the UI holds (`sha256` null: the file is gone). */
  | { readonly type: 'file-changed'; readonly path: string; readonly sha256: string | null }
  | {
      readonly type: 'export-progress';
      readonly jobId: string;
      /** Human-readable step, e.g. `Rendering`, `Printing PDF`, `Writing files`. */
      readonly stage: string;
      readonly completed: number;
      readonly total: number;
    }
  /** Unsaved work from an earlier session can be recovered (sent to each new subscriber). */
  | { readonly type: 'recovery-available'; readonly items: readonly RecoveryItem[] }
  /** The OS asked the app to open a file (file association, second instance, dock). */
  | { readonly type: 'open-file'; readonly path: string };

export type StudioEventType = StudioEvent['type'];
export type StudioEventListener = (event: StudioEvent) => void;

/** The host side of events: the service's one subscription point. Returns the unsubscribe function. */
export interface StudioEventSource {
  subscribe(listener: StudioEventListener): () => void;
}

/** What a host implements: the API plus its events. */
export interface StudioService extends StudioApi, StudioEventSource {}

// ---------------------------------------------------------------------------------------------
// Wire constants (one place, so the preload, IPC, web host and transports agree).

/** IPC channel of one method: `studio:<method>`. */
export function ipcChannel(method: StudioMethod): `studio:${StudioMethod}` {
  return `studio:${method}`;
}
/** The one IPC channel carrying StudioEvents from main to the preload. */
export const IPC_EVENT_CHANNEL = 'studio:event';
/** The global the preload exposes (`window.studio`). */
export const BRIDGE_GLOBAL = 'studio';
/** HTTP: API calls live under this prefix (`POST /api/<method>`). */
export const HTTP_API_PREFIX = '/api/';
/** HTTP: the Server-Sent Events stream. */
export const HTTP_EVENTS_PATH = '/api/events';
/** HTTP: header carrying the session token. */
export const HTTP_TOKEN_HEADER = 'X-Amend-Token';
/** HTTP: query parameter carrying the token (page URL, and the events stream for EventSource). */
export const HTTP_TOKEN_QUERY = 'token';

/**
 * The object the Electron preload exposes as `window.studio`: one function per method (payloads and
 * answers are plain data) plus `onEvent`, which returns its unsubscribe function (an AbortSignal
 * cannot cross the context bridge; the client turns it into `{ signal }`).
 */
export type StudioBridge = {
  readonly [M in StudioMethod]: (payload: unknown) => Promise<unknown>;
} & {
  readonly onEvent: (listener: (event: unknown) => void) => () => void;
};
