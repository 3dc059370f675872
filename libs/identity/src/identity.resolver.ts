import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service.js';
import { CreateUserInput } from './create-user.input.js';
import { CurrentScope, Public, type GqlContext } from './current-scope.js';
import { AuthPayload, Group, PasswordReset, SubPark, User, UserConnection } from './identity.models.js';
import { ResetPasswordInput, UpdateUserInput, UserFilter } from './user-admin.input.js';
import { SubParksService } from './sub-parks.service.js';
import { UpdateSubParkInput } from './update-sub-park.input.js';
import type { Scope } from './scope.js';
import { UsersService } from './users.service.js';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly usersService: UsersService,
    private readonly subParksService: SubParksService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext): Promise<AuthPayload> {
    // The address the connection comes from (Express's req.ip honours `trust proxy` if a deployment sets it).
    return this.auth.login(email, password, ctx.req.ip ?? ctx.req.socket?.remoteAddress ?? 'unknown');
  }

  @Query(() => User)
  me(@CurrentScope() scope: Scope): Promise<User> {
    return this.usersService.findModel(scope.userId);
  }

  @Mutation(() => User)
  createUser(@CurrentScope() scope: Scope, @Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.createUser(scope, input);
  }

  @Mutation(() => User, { description: 'ADMIN: deactivate a user (they can no longer sign in; their tokens stop at once) or activate them again' })
  setUserActive(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string, @Args('active') active: boolean): Promise<User> {
    return this.usersService.setActive(scope, id, active);
  }

  @Query(() => UserConnection, { description: 'ADMIN: every user, keyset-paged by id; search by name or e-mail, filter by role' })
  users(
    @CurrentScope() scope: Scope,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<UserConnection> {
    return this.usersService.list(scope, filter ?? {}, first, after);
  }

  @Mutation(() => User, { description: "ADMIN: change a user's name, role, sub-parks or group (checked as createUser checks them)" })
  updateUser(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.usersService.updateUser(scope, id, input);
  }

  @Mutation(() => PasswordReset, { description: "ADMIN: set a user's password (or generate one, returned once); their signed-in sessions end" })
  resetUserPassword(
    @CurrentScope() scope: Scope,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ResetPasswordInput, nullable: true }) input?: ResetPasswordInput,
  ): Promise<PasswordReset> {
    return this.usersService.resetPassword(scope, id, input?.password ?? undefined);
  }

  @Query(() => [Group], { description: 'The group companies that run sub-parks (reference data)' })
  groups(): Promise<Group[]> {
    return this.subParksService.groups();
  }

  /** Reference data every signed-in role needs to fill forms and filters. */
  @Query(() => [SubPark])
  subParks(): Promise<SubPark[]> {
    return this.subParksService.list();
  }

  @Mutation(() => SubPark, { description: 'ADMIN: rename a sub-park or change which group runs it' })
  updateSubPark(
    @CurrentScope() scope: Scope,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSubParkInput,
  ): Promise<SubPark> {
    return this.subParksService.update(scope, id, input);
  }
}

@Resolver(() => Group)
export class GroupResolver {
  constructor(private readonly subParksService: SubParksService) {}

  /** Four rows of reference data: a query per group is cheaper than a loader's bookkeeping. */
  @ResolveField(() => [SubPark])
  subParks(@Parent() group: Group): Promise<SubPark[]> {
    return this.subParksService.list(group.id);
  }
}
