import { describe, expect, it } from 'vitest';
import { EventRelay } from '../../../electron/event-relay';
import { documentFromArgv } from '../../../electron/launch-args';
import { IPC_EVENT_CHANNEL, type StudioEvent } from '../../../src/api/contract';

describe('documentFromArgv', () => {
  it('finds the document the OS passed, resolved against the launch folder', () => {
    expect(documentFromArgv(['/opt/Amendment Studio/amendment-studio', 'draft.measure.md'], '/home/ana')).toBe(
      '/home/ana/draft.measure.md',
    );
    expect(documentFromArgv(['electron', '.', '--no-sandbox', '/abs/a.md'], '/x')).toBe('/abs/a.md');
    expect(documentFromArgv(['app', '--inspect=9229'], '/x')).toBeUndefined();
    expect(documentFromArgv(['app', '/etc/passwd'], '/x')).toBeUndefined();
  });
});

describe('EventRelay', () => {
  it('holds events until the page is ready, then sends them on the one channel', () => {
    const relay = new EventRelay();
    const sent: [string, StudioEvent][] = [];
    const target = { send: (channel: string, event: StudioEvent) => void sent.push([channel, event]) };
    relay.send({ type: 'open-file', path: '/a.md' });
    expect(sent).toEqual([]);
    relay.ready(target);
    relay.send({ type: 'menu-command', command: 'save' });
    expect(sent).toEqual([
      [IPC_EVENT_CHANNEL, { type: 'open-file', path: '/a.md' }],
      [IPC_EVENT_CHANNEL, { type: 'menu-command', command: 'save' }],
    ]);
    relay.unready();
    relay.send({ type: 'menu-command', command: 'open' });
    expect(sent).toHaveLength(2);
  });

  it('bounds what it holds for a page that never loads', () => {
    const relay = new EventRelay();
    for (let index = 0; index < 1_000; index++) relay.send({ type: 'menu-command', command: 'save' });
    const sent: unknown[] = [];
    relay.ready({ send: (_channel, event) => void sent.push(event) });
    expect(sent.length).toBe(100);
  });
});
