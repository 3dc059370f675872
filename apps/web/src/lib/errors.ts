import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { formatDateTime } from './format';

export interface ApiProblem { code: string; field?: string; message: string }

/** The first problem of an Apollo error (or of a file endpoint's JSON answer), with its code. */
export function problemOf(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const e = error.errors[0];
    const ext = (e?.extensions ?? {}) as { code?: string; field?: string };
    return { code: ext.code ?? 'INTERNAL', field: ext.field, message: e?.message ?? '' };
  }
  if (error && typeof error === 'object' && 'code' in error && typeof (error as ApiProblem).code === 'string') return error as ApiProblem;
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
}

const KNOWN = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT', 'TOO_COMPLEX', 'NETWORK']);

/** Strips the "field: " prefix the API puts before validation messages. */
export function detailOf(p: ApiProblem): string {
  return p.field && p.message.startsWith(`${p.field}:`) ? p.message.slice(p.field.length + 1).trim() : p.message;
}

/** A sentence for a person: never a raw code. `fieldLabel` names the field of a BAD_USER_INPUT. */
export function describeError(error: unknown, t: TFunction, fieldLabel?: (field: string) => string | undefined): string {
  const p = problemOf(error);
  if (p.code === 'UNAUTHENTICATED') {
    if (/wrong e-mail or password/i.test(p.message)) return t('errors.wrongPassword');
    const locked = /try again after (\S+)/i.exec(p.message);
    if (locked) return t('errors.locked', { time: formatDateTime(locked[1]) }); // Asia/Shanghai, wherever the browser is
  }
  if (p.code === 'BAD_USER_INPUT') {
    const label = p.field ? fieldLabel?.(p.field) : undefined;
    return label ? t('errors.BAD_USER_INPUT_FIELD', { field: label, detail: detailOf(p) }) : t('errors.BAD_USER_INPUT', { detail: detailOf(p) });
  }
  return t(`errors.${KNOWN.has(p.code) ? p.code : 'INTERNAL'}`);
}

const ZH_DETAILS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must not be less than (\S+)$/, (m) => `不能小于 ${m[1]}`],
  [/^must not be greater than (\S+)$/, (m) => `不能大于 ${m[1]}`],
  [/^should not be empty$/, () => '不能为空'],
  [/^must be a positive number$/, () => '必须大于 0'],
  [/^must be an integer number$/, () => '必须是整数'],
  [/^must be a number.*$/, () => '必须是数字'],
  [/^must be a valid ISO 8601 date string$/, () => '日期格式不正确'],
  [/^must be shorter than or equal to (\d+) characters$/, (m) => `不能超过 ${m[1]} 个字符`],
  [/needs a reason$/, () => '需要填写原因'],
  [/^no such user$/, () => '没有这个用户'],
  [/does not work in the lead's sub-park$/, () => '不在该项目所属子园工作'],
  [/^unknown chain node/, () => '不是已知的产业链环节'],
];

/** The validation detail of a field in the reader's language (the API writes it in English). */
export function fieldDetail(p: ApiProblem, lang: string): string {
  const d = detailOf(p);
  if (lang === 'en') return d;
  for (const [re, say] of ZH_DETAILS) {
    const m = re.exec(d);
    if (m) return say(m);
  }
  return d;
}
