import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../platform/src/index.js';
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
  @Field(() => ID, { nullable: true, description: 'GROUP users: their group company' }) groupId: string | null;
  @Field({ description: 'false once an administrator deactivated the account' }) active: boolean;
  @Field() createdAt: Date;
}

@ObjectType()
export class UserEdge {
  @Field() cursor: string;
  @Field(() => User) node: User;
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserEdge]) edges: UserEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'Users matching the filter, over all pages' }) totalCount: number;
}

@ObjectType()
export class PasswordReset {
  @Field(() => User) user: User;
  @Field(() => String, { nullable: true, description: 'The generated temporary password, shown this once (null when the administrator chose it)' })
  temporaryPassword: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field() accessToken: string;
  @Field({ description: 'When the token expires (ISO 8601, UTC)' }) expiresAt: string;
  @Field(() => User) user: User;
}
