import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service.js';
import { CreateUserInput } from './create-user.input.js';
import { CurrentScope, Public, type GqlContext } from './current-scope.js';
import { AuthPayload, Group, SubPark, User } from './identity.models.js';
import { SubParksService } from './sub-parks.service.js';
import { UpdateSubParkInput } from './update-sub-park.input.js';
import type { Scope } from './scope.js';
import { UsersService } from './users.service.js';

@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
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
    return this.users.findModel(scope.userId);
  }

  @Mutation(() => User)
  createUser(@CurrentScope() scope: Scope, @Args('input') input: CreateUserInput): Promise<User> {
    return this.users.createUser(scope, input);
  }

  @Mutation(() => User, { description: 'ADMIN: deactivate a user (they can no longer sign in; their tokens stop at once) or activate them again' })
  setUserActive(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string, @Args('active') active: boolean): Promise<User> {
    return this.users.setActive(scope, id, active);
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
