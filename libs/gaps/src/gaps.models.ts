import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Enterprise } from '../../enterprises/src/enterprises.models.js';
import { Reason } from '../../profiles/src/profiles.models.js';
import { ChainNode } from '../../chains/src/chains.models.js';

export enum GapStatus {
  MISSING = 'MISSING',
  WEAK = 'WEAK',
  STRONG = 'STRONG',
}
registerEnumType(GapStatus, { name: 'GapStatus', description: '缺链 / 弱链 / 强链' });

export enum MatchStatus {
  NEW = 'NEW',
  CONVERTED = 'CONVERTED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(MatchStatus, { name: 'MatchStatus' });

@ObjectType({ description: 'A candidate enterprise that could fill a gap, and why' })
export class GapMatch {
  @Field(() => ID) id: string;
  nodeCode: string;
  enterpriseId: string;
  @Field(() => Enterprise) enterprise?: Enterprise;
  @Field(() => Float) score: number;
  @Field(() => [Reason]) reasons: Reason[];
  @Field(() => MatchStatus) status: MatchStatus;
  @Field(() => String, { nullable: true }) dismissReason: string | null;
  @Field(() => ID, { nullable: true, description: 'The lead it became' }) leadId: string | null;
}

@ObjectType({ description: 'How strong the park (or one sub-park) is on one chain node' })
export class ChainGap {
  @Field(() => ChainNode) node: ChainNode;
  @Field(() => ID, { nullable: true, description: 'null: the park as a whole' }) subParkId: string | null;
  @Field(() => Int) inParkCount: number;
  @Field(() => Float) strength: number;
  @Field(() => Float) gapScore: number;
  @Field(() => GapStatus) status: GapStatus;
  @Field() hasChainLeader: boolean;
  @Field() computedAt: Date;
}

@ObjectType({ description: 'Where a new lead on this enterprise would go, and who would own it: what "create lead" fills in' })
export class LeadSuggestion {
  @Field(() => ID, { nullable: true, description: 'Its own sub-park, else the one that courts its chain, among those you may write; null for a GROUP user' }) subParkId: string | null;
  @Field(() => ID, { nullable: true, description: 'You, when you may own leads' }) ownerId: string | null;
}
