import { registerEnumType } from '@nestjs/graphql';

export enum LeadStage {
  CLUE = 'CLUE',
  CONTACTED = 'CONTACTED',
  NEGOTIATING = 'NEGOTIATING',
  AGREEMENT = 'AGREEMENT',
  SIGNED = 'SIGNED',
  REGISTERED = 'REGISTERED',
  PRODUCING = 'PRODUCING',
  ON_HOLD = 'ON_HOLD',
  LOST = 'LOST',
}
registerEnumType(LeadStage, { name: 'LeadStage', description: '线索 → 初步接洽 → 考察洽谈 → 意向协议 → 正式签约 → 注册落地 → 开工投产; 搁置; 流失' });

export const STAGE_NAMES: Record<LeadStage, string> = {
  CLUE: '线索', CONTACTED: '初步接洽', NEGOTIATING: '考察洽谈', AGREEMENT: '意向协议', SIGNED: '正式签约',
  REGISTERED: '注册落地', PRODUCING: '开工投产', ON_HOLD: '搁置', LOST: '流失',
};

/** The forward path of a project; ON_HOLD and LOST sit beside it. */
export const PATH_STAGES: readonly LeadStage[] = [
  LeadStage.CLUE, LeadStage.CONTACTED, LeadStage.NEGOTIATING, LeadStage.AGREEMENT, LeadStage.SIGNED, LeadStage.REGISTERED, LeadStage.PRODUCING,
];

export const ALL_STAGES = Object.values(LeadStage);

/**
 * Officers skip stages when reality does, so any forward move is allowed without comment. Going back, pausing,
 * losing a project or reopening a lost one must say why (DOMAIN.md §4). Resuming a paused one is a normal move.
 */
export function moveNeedsReason(from: LeadStage, to: LeadStage): boolean {
  if (to === LeadStage.ON_HOLD || to === LeadStage.LOST) return true;
  if (from === LeadStage.LOST) return true;
  if (from === LeadStage.ON_HOLD) return false;
  return PATH_STAGES.indexOf(to) < PATH_STAGES.indexOf(from);
}
