import type { TFunction } from 'i18next';

const numberFmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const pctFmt = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

export const num = (v: number | null | undefined): string => (v == null ? '—' : numberFmt.format(v));
export const pct = (v: number | null | undefined): string => (v == null ? '—' : pctFmt.format(v));

/** A KPI's unit in the reader's language (the API names units in Chinese). */
export const unitWord = (t: TFunction, unit: string): string => t(`cockpit.units.${unit}`, { defaultValue: unit });
export const kpiName = (t: TFunction, code: string, fallback: string): string => t(`cockpit.kpis.${code}`, { defaultValue: fallback });
