import { randomUUID } from 'node:crypto';
import { Global, Module, RequestMethod, type DynamicModule, type LoggerService, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { pino, type Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppConfig } from '../config/app-config.js';

/** Nest's logger interface over one pino instance: every log line is JSON, with its Nest context. */
export class AppLogger implements LoggerService {
  constructor(readonly pino: Pino) {}

  private write(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', message: unknown, params: unknown[]): void {
    // Nest passes the context (the class name) last; an error's stack, if any, before it.
    const context = typeof params.at(-1) === 'string' ? (params.at(-1) as string) : undefined;
    const rest = context === undefined ? params : params.slice(0, -1);
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) return this.pino[level]({ ...fields, err: message }, message.message);
    if (typeof rest[0] === 'string' && (level === 'error' || level === 'fatal')) fields.stack = rest[0];
    if (typeof message === 'object' && message !== null) return this.pino[level]({ ...fields, ...message });
    this.pino[level](fields, String(message));
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Structured JSON logs. Every HTTP request is logged once with an id (or keeps the caller's x-request-id), which it
 * also answers with. There is deliberately no per-request AsyncLocalStorage: it hooks every promise of every
 * GraphQL field and cost the board a third of its throughput.
 */
@Global()
@Module({})
export class LoggingModule implements NestModule {
  constructor(private readonly logger: AppLogger) {}

  static forRoot(): DynamicModule {
    return {
      module: LoggingModule,
      providers: [
        {
          provide: AppLogger,
          inject: [AppConfig],
          useFactory: (config: AppConfig) =>
            new AppLogger(pino({ level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] })),
        },
      ],
      exports: [AppLogger],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const http = pinoHttp({
      logger: this.logger.pino,
      genReqId: (req, res) => {
        // A caller's id is kept only if it is a plain token of sane length: it is echoed and logged.
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    });
    consumer.apply(http).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
