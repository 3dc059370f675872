import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentScope, type GqlContext } from '../../identity/src/current-scope.js';
import type { Scope } from '../../identity/src/scope.js';
import { Job } from '../../job-runs/src/job.model.js';
import { JobRunsService } from '../../job-runs/src/job-runs.service.js';
import { pageSize, requestLoader } from '../../platform/src/index.js';
import { Enterprise } from '../../enterprises/src/enterprises.models.js';
import { EnterprisesRepository } from '../../enterprises/src/enterprises.repository.js';
import { computeProfile } from './engine/score.js';
import { badgeChecks } from './engine/rules.js';
import { modelThresholds } from './engine/model.js';
import type { ChainCode } from '../../chains/src/chains.models.js';
import { toFacts, type FactsRow } from './profile-facts.js';
import { ProfilingModelsService, type ModelRow } from './profiling-models.service.js';
import { BadgeCheck, ChainMedian, Dimension, DimensionScores, ModelActivation, Profile, ProfileChange, ProfilingModel, ProfilingModelInput, Reason } from './profiles.models.js';
import { ProfilesRepository, type ProfileRow } from './profiles.repository.js';

const toModel = (r: ModelRow): ProfilingModel => ({
  version: r.version,
  active: r.active,
  note: r.note,
  weights: r.config.weights,
  thresholds: modelThresholds(r.config),
  bands: r.config.bands,
  createdAt: r.created_at,
  activatedAt: r.activated_at,
});

const toProfile = (r: ProfileRow): Profile => ({
  enterpriseId: String(r.enterprise_id),
  total: Number(r.total),
  badges: r.badges,
  modelVersion: r.model_version,
  computedAt: r.computed_at.toISOString(),
  asOf: r.as_of,
  riskGate: r.risk_gate,
});

@Resolver(() => Enterprise)
export class EnterpriseProfileResolver {
  constructor(private readonly profiles: ProfilesRepository) {}

  @ResolveField(() => Profile, { nullable: true, description: 'null until the first profile is computed (seconds after a change)' })
  async profile(@Parent() e: Enterprise, @Context() ctx: GqlContext): Promise<Profile | null> {
    const loader = requestLoader<string, Profile | null>(ctx, 'enterprise.profile', async (ids) => {
      const rows = await this.profiles.byEnterprise(ids);
      return ids.map((id) => (rows.has(id) ? toProfile(rows.get(id)!) : null));
    });
    return loader.load(e.id);
  }
}

@Resolver(() => Profile)
export class ProfileResolver {
  constructor(
    private readonly enterprises: EnterprisesRepository,
    private readonly profiles: ProfilesRepository,
    private readonly models: ProfilingModelsService,
  ) {}

  /**
   * The reasons are recomputed from the enterprise's current facts with the model version and date the profile
   * was computed with: the engine is deterministic, so they match the stored scores whenever the inputs do.
   */
  /** Facts as of the profile's own date (engagement counts the 90 days before it): one loader per date. */
  private facts(p: Profile, ctx: GqlContext): Promise<FactsRow | null> {
    const loader = requestLoader<string, FactsRow | null>(ctx, `profile.facts:${p.asOf}`, async (ids) => {
      const rows = await this.profiles.factsOf(ids, p.asOf);
      return ids.map((id) => rows.find((r) => String(r.id) === id) ?? null);
    });
    return loader.load(p.enterpriseId);
  }

  @ResolveField(() => [Dimension])
  async dimensions(@Parent() p: Profile, @Context() ctx: GqlContext): Promise<Dimension[]> {
    const facts = await this.facts(p, ctx);
    if (!facts) return [];
    const computed = computeProfile(toFacts(facts), await this.models.config(p.modelVersion), p.asOf);
    return computed.dimensions.map((d) => ({ ...d, reasons: d.reasons as Reason[] }));
  }

