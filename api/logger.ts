import pino, { type Logger } from 'pino';

/** JSON logs in production, pretty ones in development, nothing in tests. */
export function createLogger(options: { level: string; pretty: boolean }): Logger {
  return pino({
    level: options.level,
    ...(options.pretty
      ? { transport: { target: 'pino-pretty', options: { colorize: true } } }
      : {}),
  });
}
