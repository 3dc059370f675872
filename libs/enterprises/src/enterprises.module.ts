import { Module } from '@nestjs/common';
import { ChainsModule } from '../../chains/src/chains.module.js';
import { EnterpriseConnectionResolver, EnterprisesResolver } from './enterprises.resolver.js';
import { EnterprisesRepository } from './enterprises.repository.js';
import { EnterprisesService } from './enterprises.service.js';

@Module({
  imports: [ChainsModule],
  providers: [EnterprisesRepository, EnterprisesService, EnterprisesResolver, EnterpriseConnectionResolver],
  exports: [EnterprisesRepository, EnterprisesService],
})
export class EnterprisesModule {}
