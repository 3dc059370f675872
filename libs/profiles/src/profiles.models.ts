import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import GraphQLJSON from '../../platform/src/graphql/json-scalar.js';
import { Job } from '../../job-runs/src/job.model.js';
import { ChainCode } from '../../chains/src/chains.models.js';

@ObjectType({ description: 'Why a score is what it is: `text` for officers, the rest for machines' })
export class Reason {
  @Field() text: string;
  @Field(() => String, { nullable: true }) indicator: string | null;
  @Field(() => String, { nullable: true }) value: string | null;
  @Field(() => Float, { nullable: true }) points: number | null;
}

@ObjectType()
export class Dimension {
  @Field({ description: 'scale | growth | innovation | chainFit | landing' }) key: string;
  @Field(() => Float, { description: '0-100' }) score: number;
  @Field(() => Float) weight: number;
  @Field(() => [Reason]) reasons: Reason[];
}

@ObjectType({ description: 'One badge checked against the official rule it rests on' })
export class BadgeCheck {
  @Field({ description: 'HIGHTECH_VALID | HIGHTECH_ELIGIBLE | TECH_SME_ELIGIBLE | SRDI_ELIGIBLE | STAR_RESERVE' }) badge: string;
  @Field({ description: 'The official rule, as an officer would cite it' }) rule: string;
  @Field({ description: 'Whether the profile carries the badge (the same rules computed the badges)' }) held: boolean;
  @Field(() => [Reason], { description: 'Every criterion with the firm\'s figure and the requirement' }) criteria: Reason[];
  @Field(() => [Reason], { description: 'For a badge it lacks: the criteria not met, in numbers' }) unmet: Reason[];
  @Field(() => String, { nullable: true, description: 'Why the rule does not apply, when it does not (held by status, superseded)' }) note: string | null;
}

@ObjectType({ description: 'A value per profile dimension (0-100)' })
export class DimensionScores {
  @Field(() => Float) scale: number;
  @Field(() => Float) growth: number;
  @Field(() => Float) innovation: number;
  @Field(() => Float) chainFit: number;
  @Field(() => Float) landing: number;
}

@ObjectType({ description: 'The median profile of the in-park firms on one chain' })
export class ChainMedian {
  @Field(() => ChainCode) chain: ChainCode;
  @Field(() => Int, { description: 'In-park firms on the chain with a profile' }) firms: number;
  @Field(() => DimensionScores, { nullable: true, description: 'null when no in-park firm is on the chain' }) scores: DimensionScores | null;
  @Field(() => Float, { nullable: true }) total: number | null;
}

@ObjectType()
export class ProfileChange {
  @Field(() => Float) total: number;
  @Field(() => GraphQLJSON, { description: 'Dimension scores at the time' }) scores: Record<string, number>;
  @Field(() => [String]) badges: string[];
  @Field(() => Int) modelVersion: number;
  @Field() computedAt: Date;
}

@ObjectType({ description: '精准画像: the explainable profile of one enterprise' })
export class Profile {
  enterpriseId: string;
  @Field(() => Float, { description: '0-100, the weighted mean of the dimensions (0 when the risk gate closes)' }) total: number;
  @Field(() => [String]) badges: string[];
  @Field(() => Int, { nullable: true }) modelVersion: number;
  @Field(() => String, { nullable: true }) computedAt: string;
  @Field({ description: 'The date (Asia/Shanghai) the rules were applied at' }) asOf: string;
  @Field({ description: 'PASS, FLAGGED (abnormal / dishonest list) or ZEROED (deregistered / revoked)' }) riskGate: string;
}

@ObjectType()
export class ModelWeights {
  @Field(() => Float) scale: number;
  @Field(() => Float) growth: number;
  @Field(() => Float) innovation: number;
  @Field(() => Float) chainFit: number;
  @Field(() => Float) landing: number;
}

@ObjectType()
export class ProfilingModel {
  @Field(() => Int) version: number;
  @Field() active: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ModelWeights) weights: ModelWeights;
  @Field(() => DimensionScores, { description: 'Per dimension, the score the model counts as good enough to court a firm on (not used in scoring)' }) thresholds: DimensionScores;
  @Field(() => GraphQLJSON, { description: 'The band tables (money in fen, ratios in basis points)' }) bands: unknown;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) activatedAt: Date | null;
}

@ObjectType()
export class ModelActivation {
  @Field(() => ProfilingModel) model: ProfilingModel;
  @Field(() => Job, { description: 'The re-profiling of every enterprise it started' }) job: Job;
}

@InputType()
export class ModelWeightsInput {
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) scale: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) growth: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) innovation: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) chainFit: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) landing: number;
}

@InputType({ description: 'Per dimension, the score (0-100) the model counts as good enough to court a firm on' })
export class DimensionThresholdsInput {
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) scale: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) growth: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) innovation: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) chainFit: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) landing: number;
}

@InputType()
export class ProfilingModelInput {
  @Field(() => Int, { nullable: true, description: 'Version to copy the band tables from (default: the active one)' })
  @IsOptional() @IsInt() @Min(1) basedOn?: number;
  @Field(() => ModelWeightsInput) @ValidateNested() @Type(() => ModelWeightsInput) weights: ModelWeightsInput;
  @Field(() => DimensionThresholdsInput, { nullable: true, description: "The radar's threshold line (default: the base version's)" })
  @IsOptional() @ValidateNested() @Type(() => DimensionThresholdsInput) thresholds?: DimensionThresholdsInput;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Replacement band tables, same shape as ProfilingModel.bands' })
  @IsOptional() bands?: unknown;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) note?: string;
}

export { ID };