  @ResolveField(() => [BadgeCheck], {
    description: 'Each badge against the official rule it rests on, at the profile\'s date: held or not, and for one it lacks what is missing, in numbers',
  })
  async badgeChecks(@Parent() p: Profile, @Context() ctx: GqlContext): Promise<BadgeCheck[]> {
    const facts = await this.facts(p, ctx);
    if (!facts) return [];
    return badgeChecks(toFacts(facts), p.asOf).map((c) => ({ ...c, criteria: c.criteria as Reason[], unmet: c.unmet as Reason[] }));
  }

  @ResolveField(() => DimensionScores, { description: "The active model's threshold per dimension (the radar's threshold line)" })
  async thresholds(): Promise<DimensionScores> {
    return modelThresholds((await this.models.active()).config);
  }

  @ResolveField(() => [ChainMedian], { description: 'Per chain the enterprise is on: the median profile of the in-park firms on that chain' })
  async chainMedians(@Parent() p: Profile): Promise<ChainMedian[]> {
    const rows = await this.profiles.chainMedians(p.enterpriseId);
    const n = (x: number | null) => (x === null ? null : Math.round(Number(x) * 100) / 100);
    return rows.map((r) => ({
      chain: r.chain as ChainCode,
      firms: r.firms,
      scores: r.firms === 0 ? null : { scale: n(r.scale)!, growth: n(r.growth)!, innovation: n(r.innovation)!, chainFit: n(r.chain_fit)!, landing: n(r.landing)! },
      total: n(r.total),
    }));
  }

  @ResolveField(() => [Reason], { description: 'Why the risk gate is not PASS' })
  async riskReasons(@Parent() p: Profile): Promise<Reason[]> {
    if (p.riskGate === 'PASS') return [];
    const e = await this.enterprises.findOne({ id: p.enterpriseId });
    return [{ text: `风险状态：${e?.risk_status}`, indicator: 'riskStatus', value: e?.risk_status ?? null, points: null }];
  }

  @ResolveField(() => [ProfileChange], { description: 'How the profile changed, newest first' })
  async history(@Parent() p: Profile, @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number): Promise<ProfileChange[]> {
    const rows = await this.profiles.history(p.enterpriseId, pageSize(first, 20, 100));
    return rows.map((r) => ({ total: Number(r.total), scores: r.scores, badges: r.badges, modelVersion: r.model_version, computedAt: r.computed_at }));
  }
}

@Resolver(() => ProfilingModel)
export class ProfilingModelsResolver {
  constructor(
    private readonly models: ProfilingModelsService,
    private readonly jobs: JobRunsService,
  ) {}

  @Query(() => [ProfilingModel], { description: 'ADMIN and MANAGER: every model version, newest first' })
  async profilingModels(@CurrentScope() scope: Scope): Promise<ProfilingModel[]> {
    return (await this.models.list(scope)).map(toModel);
  }

  @Mutation(() => ProfilingModel, { description: 'ADMIN: a new, inactive model version' })
  async createProfilingModel(@CurrentScope() scope: Scope, @Args('input') input: ProfilingModelInput): Promise<ProfilingModel> {
    return toModel(await this.models.create(scope, { ...input, weights: { ...input.weights }, thresholds: input.thresholds ? { ...input.thresholds } : undefined }));
  }

  @Mutation(() => ModelActivation, { description: 'ADMIN: activate a version; every enterprise is re-profiled in the background' })
  async activateProfilingModel(@CurrentScope() scope: Scope, @Args('version', { type: () => Int }) version: number): Promise<ModelActivation> {
    const { model, jobId } = await this.models.activate(scope, version);
    return { model: toModel(model), job: await this.jobs.get(scope, jobId) };
  }

  @Mutation(() => Job, { description: 'ADMIN or MANAGER: re-profile every enterprise whose inputs changed; watch it with job(id)' })
  async recomputeProfiles(@CurrentScope() scope: Scope): Promise<Job> {
    return this.jobs.get(scope, await this.models.requestRecompute(scope));
  }
}
