import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ChainCode } from '../../chains/src/chains.models.js';
import { IsCalendarDate, IsIsoInstant, IsVisibleName, IsWanAmount } from '../../platform/src/index.js';
import { LeadStage } from './lead-stage.js';
import { ActivityType, LeadPriority } from './leads.models.js';

const ID_RE = /^\d+$/;
export const LEAD_SOURCES = ['自拓', '中介', '以商引商', '链主推荐', '基金', '补链推荐'];
const amount = { message: 'must be an amount in 万元 ≥ 0' };

/** Fields an officer fills in and edits; shared by create and update. */
@InputType({ isAbstract: true })
class LeadFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1, { message: 'must not be empty' }) @MaxLength(200) @IsVisibleName() title?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_RE, { message: 'must be a user id' }) ownerId?: string;
  @Field({ nullable: true, description: LEAD_SOURCES.join(' / ') }) @IsOptional() @IsIn(LEAD_SOURCES, { message: `must be one of ${LEAD_SOURCES.join(', ')}` }) source?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) nodeCode?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(1e9) expectedInvestment?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(1e9) fixedAssetInvestment?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(1e7) landMu?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(1e9) floorSpace?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(1e9) expectedOutput?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(1e9) expectedTax?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1e6) expectedJobs?: number;
  @Field(() => LeadPriority, { nullable: true }) @IsOptional() @IsEnum(LeadPriority) priority?: LeadPriority;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() nextFollowUp?: string;
}

@InputType()
export class LeadInput extends LeadFields {
  @Field(() => ID) @Matches(ID_RE, { message: 'must be an enterprise id' }) enterpriseId: string;
  @Field() @IsString() @MinLength(1, { message: 'must not be empty' }) @MaxLength(200) @IsVisibleName() declare title: string;
  @Field(() => ID) @Matches(ID_RE, { message: 'must be a sub-park id' }) subParkId: string;
}

@InputType()
export class LeadUpdateInput extends LeadFields {
  @Field(() => Int, { description: 'The version you read; a stale one is CONFLICT' }) @IsInt() version: number;
}

@InputType()
export class LeadFilter {
  @Field(() => LeadStage, { nullable: true }) @IsOptional() @IsEnum(LeadStage) stage?: LeadStage;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_RE, { message: 'must be a user id' }) ownerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_RE, { message: 'must be a sub-park id' }) subParkId?: string;
  @Field(() => ChainCode, { nullable: true }) @IsOptional() @IsEnum(ChainCode) chain?: ChainCode;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) nodeCode?: string;
  @Field({ nullable: true }) @IsOptional() stale?: boolean;
  @Field({ nullable: true, description: 'A part of the title or of the enterprise name' }) @IsOptional() @IsString() @MaxLength(100) text?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_RE, { message: 'must be an enterprise id' }) enterpriseId?: string;
}

@InputType()
export class ActivityInput {
  @Field(() => ActivityType) @IsEnum(ActivityType) type: ActivityType;
  @Field({ description: 'ISO 8601 time, e.g. 2026-11-26T10:00:00+08:00' })
  @IsIsoInstant()
  occurredAt: string;
  @Field() @IsString() @MinLength(1, { message: 'must not be empty' }) @MaxLength(4000) summary: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(50, { each: true }) participants?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) nextStep?: string;
}

@InputType()
export class TaskInput {
  @Field() @IsString() @MinLength(1, { message: 'must not be empty' }) @MaxLength(200) title: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(ID_RE, { message: 'must be a user id' }) assigneeId?: string;
  @Field() @IsCalendarDate() dueOn: string;
}
