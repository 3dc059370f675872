import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentScope } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { ChainNodeInput } from './chain-node.input.js';
import { ChainNode, IndustryChain } from './chains.models.js';
import { ChainsService } from './chains.service.js';

@Resolver()
export class ChainsResolver {
  constructor(private readonly chains: ChainsService) {}

  @Query(() => [IndustryChain], { description: 'The three chains with every node (every signed-in role)' })
  industryChains(@CurrentScope() _scope: Scope): Promise<IndustryChain[]> {
    return this.chains.industryChains();
  }

  @Mutation(() => ChainNode, { description: 'ADMIN: add or edit a chain node' })
  upsertChainNode(@CurrentScope() scope: Scope, @Args('input') input: ChainNodeInput): Promise<ChainNode> {
    return this.chains.upsertNode(scope, input);
  }
}
