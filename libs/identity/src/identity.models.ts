import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from './role.js';

@ObjectType()
export class Group {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() code: string;
}

@ObjectType()
export class SubPark {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() code: string;
  @Field(() => Group, { nullable: true }) group: Group | null;
}

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => Role) role: Role;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => [ID], { description: 'OFFICER: where they work; GROUP: the sub-parks their group runs' })
  subParkIds: string[];
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken: string;
  @Field({ description: 'When the token expires (ISO 8601, UTC)' }) expiresAt: string;
  @Field(() => User) user: User;
}
