/**
 * The one place where an untrusted call meets the service: check the method name, validate the
 * payload, call the method, and turn anything thrown into a `Result`. The IPC handlers, the web host
 * and the in-process transport all go through here, so every host behaves the same.
 */
import { err, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';
import { isStudioMethod, STUDIO_METHODS, type StudioApi, type StudioMethod } from './contract';
import { isResult } from './result-shape';
import { validateRequest } from './validate-request';

/**
 * Run `method` on `service` with an untrusted `payload`. Never throws and never rejects: unknown
 * methods and bad payloads are `invalid-request`, a throwing method is `internal`.
 */
export async function dispatchStudioCall(
  service: StudioApi,
  method: string,
  payload: unknown,
): Promise<Result<unknown, StudioError>> {
  if (!isStudioMethod(method)) {
    return err(
      studioError('invalid-request', `Unknown API method "${method.slice(0, 80)}".`, {
        hint: `Known methods: ${STUDIO_METHODS.join(', ')}.`,
      }),
    );
  }
  const request = validateRequest(method, payload);
  if (!request.ok) return request;
  try {
    // The schema proved `request.value` is this method's request; TypeScript cannot correlate a
    // union-typed method name with its parameter type, hence the one widening here.
    const callable = service as unknown as Record<StudioMethod, (value: unknown) => Promise<unknown>>;
    const answer = await callable[method](request.value);
    if (isResult(answer)) return answer;
    return err(studioError('internal', `The host answered ${method} with something that is not a Result.`));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err(studioError('internal', `${method} failed unexpectedly: ${detail}`));
  }
}
