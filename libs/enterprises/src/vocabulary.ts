/**
 * The registry's vocabulary, defined once. Each is a value (ChainRole.KEY, Object.values for lists) and a type
 * of its string values; enterprises.models.ts registers them as GraphQL enums, the rules, the import, the
 * demo generator and the profiling engine use them as they are. Pure: no framework.
 */
export const EnterpriseStatus = { IN_PARK: 'IN_PARK', CANDIDATE: 'CANDIDATE' } as const;
export type EnterpriseStatus = (typeof EnterpriseStatus)[keyof typeof EnterpriseStatus];

export const ListingStatus = { NONE: 'NONE', STAR_RESERVE: 'STAR_RESERVE', LISTED: 'LISTED', UNICORN: 'UNICORN' } as const;
export type ListingStatus = (typeof ListingStatus)[keyof typeof ListingStatus];

export const SrdiLevel = { NONE: 'NONE', SRDI: 'SRDI', LITTLE_GIANT: 'LITTLE_GIANT' } as const;
export type SrdiLevel = (typeof SrdiLevel)[keyof typeof SrdiLevel];

export const ChainRole = { CHAIN_LEADER: 'CHAIN_LEADER', KEY: 'KEY', SUPPORTING: 'SUPPORTING' } as const;
export type ChainRole = (typeof ChainRole)[keyof typeof ChainRole];

export const RiskStatus = { NORMAL: 'NORMAL', ABNORMAL: 'ABNORMAL', DISHONEST: 'DISHONEST', DEREGISTERED: 'DEREGISTERED', REVOKED: 'REVOKED' } as const;
export type RiskStatus = (typeof RiskStatus)[keyof typeof RiskStatus];
