// Configuration: defaults, the database choice, and a start refused with every bad key named.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to SQLite under ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.database).toMatchObject({ kind: 'sqlite', synchronous: 'normal' });
    expect(config.database.kind === 'sqlite' && config.database.file.endsWith('/data/pacewise.sqlite')).toBe(true);
  });

  it.each([
    [{ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/pacewise' }, 'postgres'],
    [{ DATABASE_URL: 'postgresql://u@db/pacewise' }, 'postgres'],
    [{ DATABASE_URL: 'sqlite:/var/lib/pacewise/db.sqlite' }, 'sqlite'],
    [{ PACEWISE_DATA_DIR: '/srv/pacewise' }, 'sqlite'],
  ])('chooses the database from %j', (env, kind) => {
    expect(loadConfig(env).database.kind).toBe(kind);
  });

  it('takes the practice’s emergency number, or none so it fits each person’s time zone', () => {
    expect(loadConfig({ EMERGENCY_NUMBER: ' 144 ' }).emergencyNumber).toBe('144');
    expect(loadConfig({}).emergencyNumber).toBeNull();
    expect(() => loadConfig({ EMERGENCY_NUMBER: 'call 911' })).toThrow(/EMERGENCY_NUMBER/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('names every bad key at once', () => {
    const bad = { PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', PUBLIC_URL: 'not a url' };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    try {
      loadConfig(bad);
    } catch (error) {
      const message = (error as Error).message;
      for (const key of Object.keys(bad)) expect(message).toContain(key);
    }
  });
});
