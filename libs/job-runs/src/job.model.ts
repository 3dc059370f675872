import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../platform/src/index.js';
import GraphQLJSON from '../../platform/src/graphql/json-scalar.js';

export enum JobState {
  WAITING = 'WAITING',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(JobState, { name: 'JobState' });

@ObjectType({ description: 'A background run (recompute, import, …) and how far it got' })
export class Job {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field(() => JobState) state: JobState;
  @Field(() => Float, { nullable: true, description: '0-100' }) progress: number | null;
  @Field(() => String, { nullable: true }) failedReason: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'What the run produced (counts, report id)' }) result: unknown;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  /** Who started it (null: the system); the User is resolved by JobRunsResolver. */
  createdById: string | null;
}

@ObjectType()
export class JobEdge {
  @Field() cursor: string;
  @Field(() => Job) node: Job;
}

@ObjectType()
export class JobConnection {
  @Field(() => [JobEdge]) edges: JobEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
