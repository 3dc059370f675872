/**
 * The chain map's vocabulary, defined once. Each is a value (ChainCode.MARINE_EQUIPMENT, Object.values for
 * lists) and a type of its string values; chains.models.ts registers them as GraphQL enums. Pure: no framework.
 */
export const ChainCode = { MARINE_EQUIPMENT: 'MARINE_EQUIPMENT', DIGITAL_ECONOMY: 'DIGITAL_ECONOMY', GREEN_LOW_CARBON: 'GREEN_LOW_CARBON' } as const;
export type ChainCode = (typeof ChainCode)[keyof typeof ChainCode];

export const ChainSegment = { UPSTREAM: 'UPSTREAM', MIDSTREAM: 'MIDSTREAM', DOWNSTREAM: 'DOWNSTREAM' } as const;
export type ChainSegment = (typeof ChainSegment)[keyof typeof ChainSegment];
