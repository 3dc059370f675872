import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayUnique, IsByteLength, IsEmail, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsVisibleName } from '../../platform/src/index.js';
import { Role } from './role.js';

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'must be a valid e-mail address' }) @MaxLength(254)
  email: string;

  @Field() @IsString() @MinLength(8, { message: 'must be at least 8 characters' })
  // bcrypt reads 72 bytes and ignores the rest: a longer password would be cut without a word.
  @IsByteLength(0, 72, { message: 'must be at most 72 bytes (UTF-8; a Chinese character is 3)' })
  password: string;

  @Field(() => Role) @IsEnum(Role)
  role: Role;

  @Field() @IsString() @MinLength(1, { message: 'must not be empty' }) @MaxLength(100) @IsVisibleName()
  name: string;

  @Field(() => [ID]) @ArrayUnique() @Matches(/^\d+$/, { each: true, message: 'must be sub-park ids' })
  subParkIds: string[];

  @Field(() => ID, { nullable: true, description: 'GROUP users: their group company (else derived from subParkIds)' })
  @IsOptional() @Matches(/^\d+$/, { message: 'must be a group id' })
  groupId?: string;
}
