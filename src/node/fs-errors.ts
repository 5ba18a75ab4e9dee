/** Turn Node file-system errors into StudioErrors a user can act on. */
import { studioError, type StudioError } from '../shared/studio-error';

const EXPLANATIONS: Readonly<Record<string, { problem: string; hint: string }>> = {
  ENOENT: { problem: 'does not exist (or its folder does not)', hint: 'Check the path.' },
  EACCES: { problem: 'cannot be accessed: permission denied', hint: 'Check the file and folder permissions.' },
  EPERM: { problem: 'cannot be changed: the operation is not permitted', hint: 'Is the file locked or read-only?' },
  EROFS: { problem: 'is on a read-only disk', hint: 'Save to another folder.' },
  ENOSPC: { problem: 'could not be written: the disk is full', hint: 'Free some space, then save again.' },
  EDQUOT: { problem: 'could not be written: the disk quota is exceeded', hint: 'Free some space, then save again.' },
  EISDIR: { problem: 'is a folder, not a file', hint: 'Choose a file name.' },
  ENOTDIR: { problem: 'has a part that is not a folder', hint: 'Check the path.' },
  EBUSY: { problem: 'is busy (another program holds it)', hint: 'Close the other program, then try again.' },
  EIO: {
    problem: 'is on a disk that reported an input/output error',
    hint: 'The disk may be failing or was disconnected; save to another disk.',
  },
  ENAMETOOLONG: { problem: 'has a name that is too long', hint: 'Choose a shorter name.' },
  ELOOP: { problem: 'is a loop of symbolic links', hint: 'Check the path.' },
};

/** A StudioError for a failed `action` (read, save, …) on `path`. The file on disk is named. */
export function describeFsError(error: unknown, path: string, action: string): StudioError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const known = EXPLANATIONS[code];
  const unchanged = action === 'save' ? ' The file on disk was not changed.' : '';
  if (known !== undefined) {
    return studioError(
      code === 'ENOENT' ? 'not-found' : 'io-error',
      `Could not ${action} ${path}: it ${known.problem}.${unchanged}`,
      {
        file: path,
        hint: known.hint,
      },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return studioError('io-error', `Could not ${action} ${path}: ${detail}.${unchanged}`, { file: path });
}
