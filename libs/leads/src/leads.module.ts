import { Module } from '@nestjs/common';
import {
  EnterpriseLeadsResolver, LeadConnectionResolver, LeadsResolver, NotificationsResolver, PipelineColumnResolver,
} from './leads.resolver.js';
import { LeadsService } from './leads.service.js';
import { StaleLeadsService } from './stale-leads.service.js';
import { TimelineService } from './timeline.service.js';

@Module({
  providers: [
    LeadsService, TimelineService, StaleLeadsService,
    LeadsResolver, PipelineColumnResolver, LeadConnectionResolver, EnterpriseLeadsResolver, NotificationsResolver,
  ],
  exports: [LeadsService, StaleLeadsService],
})
export class LeadsModule {}
