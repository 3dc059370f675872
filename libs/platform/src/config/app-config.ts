import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

/** The process configuration, read from the environment once and validated before anything connects. */
export class AppConfig {
  @IsString()
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/lianzhao';

  @IsString()
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Mail out (the weekly digest): smtp://user:pass@host:587 or smtps://…:465; unset: digests are kept, not mailed. */
  @IsOptional() @IsString()
  SMTP_URL?: string = undefined; // initialised, so loadConfig knows the key

  @Transform(({ value }) => Number(value)) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString() @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET = 'lianzhao-dev-secret-change-me';

  @IsString()
  JWT_EXPIRES_IN = '8h';

  @IsString()
  ADMIN_EMAIL = 'admin@lianzhao.local';

  @IsString() @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters' })
  ADMIN_PASSWORD = 'lianzhao-admin';

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** Redis key prefix of every queue, so test suites (or two deployments) sharing one Redis never meet. */
  @IsString()
  QUEUE_PREFIX = 'lz';

  /** Fill an empty registry with synthetic enterprises at start (`DEMO_DATA=0` switches it off). */
  @Transform(({ value }) => value === true || value === '1' || value === 'true') 
  DEMO_DATA = true;

  @Transform(({ value }) => Number(value)) @IsInt() @Min(0)
  DEMO_DATA_SIZE = 2000;

  /** Enterprise changes are followed by one chain-gap analysis per window of this many milliseconds. */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(0)
  GAPS_WINDOW_MS = 15_000;

  /** Memory for cached board answers (MB); 0 switches the response cache off. */
  @Transform(({ value }) => Number(value)) @IsInt() @Min(0)
  RESPONSE_CACHE_MB = 32;

  /** Where people open the web UI: links in the weekly digest are this plus a route (`/leads/:id`, `/digests/:id`). */
  @IsString()
  PUBLIC_URL = 'http://localhost:5173';

  /** The From of the weekly digest mail; its domain is also the right-hand side of each digest's Message-ID. */
  @IsString()
  MAIL_FROM = '链招周报 <digest@lianzhao.local>';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

export class ConfigError extends Error {}

/** Values published in this repository (defaults, docker-compose.yml of old): anyone can sign tokens or sign in with them. */
const KNOWN_SECRETS = new Set(['lianzhao-dev-secret-change-me', 'change-this-secret-in-production']);
const KNOWN_ADMIN_PASSWORDS = new Set(['lianzhao-admin']);
export const PRODUCTION_MIN_SECRET = 32;
export const PRODUCTION_MIN_ADMIN_PASSWORD = 12;

/**
 * Production refuses what would let a stranger in: a token secret that is missing, published or short (an HS256 key
 * anyone can guess signs an ADMIN token), and the published first-administrator password.
 */
function productionProblems(config: AppConfig, given: Record<string, unknown>): string[] {
  if (!config.isProduction) return [];
  const problems: string[] = [];
  const hint = 'e.g. `openssl rand -base64 48`';
  if (given.JWT_SECRET === undefined) problems.push(`JWT_SECRET: must be set in production (${PRODUCTION_MIN_SECRET}+ random characters, ${hint})`);
  else if (KNOWN_SECRETS.has(config.JWT_SECRET)) problems.push(`JWT_SECRET: is a published default; set your own (${hint})`);
  else if (config.JWT_SECRET.length < PRODUCTION_MIN_SECRET) problems.push(`JWT_SECRET: must be at least ${PRODUCTION_MIN_SECRET} characters in production (${hint})`);
  if (KNOWN_ADMIN_PASSWORDS.has(config.ADMIN_PASSWORD)) problems.push('ADMIN_PASSWORD: is the published default; set your own for the first administrator');
  else if (config.ADMIN_PASSWORD.length < PRODUCTION_MIN_ADMIN_PASSWORD) problems.push(`ADMIN_PASSWORD: must be at least ${PRODUCTION_MIN_ADMIN_PASSWORD} characters in production`);
  return problems;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined && v !== ''),
  );
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config, { whitelist: false });
  const lines = [...errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`)), ...productionProblems(config, picked)];
  if (lines.length > 0) throw new ConfigError(`Invalid configuration — ${lines.join('; ')}`);
  return config;
}
