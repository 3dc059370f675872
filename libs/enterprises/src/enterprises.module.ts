import { Module } from '@nestjs/common';
import { ChainsModule } from '../../chains/src/chains.module.js';
import { EnterpriseConnectionResolver, EnterprisesResolver } from './enterprises.resolver.js';
import { EnterprisesRepository } from './enterprises.repository.js';
import { EnterprisesService } from './enterprises.service.js';
import { EnterpriseExporter } from './enterprise-export.js';
import { EnterpriseFilesController } from './enterprise-files.controller.js';
import { EnterpriseImportService } from './enterprise-import.service.js';
import { ProfilerService } from './profiles/profiler.service.js';
import { ProfilingModelsService } from './profiles/profiling-models.service.js';
import { EnterpriseProfileResolver, ProfileResolver, ProfilingModelsResolver } from './profiles/profiles.resolver.js';
import { ProfilesRepository } from './profiles/profiles.repository.js';

@Module({
  imports: [ChainsModule],
  controllers: [EnterpriseFilesController],
  providers: [
    EnterprisesRepository, EnterprisesService, EnterpriseImportService, EnterpriseExporter, EnterprisesResolver, EnterpriseConnectionResolver,
    ProfilesRepository, ProfilingModelsService, ProfilerService, EnterpriseProfileResolver, ProfileResolver, ProfilingModelsResolver,
  ],
  exports: [EnterprisesRepository, EnterprisesService, EnterpriseImportService, ProfilerService],
})
export class EnterprisesModule {}
