import type { Provider } from '@nestjs/common';
import { GapAnalysisService } from '../../../libs/gaps/src/gap-analysis.service.js';
import { EnterpriseImportService } from '../../../libs/enterprises/src/import/enterprise-import.service.js';
import { ProfilerService } from '../../../libs/profiles/src/profiler.service.js';
import { StaleLeadsService } from '../../../libs/leads/src/stale-leads.service.js';
import { AppConfig, QueueRegistry } from '../../../libs/platform/src/index.js';
import { JOB_HANDLERS, type JobHandlers } from './job-handlers.js';

/** What each job does: a call into a domain service, nothing more. */
export const handlersProvider: Provider = {
  provide: JOB_HANDLERS,
  inject: [AppConfig, QueueRegistry, EnterpriseImportService, ProfilerService, StaleLeadsService, GapAnalysisService],
  useFactory: (
    config: AppConfig,
    queues: QueueRegistry,
    imports: EnterpriseImportService,
    profiler: ProfilerService,
    stale: StaleLeadsService,
    gaps: GapAnalysisService,
  ): JobHandlers => {
    // Enterprise changes move gaps and matches too; a burst of them leads to one analysis.
    const afterProfiles = async (written: number) => {
      if (written > 0) await queues.addCoalesced('RecomputeChainGaps', {}, 'chain-gaps-after-changes', config.GAPS_WINDOW_MS);
      return written;
    };
    return {
      Ping: async (payload) => ({ pong: payload.note }),
      ProfileEnterprise: (p) => profiler.profileEnterprises([p.enterpriseId]).then(afterProfiles),
      ProfileEnterprises: (p) => profiler.profileEnterprises(p.enterpriseIds).then(afterProfiles),
      RecomputeProfiles: (p) => profiler.recomputeAll(p.runId),
      RecomputeChainGaps: (p) => gaps.run(p.runId),
      ImportEnterprises: (p) => imports.runUploaded(p.importId),
      RefreshStaleLeads: () => stale.refresh(),
    };
  },
};
