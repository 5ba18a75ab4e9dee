/**
 * An error as the app shows it. Like `formatStudioError` (`file:line: message (hint)`), except that
 * the file is not put in front when the message already names it: the host's path checks say
 * "/x/out-1 is not a pdf file", and "/x/out-1: /x/out-1 is not a pdf file" read as a stutter.
 */
import { formatStudioError, type StudioError } from '../../src/shared/studio-error';

/** The error's text for a toast or an inline error, naming its file once. */
export function errorText(error: StudioError): string {
  if (error.file === undefined || error.line !== undefined || !error.message.includes(error.file)) {
    return formatStudioError(error);
  }
  return `${error.message}${error.hint === undefined ? '' : ` (${error.hint})`}`;
}
