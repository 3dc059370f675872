import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CurrentScope, type GqlContext } from '../../identity/src/current-scope.js';
import { User } from '../../identity/src/identity.models.js';
import type { Scope } from '../../identity/src/scope.js';
import { loadUser } from '../../identity/src/user-loader.js';
import { notFound, requestLoader } from '../../platform/src/index.js';
import { Digest, DigestSettings } from './digests.models.js';
import { DigestsService } from './digests.service.js';

@Resolver(() => Digest)
export class DigestsResolver {
  constructor(
    private readonly service: DigestsService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => [Digest], { description: 'The digest archive, newest first: an ADMIN sees every digest, anyone else their own' })
  digests(
    @CurrentScope() scope: Scope,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('weekStart', { type: () => String, nullable: true, description: 'Only this week (its Monday, YYYY-MM-DD)' }) weekStart?: string,
    @Args('after', { type: () => ID, nullable: true, description: 'The next page: the id of the last digest seen' }) after?: string,
  ): Promise<Digest[]> {
    return this.service.list(scope, first, weekStart, after);
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
  async recipient(@Parent() d: Digest, @Context() ctx: GqlContext): Promise<User> {
    return (await loadUser(ctx, this.dataSource, d.recipientId)) ?? Promise.reject(notFound('User'));
  }

  @ResolveField(() => String, { description: 'The HTML that was (or will be) mailed' })
  async html(@Parent() d: Digest, @Context() ctx: GqlContext): Promise<string> {
    return d.html ?? (await this.content(ctx, d.id)).html;
  }

  @ResolveField(() => String, { description: 'The plain-text part' })
  async text(@Parent() d: Digest, @Context() ctx: GqlContext): Promise<string> {
    return d.text ?? (await this.content(ctx, d.id)).text;
  }

  @ResolveField(() => String, { nullable: true, description: 'The numbers of the digest, as JSON' })
  async stats(@Parent() d: Digest, @Context() ctx: GqlContext): Promise<string | null> {
    return d.stats !== undefined ? d.stats : (await this.content(ctx, d.id)).stats;
  }

  /** A list's rows carry no content; the rows that ask for it load it together. */
  private content(ctx: GqlContext, id: string) {
    return requestLoader(ctx, 'digest-content', async (ids: readonly string[]) => {
      const found = await this.service.content(ids);
      return ids.map((i) => found.get(i) ?? new Error(`digest ${i} not found`));
    }).load(id);
  }
}
