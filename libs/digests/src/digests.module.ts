import { Module } from '@nestjs/common';
import { ChainsModule } from '../../chains/src/chains.module.js';
import { EnterprisesModule } from '../../enterprises/src/enterprises.module.js';
import { GapsModule } from '../../gaps/src/gaps.module.js';
import { LeadWeekRepository } from '../../leads/src/lead-week.repository.js';
import { LeadsModule } from '../../leads/src/leads.module.js';
import { DigestBuilder } from './digest-builder.service.js';
import { DigestsResolver } from './digests.resolver.js';
import { DigestsService } from './digests.service.js';
import { KpisResolver } from './kpis.resolver.js';
import { KpisService } from './kpis.service.js';

/** KPIs against the plan (驾驶舱) and the weekly digest (周报). */
@Module({
  imports: [ChainsModule, EnterprisesModule, LeadsModule, GapsModule],
  // LeadWeekRepository (libs/leads) needs only the DataSource; provided here while LeadsModule is being reorganised.
  providers: [LeadWeekRepository, KpisService, KpisResolver, DigestBuilder, DigestsService, DigestsResolver],
  exports: [KpisService, DigestsService],
})
export class DigestsModule {}
