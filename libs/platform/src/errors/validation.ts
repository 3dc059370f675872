import { registerDecorator, type ValidationOptions } from 'class-validator';
import { type ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './domain-error.js';
import { visibleNameProblem } from './text.js';

export { visibleNameProblem };

/** Flattens nested class-validator errors into `input.field` paths so a client knows which field to fix. */
export function firstValidationProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const message = Object.values(e.constraints ?? {})[0];
    if (message) return { field, message };
    const nested = firstValidationProblem(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * An argument left out has nothing to check: Nest's pipe would build an empty instance and run every rule of its
 * class over it — for a board, once per column — and hand the resolver `{}` where the caller sent nothing.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return value === undefined || value === null ? value : super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstValidationProblem(errors) ?? { field: 'input', message: 'Invalid input' };
      return badInput(problem.field, `${problem.field}: ${problem.message}`);
    },
  });
}

/** A real calendar day written YYYY-MM-DD: the pattern alone lets 2025-02-30 and 2025-13-01 through to PostgreSQL. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a date YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

/** Amounts in 万元 are stored as whole fen (6 decimals, money.ts): a finer one would be rounded without a word. */
export const WAN_DECIMALS = 6;

export function hasAtMostDecimals(value: number, decimals: number): boolean {
  if (!Number.isFinite(value)) return false;
  const s = String(Math.abs(value));
  if (s.includes('e')) return /e\+/.test(s) || value === 0; // 1e+21 is whole; 1e-7 has 7 decimals
  return (s.split('.')[1]?.length ?? 0) <= decimals;
}

export function IsWanAmount(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isWanAmount',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `must be an amount in 万元 with at most ${WAN_DECIMALS} decimals (whole fen)`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'number' && hasAtMostDecimals(value, WAN_DECIMALS) },
    });
}

/** An ISO 8601 instant with a zone whose every part exists (2025-02-30T… and 24:61 do not). */
export function isIsoInstant(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m || !isCalendarDate(m[1])) return false;
  const [h, min, s = '0', , zh = '0', zm = '0'] = m.slice(2);
  return Number(h) <= 23 && Number(min) <= 59 && Number(s) <= 59 && Number(zh) <= 14 && Number(zm) <= 59;
}

export function IsIsoInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIsoInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be an ISO 8601 time with a zone', ...options },
      validator: { validate: (value: unknown) => isIsoInstant(value) },
    });
}

export function IsVisibleName(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isVisibleName',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args) => visibleNameProblem(String(args.value)) ?? 'must be a readable name', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && visibleNameProblem(value) === null },
    });
}
