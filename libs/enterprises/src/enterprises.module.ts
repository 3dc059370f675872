import { Module } from '@nestjs/common';
import { ChainsModule } from '../../chains/src/chains.module.js';
import { EnterpriseConnectionResolver, EnterprisesResolver } from './enterprises.resolver.js';
import { EnterprisesRepository } from './enterprises.repository.js';
import { EnterprisesService } from './enterprises.service.js';
import { RegistryFiguresRepository } from './registry-figures.repository.js';
import { EnterpriseExporter } from './import/enterprise-export.js';
import { EnterpriseFilesController } from './import/enterprise-files.controller.js';
import { EnterpriseImportService } from './import/enterprise-import.service.js';

@Module({
  imports: [ChainsModule],
  controllers: [EnterpriseFilesController],
  providers: [
    EnterprisesRepository, EnterprisesService, EnterpriseImportService, EnterpriseExporter, EnterprisesResolver, EnterpriseConnectionResolver,
    RegistryFiguresRepository,
  ],
  exports: [EnterprisesRepository, EnterprisesService, EnterpriseImportService, RegistryFiguresRepository],
})
export class EnterprisesModule {}
