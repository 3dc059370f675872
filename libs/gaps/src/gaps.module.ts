import { Module } from '@nestjs/common';
import { LeadsModule } from '../../leads/src/leads.module.js';
import { ChainsModule } from '../../chains/src/chains.module.js';
import { GapAnalysisService } from './gap-analysis.service.js';
import { GapMatchReads } from './gap-match-reads.js';
import { EnterpriseLeadSuggestionResolver, GapMatchResolver, GapsResolver } from './gaps.resolver.js';
import { GapsService } from './gaps.service.js';

@Module({
  imports: [ChainsModule, LeadsModule],
  providers: [GapAnalysisService, GapsService, GapsResolver, GapMatchResolver, EnterpriseLeadSuggestionResolver, GapMatchReads],
  exports: [GapAnalysisService, GapMatchReads],
})
export class GapsModule {}
