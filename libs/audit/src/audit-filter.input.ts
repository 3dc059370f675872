import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../platform/src/index.js';

/** Who (actorId), what (entity, entityId, action) and when (from–to, Asia/Shanghai calendar days, both included). */
@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'The user who acted' }) @IsOptional() @Matches(/^\d{1,19}$/, { message: 'must be a user id' })
  actorId?: string;

  @Field({ nullable: true, description: 'User, Enterprise, Lead, ChainNode, ProfilingModel, …' }) @IsOptional() @IsString() @MaxLength(60)
  entity?: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(60)
  entityId?: string;

  @Field({ nullable: true, description: 'The mutation, e.g. updateUser' }) @IsOptional() @IsString() @MaxLength(60)
  action?: string;

  @Field({ nullable: true, description: 'First day (YYYY-MM-DD, Asia/Shanghai)' }) @IsOptional() @IsCalendarDate()
  from?: string;

  @Field({ nullable: true, description: 'Last day, included (YYYY-MM-DD, Asia/Shanghai)' }) @IsOptional() @IsCalendarDate()
  to?: string;
}
