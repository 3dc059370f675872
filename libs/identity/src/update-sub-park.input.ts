import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsVisibleName } from '../../platform/src/index.js';

@InputType()
export class UpdateSubParkInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1, { message: 'must not be empty' }) @MaxLength(100) @IsVisibleName()
  name?: string;

  @Field(() => ID, { nullable: true, description: 'The group company that runs it; null for none' })
  @IsOptional() @Matches(/^\d+$/, { message: 'must be a group id' })
  groupId?: string | null;
}
