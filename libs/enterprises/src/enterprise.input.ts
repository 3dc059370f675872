import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ChainCode } from '../../chains/src/chains.models.js';
import { IsCalendarDate, IsWanAmount } from '../../platform/src/index.js';
import { ChainRole, EnterpriseStatus, ListingStatus, RiskStatus, SrdiLevel } from './enterprises.models.js';

const BADGES = ['HIGHTECH_VALID', 'HIGHTECH_ELIGIBLE', 'TECH_SME_ELIGIBLE', 'SRDI_ELIGIBLE', 'STAR_RESERVE'];
const MAX_WAN = 1e9;
const amount = { message: 'must be an amount in 万元 ≥ 0' };

@InputType()
export class ChainNodeRoleInput {
  @Field() @IsString() @MaxLength(40)
  code: string;

  @Field(() => ChainRole, { nullable: true }) @IsOptional() @IsEnum(ChainRole)
  role?: ChainRole;
}

@InputType()
export class ContactInput {
  @Field() @IsString() @MinLength(1) @MaxLength(50) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) title?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(/^[0-9+\-() ]{5,30}$/, { message: 'must be a phone number' }) phone?: string;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, { message: 'must be an e-mail address' }) email?: string;
}

/** Shapes and ranges are checked here; rules that need data (check digit, known nodes, sub-parks) in checkEnterprise. */
@InputType()
export class EnterpriseInput {
  @Field() @IsString() @MaxLength(30) uscc: string;
  @Field() @IsString() @MinLength(1, { message: 'must not be empty' }) @MaxLength(200) name: string;
  @Field(() => EnterpriseStatus) @IsEnum(EnterpriseStatus) status: EnterpriseStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(/^\d+$/, { message: 'must be a sub-park id' }) subParkId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @Field(() => [ChainNodeRoleInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ChainNodeRoleInput)
  chainNodes?: ChainNodeRoleInput[];
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() foundedOn?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(MAX_WAN) registeredCapital?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: 'must not be negative' }) employees?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: 'must not be negative' }) techStaff?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(MAX_WAN) revenue?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(MAX_WAN) revenuePrevYear?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(MAX_WAN) output?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(MAX_WAN) rdExpense?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: 'must not be negative' }) inventionPatents?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: 'must not be negative' }) highValuePatents?: number;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() hightechCertifiedOn?: string;
  @Field(() => SrdiLevel, { nullable: true }) @IsOptional() @IsEnum(SrdiLevel) srdiLevel?: SrdiLevel;
  @Field(() => ListingStatus, { nullable: true }) @IsOptional() @IsEnum(ListingStatus) listingStatus?: ListingStatus;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(30) financingRound?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({}, amount) @IsWanAmount() @Min(0, amount) @Max(MAX_WAN) financingAmount?: number;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate() financingDate?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(30, { each: true }) tags?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(50, { each: true }) expansionSignals?: string[];
  @Field(() => RiskStatus, { nullable: true }) @IsOptional() @IsEnum(RiskStatus) riskStatus?: RiskStatus;
  @Field(() => [ContactInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ContactInput)
  contacts?: ContactInput[];
  @Field(() => Int, { nullable: true, description: 'Required on update: the version you read (a stale one is CONFLICT)' })
  @IsOptional() @IsInt()
  version?: number;
}

@InputType()
export class EnterpriseFilter {
  @Field({ nullable: true, description: 'A part of the name (Chinese substrings match) or a USCC prefix' })
  @IsOptional() @IsString() @MaxLength(100)
  text?: string;
  @Field(() => ChainCode, { nullable: true }) @IsOptional() @IsEnum(ChainCode) chain?: ChainCode;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) nodeCode?: string;
  @Field(() => EnterpriseStatus, { nullable: true }) @IsOptional() @IsEnum(EnterpriseStatus) status?: EnterpriseStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(/^\d+$/, { message: 'must be a sub-park id' }) subParkId?: string;
  @Field(() => [String], { nullable: true, description: 'Enterprises carrying all of these tags' })
  @IsOptional() @ArrayMaxSize(10) @IsString({ each: true }) tags?: string[];
  @Field(() => ListingStatus, { nullable: true }) @IsOptional() @IsEnum(ListingStatus) listingStatus?: ListingStatus;
  @Field(() => [String], { nullable: true, description: 'Profile badges all required, e.g. ["HIGHTECH_ELIGIBLE"]' })
  @IsOptional() @ArrayMaxSize(5) @IsIn(BADGES, { each: true, message: `must be among ${BADGES.join(', ')}` }) badges?: string[];
  @Field(() => Float, { nullable: true, description: 'Profile total at least this (0-100)' })
  @IsOptional() @IsNumber() @Min(0) @Max(100) minScore?: number;
}
