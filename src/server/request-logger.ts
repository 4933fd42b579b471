/**
 * Each request's logger, made only when something is written at an enabled level. Fastify
 * makes a pino child (with the request id) for every request; at the usual `warn` level almost
 * no request writes a line, and making the child was about a twentieth of a check-in write's
 * time (issue 16, the write path). Lines that are written carry the request id as before.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Bindings, ChildLoggerOptions, Level } from 'pino';

type LogMethod = (...args: unknown[]) => void;

/** A logger that has a level check (pino's), as Fastify's parent logger is. */
interface ParentLogger extends FastifyBaseLogger {
  isLevelEnabled(level: Level): boolean;
}

const LEVELS: readonly Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** Fastify's `childLoggerFactory`: the child logger is made on its first enabled line. */
export function lazyRequestLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  const parent = logger as ParentLogger;
  // A route's own log level makes a real child at once: its level differs from the parent's.
  if (options.level !== undefined || typeof parent.isLevelEnabled !== 'function') return logger.child(bindings, options);
  let child: FastifyBaseLogger | undefined;
  const real = (): FastifyBaseLogger => (child ??= logger.child(bindings, options));
  const lazy: Record<string, unknown> = {
    child: (more: Bindings, moreOptions?: ChildLoggerOptions) => real().child(more, moreOptions),
    silent: () => undefined,
  };
  for (const level of LEVELS) {
    lazy[level] = (...args: unknown[]) => {
      if (parent.isLevelEnabled(level)) (real()[level] as LogMethod)(...args);
    };
  }
  Object.defineProperty(lazy, 'level', { get: () => (child ?? logger).level, enumerable: true });
  return lazy as unknown as FastifyBaseLogger;
}
