import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard.js';
import { AccessCache } from './access-cache.js';
import { AuthService } from './auth.service.js';
import { GroupResolver, IdentityResolver } from './identity.resolver.js';
import { SubParksService } from './sub-parks.service.js';
import { UsersService } from './users.service.js';

@Global()
@Module({
  providers: [AccessCache, AuthService, UsersService, SubParksService, IdentityResolver, GroupResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AccessCache, AuthService, UsersService, SubParksService],
})
export class IdentityModule {}
