import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, resolveDataFolder } from '../../../src/node/app-paths';

describe('app paths', () => {
  it('uses AMEND_HOME when set, resolved to an absolute path', () => {
    expect(resolveDataFolder({ AMEND_HOME: '/srv/amend' }, '/home/ana')).toBe('/srv/amend');
    expect(resolveDataFolder({ AMEND_HOME: 'rel' }, '/home/ana')).toBe(resolve('rel'));
  });

  it('defaults to ~/.amendment-studio (also when AMEND_HOME is blank)', () => {
    expect(resolveDataFolder({}, '/home/ana')).toBe(join('/home/ana', '.amendment-studio'));
    expect(resolveDataFolder({ AMEND_HOME: '  ' }, '/home/ana')).toBe(join('/home/ana', '.amendment-studio'));
  });

  it('lays out the data folder', () => {
    expect(appPaths('/d')).toEqual({
      dataFolder: '/d',
      editions: '/d/editions',
      recovery: '/d/recovery',
      recentFiles: '/d/recent-files.json',
      windowState: '/d/window-state.json',
    });
  });
});
