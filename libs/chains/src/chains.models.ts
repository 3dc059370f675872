import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChainCode, ChainSegment } from './vocabulary.js';

export { ChainCode, ChainSegment };
registerEnumType(ChainCode, { name: 'ChainCode' });
registerEnumType(ChainSegment, { name: 'ChainSegment' });

@ObjectType()
export class ChainNode {
  @Field() code: string;
  @Field() name: string;
  @Field(() => ChainCode) chain: ChainCode;
  @Field(() => ChainSegment) segment: ChainSegment;
  @Field(() => Int, { description: 'Importance to the park, 1-5' }) weight: number;
  @Field(() => Int, { nullable: true, description: 'In-park firms at which the node is no longer weak' }) targetCount: number | null;
  @Field(() => Boolean, { nullable: true, description: '卡脖子: a bottleneck the park most needs to fill' }) bottleneck: boolean | null;
  @Field(() => String, { nullable: true }) parentCode: string | null;
  @Field(() => [String]) keywords: string[];
}

@ObjectType()
export class IndustryChain {
  @Field(() => ChainCode) code: ChainCode;
  @Field() name: string;
  @Field() nameEn: string;
  @Field(() => [ChainNode], { description: 'Every node of the chain, parents before children; build the tree with parentCode' })
  nodes: ChainNode[];
}
