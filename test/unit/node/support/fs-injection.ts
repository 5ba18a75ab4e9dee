/**
 * Failure injection for `node:fs/promises` (tests run as root, so chmod cannot make a save fail):
 * `injectingFsPromises(real, plan)` wraps the real module so that the save step named in
 * `plan.step` throws an errno error with `plan.code`, exactly as Node would (or runs `plan.during`
 * at that step). Used from a `vi.mock('node:fs/promises', …)` factory.
 */
import type * as FsPromises from 'node:fs/promises';

/** The steps of an atomic save (src/node/atomic-write.ts) a failure can be injected into. */
export const SAVE_STEPS = ['create temp', 'write temp', 'fsync temp', 'keep backup', 'rename over target'] as const;
export type SaveStep = (typeof SAVE_STEPS)[number];

/** The error codes a real disk gives a save (disk full, permissions, read-only, locked, failing). */
export const SAVE_ERROR_CODES = ['ENOSPC', 'EACCES', 'EROFS', 'EPERM', 'EBUSY', 'EIO'] as const;
export type SaveErrorCode = (typeof SAVE_ERROR_CODES)[number];

/**
 * What to break: nothing (`step` undefined) or one step with one code. `hits` counts injections.
 * `during` runs once when its step is reached (before the step itself), e.g. another program
 * writing the target while a save is writing its temp file; it is cleared when it has run.
 */
export interface InjectionPlan {
  step: SaveStep | undefined;
  code: SaveErrorCode;
  hits: number;
  during?: { readonly step: SaveStep; readonly run: () => void } | undefined;
}

const ERRNO: Readonly<Record<SaveErrorCode, number>> = {
  ENOSPC: -28,
  EACCES: -13,
  EROFS: -30,
  EPERM: -1,
  EBUSY: -16,
  EIO: -5,
};

/** An Error shaped like Node's (`code`, `errno`, `syscall`, `path`). */
function errnoError(code: SaveErrorCode, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${syscall} '${path}'`), {
    code,
    errno: ERRNO[code],
    syscall,
    path,
  });
}

const isTemp = (path: unknown): boolean => String(path).endsWith('.amend-tmp');

/** The real module with the planned failure wired into open, FileHandle.writeFile/sync, link, copyFile, rename. */
export function injectingFsPromises(real: typeof FsPromises, plan: InjectionPlan): typeof FsPromises {
  const fail = (step: SaveStep, syscall: string, path: unknown): void => {
    const during = plan.during;
    if (during?.step === step) {
      plan.during = undefined;
      during.run();
    }
    if (plan.step !== step) return;
    plan.hits++;
    throw errnoError(plan.code, syscall, String(path));
  };
  const wrapHandle = (handle: FsPromises.FileHandle, path: unknown): FsPromises.FileHandle =>
    new Proxy(handle, {
      get(target, property, receiver) {
        if (property === 'writeFile' && isTemp(path)) {
          return async (...args: Parameters<FsPromises.FileHandle['writeFile']>) => {
            fail('write temp', 'write', path);
            return target.writeFile(...args);
          };
        }
        if (property === 'sync' && isTemp(path)) {
          return async () => {
            fail('fsync temp', 'fsync', path);
            return target.sync();
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  const open: typeof real.open = async (path, flags, mode) => {
    if (isTemp(path) && flags === 'wx') fail('create temp', 'open', path);
    return wrapHandle(await real.open(path, flags, mode), path);
  };
  const link: typeof real.link = async (existing, created) => {
    fail('keep backup', 'link', created);
    return real.link(existing, created);
  };
  const copyFile: typeof real.copyFile = async (source, destination, mode) => {
    fail('keep backup', 'copyfile', destination);
    return real.copyFile(source, destination, mode);
  };
  const rename: typeof real.rename = async (from, to) => {
    if (isTemp(from)) fail(String(to).endsWith('.bak') ? 'keep backup' : 'rename over target', 'rename', to);
    return real.rename(from, to);
  };
  const wrapped = { ...real, open, link, copyFile, rename };
  return { ...wrapped, default: wrapped } as typeof FsPromises;
}
