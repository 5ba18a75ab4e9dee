/**
 * zod without its `new Function` fast path. The app's CSP forbids eval, and zod's probe for it (run
 * when the first object schema is built) is reported as a CSP violation on every load: noise that
 * would hide a real one (the XSS e2e test counts them). Every module that builds schemas imports this
 * first, so the setting is in place before any schema exists.
 */
import { z } from 'zod';

z.config({ jitless: true });
