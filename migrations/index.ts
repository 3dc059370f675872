import { Foundation1764100000000 } from './1764100000000-foundation.js';
import { ChainsAndRegistry1764200000000 } from './1764200000000-chains-and-registry.js';
import { Profiles1764300000000 } from './1764300000000-profiles.js';
import { Leads1764400000000 } from './1764400000000-leads.js';
import { ChainGaps1764500000000 } from './1764500000000-chain-gaps.js';
import { LeadStageTotals1764600000000 } from './1764600000000-lead-stage-totals.js';
import { DataChangeNotify1764700000000 } from './1764700000000-data-change-notify.js';
import { ProfileHistoryCascade1764800000000 } from './1764800000000-profile-history-cascade.js';
import { OutboxCoalesce1764950000000 } from './1764950000000-outbox-coalesce.js';
import { KpisAndDigests1764900000000 } from './1764900000000-kpis-and-digests.js';
import { NameInitials1765100000000 } from './1765100000000-name-initials.js';
import { IdentityChecks1765300000000 } from './1765300000000-identity-checks.js';
import { LeadFurthestStage1765350000000 } from './1765350000000-lead-furthest-stage.js';
import { KpiFigures1765360000000 } from './1765360000000-kpi-figures.js';
import { AdminQueries1765420000000 } from './1765420000000-admin-queries.js';
import { LeadStageTotalsPerStatement1765500000000 } from './1765500000000-lead-stage-totals-per-statement.js';

/** Every migration, in order. Listed explicitly: see libs/entities.ts. */
export const MIGRATIONS = [
  Foundation1764100000000, ChainsAndRegistry1764200000000, Profiles1764300000000, Leads1764400000000, ChainGaps1764500000000, LeadStageTotals1764600000000,
  DataChangeNotify1764700000000, ProfileHistoryCascade1764800000000,
  KpisAndDigests1764900000000, OutboxCoalesce1764950000000, NameInitials1765100000000, IdentityChecks1765300000000, LeadFurthestStage1765350000000,
  KpiFigures1765360000000, AdminQueries1765420000000, LeadStageTotalsPerStatement1765500000000,
];
