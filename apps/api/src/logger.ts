import { pino, type Logger } from 'pino';

/** Structured JSON logs; one root logger, children per request carry the request id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'noticeboard-api' },
    redact: ['req.headers.authorization', '*.password', '*.token'],
  });
}
export type { Logger };
