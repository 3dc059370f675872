import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from './domain-error.js';

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

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstValidationProblem(errors) ?? { field: 'input', message: 'Invalid input' };
      return badInput(problem.field, `${problem.field}: ${problem.message}`);
    },
  });
}
