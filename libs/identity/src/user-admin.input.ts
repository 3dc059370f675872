import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayUnique, IsBoolean, IsByteLength, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsVisibleName } from '../../platform/src/index.js';
import { Role } from './role.js';

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Part of the name or e-mail' }) @IsOptional() @IsString() @MaxLength(100)
  text?: string;

  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true, description: 'true: active accounts only; false: deactivated ones only' }) @IsOptional() @IsBoolean()
  active?: boolean;
}

/** Only the fields given change; role, sub-parks and group are checked together, as createUser checks them. */
@InputType()
export class UpdateUserInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(1, { message: 'must not be empty' }) @MaxLength(100) @IsVisibleName()
  name?: string;

  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role)
  role?: Role;

  @Field(() => [ID], { nullable: true, description: 'OFFICER: where they work (at least one); GROUP: must belong to its group' })
  @IsOptional() @ArrayUnique() @Matches(/^\d+$/, { each: true, message: 'must be sub-park ids' })
  subParkIds?: string[];

  @Field(() => ID, { nullable: true, description: 'GROUP users: their group company (else derived from subParkIds)' })
  @IsOptional() @Matches(/^\d+$/, { message: 'must be a group id' })
  groupId?: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ nullable: true, description: 'The temporary password to set; leave out to have one generated (returned once)' })
  @IsOptional() @IsString() @MinLength(8, { message: 'must be at least 8 characters' })
  @IsByteLength(0, 72, { message: 'must be at most 72 bytes (UTF-8; a Chinese character is 3)' })
  password?: string;
}
