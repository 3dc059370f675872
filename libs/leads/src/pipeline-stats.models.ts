import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LeadStage } from './lead-stage.js';

@ObjectType({ description: 'One stage of the pipeline funnel' })
export class FunnelStage {
  @Field(() => LeadStage) stage: LeadStage;
  @Field() name: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Leads whose furthest stage on the forward path (now or ever, from the stage history) is this one or later; a skipped stage counts as passed. null for ON_HOLD and LOST',
  })
  reached: number | null;
  @Field(() => Int, { description: 'Leads in this stage now' }) current: number;
  @Field(() => Float, {
    nullable: true,
    description: 'reached of the next forward stage / reached of this one (0..1); null for the last stage, ON_HOLD, LOST, or when none reached this one',
  })
  conversion: number | null;
}

@ObjectType({ description: '驾驶舱: the pipeline funnel over the leads the caller may see (one sub-park, or all visible ones)' })
export class PipelineFunnel {
  @Field(() => ID, { nullable: true }) subParkId: string | null;
  @Field(() => Int, { description: 'Every lead counted' }) total: number;
  @Field(() => [FunnelStage], { description: 'The seven forward stages in order, then ON_HOLD and LOST' }) stages: FunnelStage[];
}

@ObjectType()
export class ChainInvestment {
  @Field(() => String, { nullable: true, description: 'Chain code; null: leads on no chain node' }) chain: string | null;
  @Field(() => Int, { description: 'Leads not LOST' }) count: number;
  @Field(() => Float, { description: 'Σ expected investment of leads not LOST, 万元' }) expectedInvestment: number;
  @Field(() => Float, { description: 'Of which leads SIGNED, REGISTERED or PRODUCING now, 万元' }) signedInvestment: number;
}

@ObjectType()
export class MonthInvestment {
  @Field(() => Int, { description: '1..12 (Asia/Shanghai)' }) month: number;
  @Field(() => Int, { description: 'Leads created in the month' }) addedCount: number;
  @Field(() => Float, { description: 'Σ expected investment of the leads created in the month, 万元' }) added: number;
  @Field(() => Int, { description: 'Leads that first reached SIGNED in the year, in this month' }) signedCount: number;
  @Field(() => Float, { description: 'Σ expected investment of those, 万元' }) signed: number;
}

@ObjectType({ description: '驾驶舱: expected investment by chain and by month, and the year’s signings and landings, over what the caller may see' })
export class PipelineInvestment {
  @Field(() => Int) year: number;
  @Field(() => ID, { nullable: true }) subParkId: string | null;
  @Field(() => [ChainInvestment], { description: 'Biggest first' }) byChain: ChainInvestment[];
  @Field(() => [MonthInvestment], { description: 'Twelve months, January first' }) byMonth: MonthInvestment[];
  @Field(() => Int, { description: 'Leads that moved into SIGNED during the year (each once)' }) signed: number;
  @Field(() => Float, { description: '万元' }) signedInvestment: number;
  @Field(() => Int, { description: 'Leads that moved into REGISTERED or PRODUCING during the year (each once)' }) landed: number;
  @Field(() => Float, { description: '万元' }) landedInvestment: number;
}
