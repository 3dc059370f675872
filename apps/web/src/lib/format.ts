import type { LeadStage } from '../gql/graphql';

export const PATH_STAGES: LeadStage[] = ['CLUE', 'CONTACTED', 'NEGOTIATING', 'AGREEMENT', 'SIGNED', 'REGISTERED', 'PRODUCING'];
export const ALL_STAGES: LeadStage[] = [...PATH_STAGES, 'ON_HOLD', 'LOST'];

/** The API's rule (libs/leads/src/lead-stage.ts): back, ON_HOLD, LOST and reopening a lost lead need a reason. */
export function moveNeedsReason(from: LeadStage, to: LeadStage): boolean {
  if (to === 'ON_HOLD' || to === 'LOST') return true;
  if (from === 'LOST') return true;
  if (from === 'ON_HOLD') return false;
  return PATH_STAGES.indexOf(to) < PATH_STAGES.indexOf(from);
}

const wanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
export const formatWan = (v: number | null | undefined): string => (v == null ? '—' : wanFormat.format(v));

const SHANGHAI = 'Asia/Shanghai';
const dateFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: SHANGHAI, year: 'numeric', month: '2-digit', day: '2-digit' });
const dateTimeFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: SHANGHAI, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

/** Dates and times are shown in Asia/Shanghai whatever the browser's zone. */
export const formatDate = (iso: string | null | undefined): string => (iso ? (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.replace(/-/g, '/') : dateFmt.format(new Date(iso))) : '—');
export const formatDateTime = (iso: string | null | undefined): string => (iso ? dateTimeFmt.format(new Date(iso)) : '—');

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SHANGHAI, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Now as an ISO time with the +08:00 offset the API expects for activities. */
export function nowShanghaiIso(now = new Date()): string {
  const shifted = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 19);
  return `${shifted}+08:00`;
}
