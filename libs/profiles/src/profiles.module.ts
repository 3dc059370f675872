import { Module } from '@nestjs/common';
import { EnterprisesModule } from '../../enterprises/src/enterprises.module.js';
import { ProfilerService } from './profiler.service.js';
import { ProfilingModelsService } from './profiling-models.service.js';
import { EnterpriseProfileResolver, ProfileResolver, ProfilingModelsResolver } from './profiles.resolver.js';
import { ProfilesRepository } from './profiles.repository.js';

@Module({
  imports: [EnterprisesModule],
  providers: [ProfilesRepository, ProfilingModelsService, ProfilerService, EnterpriseProfileResolver, ProfileResolver, ProfilingModelsResolver],
  exports: [ProfilesRepository, ProfilerService],
})
export class ProfilesModule {}
