import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ChainCode, ChainSegment } from './chains.models.js';

@InputType()
export class ChainNodeInput {
  @Field(() => ChainCode) @IsEnum(ChainCode)
  chain: ChainCode;

  @Field() @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'must be 2-40 upper-case letters, digits or _' })
  code: string;

  @Field() @IsString() @MinLength(1, { message: 'must not be empty' }) @MaxLength(60)
  name: string;

  @Field(() => ChainSegment) @IsEnum(ChainSegment)
  segment: ChainSegment;

  @Field(() => Int) @IsInt() @Min(1, { message: 'must be 1-5' }) @Max(5, { message: 'must be 1-5' })
  weight: number;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000)
  targetCount?: number;

  @Field({ nullable: true }) @IsOptional() @IsBoolean()
  bottleneck?: boolean;

  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'must be a node code' })
  parentCode?: string;

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(30, { each: true })
  keywords?: string[];
}
