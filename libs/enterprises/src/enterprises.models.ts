import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChainNode } from '../../chains/src/chains.models.js';
import { SubPark } from '../../identity/src/identity.models.js';
import { PageInfo } from '../../platform/src/index.js';
import { ChainRole, EnterpriseStatus, ListingStatus, RiskStatus, SrdiLevel } from './vocabulary.js';

export { ChainRole, EnterpriseStatus, ListingStatus, RiskStatus, SrdiLevel };
registerEnumType(EnterpriseStatus, { name: 'EnterpriseStatus' });
registerEnumType(ListingStatus, { name: 'ListingStatus' });
registerEnumType(SrdiLevel, { name: 'SrdiLevel' });
registerEnumType(ChainRole, { name: 'ChainRole' });
registerEnumType(RiskStatus, { name: 'RiskStatus', description: '经营异常 / 失信 / 注销 / 吊销' });

export enum EnterpriseSort {
  NAME = 'NAME',
  UPDATED = 'UPDATED',
  /** Profile total, best first (profiled enterprises only). */
  SCORE = 'SCORE',
}
registerEnumType(EnterpriseSort, { name: 'EnterpriseSort' });

export enum ImportLang {
  zh = 'zh',
  en = 'en',
}
registerEnumType(ImportLang, { name: 'ImportLang', description: 'Language of report messages' });

@ObjectType()
export class EnterpriseNode {
  @Field(() => ChainNode) node: ChainNode;
  @Field(() => ChainRole) role: ChainRole;
}

@ObjectType()
export class Contact {
  @Field() name: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
}

/** Amounts are 万元 (exact in storage as fen); dates are YYYY-MM-DD; null is unknown, never zero. */
@ObjectType()
export class Enterprise {
  @Field(() => ID) id: string;
  @Field() uscc: string;
  @Field() name: string;
  @Field(() => EnterpriseStatus) status: EnterpriseStatus;
  @Field(() => Int) version: number;
  @Field(() => ID, { nullable: true }) subParkId: string | null;
  @Field(() => SubPark, { nullable: true }) subPark?: SubPark | null;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => String, { nullable: true }) foundedOn: string | null;
  @Field(() => Float, { nullable: true }) registeredCapital: number | null;
  @Field(() => Int, { nullable: true }) employees: number | null;
  @Field(() => Int, { nullable: true }) techStaff: number | null;
  @Field(() => Float, { nullable: true }) revenue: number | null;
  @Field(() => Float, { nullable: true }) revenuePrevYear: number | null;
  @Field(() => Float, { nullable: true }) output: number | null;
  @Field(() => Float, { nullable: true }) rdExpense: number | null;
  @Field(() => Int, { nullable: true }) inventionPatents: number | null;
  @Field(() => Int, { nullable: true }) highValuePatents: number | null;
  @Field(() => String, { nullable: true }) hightechCertifiedOn: string | null;
  @Field(() => SrdiLevel) srdiLevel: SrdiLevel;
  @Field(() => ListingStatus) listingStatus: ListingStatus;
  @Field(() => String, { nullable: true }) financingRound: string | null;
  @Field(() => Float, { nullable: true }) financingAmount: number | null;
  @Field(() => String, { nullable: true }) financingDate: string | null;
  @Field(() => [String]) tags: string[];
  @Field(() => [String], { description: '扩张信号: new branches, hiring, funding, land or plant plans' }) expansionSignals: string[];
  @Field(() => RiskStatus) riskStatus: RiskStatus;
  @Field(() => [Contact]) contacts: Contact[];
  @Field(() => [EnterpriseNode]) chainNodes?: EnterpriseNode[];
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType()
export class EnterpriseEdge {
  @Field() cursor: string;
  @Field(() => Enterprise) node: Enterprise;
}

@ObjectType()
export class EnterpriseConnection {
  @Field(() => [EnterpriseEdge]) edges: EnterpriseEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  /** Resolved only when asked for: counting a million rows is not free. */
  @Field(() => Int) totalCount?: number;
}

@ObjectType()
export class ImportError {
  @Field(() => Int, { description: 'Row number in the file; the header is row 1' }) row: number;
  @Field(() => String, { nullable: true, description: 'The column key (uscc, name, …)' }) column: string | null;
  @Field({ description: 'What is wrong, in the language asked for' }) message: string;
}

@ObjectType()
export class ImportReport {
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int, { description: 'Rows with problems; when > 0 nothing was written' }) rejected: number;
  @Field(() => [ImportError]) errors: ImportError[];
}
