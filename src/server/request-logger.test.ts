// Each request's logger is made only for a line that is written (issue 16, the write path), and
// a line that is written still carries the request id.
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { lazyRequestLogger } from './request-logger.js';

function loggerAt(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

describe('the request logger', () => {
  it('makes no child for lines below the level, and one child for the first line written', async () => {
    const { logger, lines } = loggerAt('warn');
    const child = vi.spyOn(logger, 'child');
    const log = lazyRequestLogger(logger, { reqId: 'req-1' }, {});
    log.info('incoming request');
    log.debug('details');
    expect(child).not.toHaveBeenCalled();
    log.error({ code: 'boom' }, 'request errored');
    log.warn('and again');
    expect(child).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toMatchObject([
      { level: 50, reqId: 'req-1', code: 'boom', msg: 'request errored' },
      { level: 40, reqId: 'req-1', msg: 'and again' },
    ]);
  });

  it('writes info lines with the request id when the level is info', async () => {
    const { logger, lines } = loggerAt('info');
    lazyRequestLogger(logger, { reqId: 'req-2' }, {}).info('incoming request');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toMatchObject([{ level: 30, reqId: 'req-2', msg: 'incoming request' }]);
  });

  it('makes a real child at once for a route with its own level', () => {
    const { logger } = loggerAt('warn');
    const child = vi.spyOn(logger, 'child');
    const log = lazyRequestLogger(logger, { reqId: 'req-3' }, { level: 'debug' });
    expect(child).toHaveBeenCalledTimes(1);
    expect(log.level).toBe('debug');
  });

  it('hands on children and reports the level', () => {
    const { logger } = loggerAt('warn');
    const log = lazyRequestLogger(logger, { reqId: 'req-4' }, {});
    expect(log.level).toBe('warn');
    expect(typeof log.child({ part: 'x' }).warn).toBe('function');
  });
});
