/**
 * The input of the profiling engine: one enterprise's facts, flattened.
 *
 * Money is integer fen (CNY cents) so that official band edges (e.g. 50,000,000 CNY) compare
 * exactly with integer math. `null` means unknown, never zero: an unknown indicator scores 0
 * with a reason saying the figure is missing.
 */
import type { ChainRole, EnterpriseStatus, ListingStatus, RiskStatus, SrdiLevel } from '../../../enterprises/src/vocabulary.js';

export type { EnterpriseStatus, ListingStatus, RiskStatus, SrdiLevel };
export type NodeRole = ChainRole;

export interface ProfileNode {
  code: string;
  role: NodeRole;
  /** 0..1: how much the park needs this node (gap score normalised; node weight / 5 until gaps exist). */
  need: number;
  /** The node's name, for the reason an officer reads (the code when unknown). Not an input of the score. */
  name?: string;
}

export interface ProfileFacts {
  status: EnterpriseStatus;
  /** e.g. '上海市崇明区', '江苏省南通市'. */
  region: string | null;
  /** 'YYYY-MM-DD'. */
  foundedOn: string | null;
  /** fen. */
  registeredCapital: number | null;
  employees: number | null;
  techStaff: number | null;
  /** fen, latest year. */
  revenue: number | null;
  /** fen, the year before. */
  revenuePrevYear: number | null;
  /** fen. */
  output: number | null;
  /** fen, latest year. */
  rdExpense: number | null;
  inventionPatents: number | null;
  highValuePatents: number | null;
  /** 'YYYY-MM-DD' of the current high-tech certificate. */
  hightechCertifiedOn: string | null;
  srdiLevel: SrdiLevel | null;
  listingStatus: ListingStatus | null;
  financingRound: string | null;
  /** fen, the last round. */
  financingAmount: number | null;
  /** 'YYYY-MM-DD' of the last round. */
  financingDate: string | null;
  expansionSignals: string[];
  tags: string[];
  riskStatus: RiskStatus;
  nodes: ProfileNode[];
  /** Count of ties (supplier / customer) to park chain leaders. */
  chainLeaderTies: number;
  /** Count of activities logged on its leads in the last 90 days. */
  engagement: number;
}

/** What an officer reads (`text`) plus the machine fields behind it. `points: null` = informational. */
export interface Reason {
  text: string;
  indicator: string;
  value: string | null;
  points: number | null;
}
