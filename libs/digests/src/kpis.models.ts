import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { Enterprise } from '../../enterprises/src/enterprises.models.js';
import { PageInfo } from '../../platform/src/index.js';
import { CONSTRUCTION_KPIS } from './kpi-definitions.js';

@ObjectType({ description: '驾驶舱: one KPI of the plan (DOMAIN.md §5) against its 2025 target, as of a date' })
export class Kpi {
  @Field() code: string;
  @Field() name: string;
  @Field(() => Float) target: number;
  @Field(() => Float, { nullable: true, description: 'null when the data cannot say (a ratio over no firm)' }) actual: number | null;
  @Field() unit: string;
  @Field(() => Float, { nullable: true, description: 'actual / target (1 = reached)' }) progress: number | null;
  @Field(() => Float, { description: 'Share of the year elapsed on asOf (Asia/Shanghai), 0..1' }) yearElapsed: number;
  @Field({ description: 'The date the figures are as of (YYYY-MM-DD, Asia/Shanghai)' }) asOf: string;
  @Field(() => Int) year: number;
  @Field(() => ID, { nullable: true, description: 'null: the whole park' }) subParkId: string | null;
  @Field({ description: 'false: construction figures entered by an administrator (recordKpiDelivery)' }) computed: boolean;
  @Field() formula: string;
}

@ObjectType()
export class KpiEnterprise {
  @Field(() => Enterprise) enterprise: Enterprise;
  @Field(() => Float, { nullable: true, description: "The firm's own figure in the KPI's unit (output, ratio …); null for counts" }) value: number | null;
}

@ObjectType()
export class KpiEnterpriseEdge {
  @Field() cursor: string;
  @Field(() => KpiEnterprise) node: KpiEnterprise;
}

@ObjectType({ description: 'The enterprises behind a computed KPI, biggest contribution first' })
export class KpiEnterpriseConnection {
  @Field(() => [KpiEnterpriseEdge]) edges: KpiEnterpriseEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: 'A construction delivery (厂房, 商务配套, 人才公寓) entered by an administrator' })
export class KpiDelivery {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field(() => Float, { description: 'm² or units' }) quantity: number;
  @Field() deliveredOn: string;
  @Field(() => ID, { nullable: true }) subParkId: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true, description: 'Who entered it' }) createdBy: string | null;
  @Field({ description: 'When it was entered (ISO 8601, UTC)' }) createdAt: string;
}

@InputType()
export class KpiDeliveryInput {
  @Field({ description: CONSTRUCTION_KPIS.join(' / ') })
  @IsIn(CONSTRUCTION_KPIS, { message: `must be one of ${CONSTRUCTION_KPIS.join(', ')}` })
  code: string;

  @Field(() => Float, { description: 'm² (厂房, 商务配套) or units (人才公寓)' })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'must be a number with at most 2 decimals' }) @Min(0.01, { message: 'must be positive' }) @Max(1e9)
  quantity: number;

  @Field({ description: 'YYYY-MM-DD' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  deliveredOn: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(/^\d+$/, { message: 'must be a sub-park id' })
  subParkId?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500)
  note?: string;
}
