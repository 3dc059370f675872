import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Enterprise } from '../../enterprises/src/enterprises.models.js';
import { SubPark, User } from '../../identity/src/identity.models.js';
import { PageInfo } from '../../platform/src/index.js';
import { LeadStage } from './lead-stage.js';

export enum ActivityType {
  VISIT = 'VISIT',
  CALL = 'CALL',
  MEETING = 'MEETING',
  NOTE = 'NOTE',
}
registerEnumType(ActivityType, { name: 'ActivityType', description: '走访 / 电话 / 会谈 / 备注' });

export enum LeadPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(LeadPriority, { name: 'LeadPriority' });

@ObjectType()
export class Activity {
  @Field(() => ID) id: string;
  leadId: string;
  @Field(() => ActivityType) type: ActivityType;
  @Field() occurredAt: string;
  @Field() summary: string;
  @Field(() => [String]) participants: string[];
  @Field(() => String, { nullable: true }) nextStep: string | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
}

@ObjectType()
export class StageChange {
  @Field(() => LeadStage, { nullable: true }) from: LeadStage | null;
  @Field(() => LeadStage) to: LeadStage;
  @Field() at: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
}

@ObjectType()
export class LeadTask {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
  @Field() dueOn: string;
  @Field(() => String, { nullable: true }) doneAt: string | null;
  @Field({ description: 'Open and past its due date (Asia/Shanghai)' }) overdue: boolean;
}

@ObjectType({ description: 'One entry of a lead timeline: a stage change, an activity or a field change' })
export class TimelineEntry {
  @Field({ description: 'STAGE_CHANGE | ACTIVITY | FIELD_CHANGE' }) kind: string;
  @Field() at: string;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() summary: string;
  @Field(() => StageChange, { nullable: true }) stageChange: StageChange | null;
  @Field(() => Activity, { nullable: true }) activity: Activity | null;
}

@ObjectType()
export class TimelinePage {
  @Field(() => [TimelineEntry]) entries: TimelineEntry[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType({ description: '招商项目: one investment project with one enterprise' })
export class Lead {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => LeadStage) stage: LeadStage;
  @Field(() => Int) version: number;
  @Field() stale: boolean;
  @Field(() => Float, { nullable: true, description: '万元' }) expectedInvestment: number | null;
  @Field(() => Float, { nullable: true, description: '万元' }) fixedAssetInvestment: number | null;
  @Field(() => Float, { nullable: true, description: '亩' }) landMu: number | null;
  @Field(() => Float, { nullable: true, description: 'm²' }) floorSpace: number | null;
  @Field(() => Float, { nullable: true, description: '万元 per year' }) expectedOutput: number | null;
  @Field(() => Float, { nullable: true, description: '万元 per year' }) expectedTax: number | null;
  @Field(() => Int, { nullable: true }) expectedJobs: number | null;
  @Field() source: string;
  @Field(() => String, { nullable: true }) nodeCode: string | null;
  @Field(() => LeadPriority) priority: LeadPriority;
  @Field(() => String, { nullable: true }) nextFollowUp: string | null;
  @Field(() => String, { nullable: true }) holdReason: string | null;
  @Field(() => String, { nullable: true }) lossReason: string | null;
  @Field() stageEnteredAt: Date;
  @Field(() => Date, { nullable: true }) lastActivityAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  ownerId: string | null;
  subParkId: string;
  enterpriseId: string;
  @Field(() => User, { nullable: true }) owner?: User | null;
  @Field(() => SubPark, { nullable: true }) subPark?: SubPark | null;
  @Field(() => Enterprise) enterprise?: Enterprise;
  @Field(() => Activity, { nullable: true, description: 'The most recent activity' }) lastActivity?: Activity | null;
}

@ObjectType()
export class LeadEdge {
  @Field() cursor: string;
  @Field(() => Lead) node: Lead;
}

@ObjectType()
export class LeadConnection {
  @Field(() => [LeadEdge]) edges: LeadEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount?: number;
}

@ObjectType()
export class PipelineColumn {
  @Field(() => LeadStage) stage: LeadStage;
  @Field() name: string;
  @Field(() => Int) count: number;
  @Field(() => Float, { description: 'Sum of expected investment, 万元' }) expectedInvestment: number;
}

@ObjectType()
export class Notification {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => ID, { nullable: true }) leadId: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}
