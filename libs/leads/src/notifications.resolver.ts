import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentScope } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { Notification } from './leads.models.js';
import { NotificationsService } from './notifications.service.js';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [Notification], { name: 'notifications', description: 'Your in-app notifications, newest first' })
  mine(
    @CurrentScope() scope: Scope,
    @Args('unreadOnly', { nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ): Promise<Notification[]> {
    return this.notifications.mine(scope, unreadOnly, first);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed' })
  markNotificationsRead(@CurrentScope() scope: Scope, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.notifications.markRead(scope, ids);
  }
}
