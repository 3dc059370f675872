import type { Provider } from '@nestjs/common';
import { GapAnalysisService } from '../../../libs/gaps/src/gap-analysis.service.js';
import { EnterpriseImportService } from '../../../libs/enterprises/src/import/enterprise-import.service.js';
import { ProfilerService } from '../../../libs/profiles/src/profiler.service.js';
import { StaleLeadsService } from '../../../libs/leads/src/stale-leads.service.js';
import { DigestsService } from '../../../libs/digests/src/digests.service.js';
import { OutboxRelay, ping } from '../../../libs/platform/src/index.js';
import { JOB_HANDLERS, type JobHandlers } from './job-handlers.js';

/** What each job does: a call into a domain service, nothing more. */
export const handlersProvider: Provider = {
  provide: JOB_HANDLERS,
  inject: [OutboxRelay, EnterpriseImportService, ProfilerService, StaleLeadsService, GapAnalysisService, DigestsService],
  useFactory: (
    relay: OutboxRelay,
    imports: EnterpriseImportService,
    profiler: ProfilerService,
    stale: StaleLeadsService,
    gaps: GapAnalysisService,
    digests: DigestsService,
  ): JobHandlers => {
    return {
      Ping: (payload) => ping(payload),
      ProfileEnterprise: (p) => profiler.profileEnterprises([p.enterpriseId]),
      ProfileEnterprises: (p) => profiler.profileEnterprises(p.enterpriseIds),
      RecomputeProfiles: (p) => profiler.recomputeAll(p.runId),
      RecomputeChainGaps: (p) => gaps.run(p.runId),
      ImportEnterprises: (p) => imports.runUploaded(p.importId),
      RefreshStaleLeads: () => stale.refresh(),
      PurgeOutbox: () => relay.purgeSent(),
      WeeklyDigests: (p) => digests.runScheduled(p.weekStart),
      SendDigest: (p) => digests.send(p.digestId),
      ReconcileDigests: () => digests.reconcile(),
    };
  },
};
