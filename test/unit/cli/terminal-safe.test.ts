import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processIo } from '../../../src/cli/io';
import { terminalSafe } from '../../../src/cli/terminal-safe';

const HOSTILE = 'key \u001b]0;PWNED\u0007\u001b[31mRED\u001b[0m\u001b[2K end\rover';

describe('terminalSafe', () => {
  it('shows escape sequences, bells, DEL, C1 controls and lone carriage returns as visible symbols', () => {
    expect(terminalSafe(HOSTILE)).toBe('key ␛]0;PWNED␇␛[31mRED␛[0m␛[2K end␍over');
    expect(terminalSafe('a\u007fb\u0085c')).toBe('a␡b<U+0085>c');
  });

  it('keeps tabs, line breaks (LF and CRLF) and all printable text as they are', () => {
    expect(terminalSafe('a\tb\nc\r\nd — “é” 🐻')).toBe('a\tb\nc\r\nd — “é” 🐻');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const safe = terminalSafe(text);
        // eslint-disable-next-line no-control-regex -- the property is about control characters
        expect(safe).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/);
        // eslint-disable-next-line no-control-regex -- printable text passes through unchanged
        if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text)) expect(safe).toBe(text);
      }),
    );
  });
});

describe('processIo', () => {
  function streams(isTTY: boolean) {
    const written = { out: '', err: '' };
    return {
      written,
      streams: {
        stdout: { isTTY, write: (text: string) => (written.out += text) },
        stderr: { write: (text: string) => (written.err += text) },
      },
    };
  }

  it('makes stderr terminal-safe always, stdout only on a terminal (piped data stays exact)', () => {
    const piped = streams(false);
    processIo(piped.streams).out(HOSTILE);
    processIo(piped.streams).err(HOSTILE);
    expect(piped.written.out).toBe(HOSTILE);
    expect(piped.written.err).not.toContain('\u001b');
    const terminal = streams(true);
    processIo(terminal.streams).out(HOSTILE);
    expect(terminal.written.out).toBe(terminalSafe(HOSTILE));
  });
});
