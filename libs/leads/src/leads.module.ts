import { Module } from '@nestjs/common';
import { ChainsModule } from '../../chains/src/chains.module.js';
import { EnterprisesModule } from '../../enterprises/src/enterprises.module.js';
import { BoardResolver, LeadConnectionResolver } from './board.resolver.js';
import { BoardService } from './board.service.js';
import { EnterpriseLeadsResolver, LeadResolver } from './lead.resolver.js';
import { LeadRelations } from './lead-relations.js';
import { LeadsRepository } from './leads.repository.js';
import { LeadsService } from './leads.service.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { PipelineStatsRepository } from './pipeline-stats.repository.js';
import { PipelineStatsResolver } from './pipeline-stats.resolver.js';
import { PipelineStatsService } from './pipeline-stats.service.js';
import { StaleLeadsResolver } from './stale-leads.resolver.js';
import { StaleLeadsService } from './stale-leads.service.js';
import { TimelineService } from './timeline.service.js';

@Module({
  imports: [ChainsModule, EnterprisesModule],
  providers: [
    LeadsRepository, LeadsService, BoardService, LeadRelations, TimelineService, StaleLeadsService, NotificationsService,
    PipelineStatsRepository, PipelineStatsService, PipelineStatsResolver,
    LeadResolver, EnterpriseLeadsResolver, BoardResolver, LeadConnectionResolver, NotificationsResolver, StaleLeadsResolver,
  ],
  exports: [LeadsRepository, LeadsService, StaleLeadsService, LeadRelations],
})
export class LeadsModule {}
