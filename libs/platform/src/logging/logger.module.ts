import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config.js';

/** Structured JSON logs; every HTTP request gets an id (or keeps the caller's x-request-id) so lines can be joined. */
@Module({})
export class LoggingModule {
  static forRoot(): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        PinoLoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.LOG_LEVEL,
              genReqId: (req, res) => {
                const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
                res.setHeader('x-request-id', id);
                return id;
              },
              redact: ['req.headers.authorization', 'req.headers.cookie'],
              autoLogging: { ignore: (req) => req.url === '/health' },
            },
          }),
        }),
      ],
    };
  }
}
