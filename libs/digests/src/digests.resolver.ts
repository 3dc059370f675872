import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentScope } from '../../identity/src/current-scope.js';
import { User } from '../../identity/src/identity.models.js';
import type { Scope } from '../../identity/src/scope.js';
import { UsersService } from '../../identity/src/users.service.js';
import { Digest, DigestSettings } from './digests.models.js';
import { DigestsService } from './digests.service.js';

@Resolver(() => Digest)
export class DigestsResolver {
  constructor(
    private readonly service: DigestsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => [Digest], { description: 'The digest archive, newest first: an ADMIN sees every digest, anyone else their own' })
  digests(
    @CurrentScope() scope: Scope,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('weekStart', { type: () => String, nullable: true, description: 'Only this week (its Monday, YYYY-MM-DD)' }) weekStart?: string,
  ): Promise<Digest[]> {
    return this.service.list(scope, first, weekStart);
  }

  @Query(() => Digest, { nullable: true, description: 'One archived digest (yours, or any for an ADMIN)' })
  digest(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string): Promise<Digest | null> {
    return this.service.get(scope, id);
  }

  @Mutation(() => [Digest], { description: 'ADMIN: build every digest of a week (its Monday); idempotent: the same week twice gives the same digests and sends nothing twice' })
  generateDigests(@CurrentScope() scope: Scope, @Args('weekStart') weekStart: string): Promise<Digest[]> {
    return this.service.generate(scope, weekStart);
  }

  @Mutation(() => Digest, { description: 'ADMIN: mail a FAILED, UNCERTAIN or NOT_MAILED digest again' })
  resendDigest(@CurrentScope() scope: Scope, @Args('id', { type: () => ID }) id: string): Promise<Digest> {
    return this.service.resend(scope, id);
  }

  @Query(() => DigestSettings, { description: 'Whether the weekly digest is mailed to you' })
  digestSettings(@CurrentScope() scope: Scope): Promise<DigestSettings> {
    return this.service.settings(scope);
  }

  @Mutation(() => DigestSettings, { description: 'Opt out of (mail: false) or back into the digest mail; the archive is kept either way' })
  setDigestMail(@CurrentScope() scope: Scope, @Args('mail') mail: boolean): Promise<DigestSettings> {
    return this.service.setMail(scope, mail);
  }

  @ResolveField(() => User)
  recipient(@Parent() d: Digest): Promise<User> {
    return this.users.findModel(d.recipientId);
  }
}
