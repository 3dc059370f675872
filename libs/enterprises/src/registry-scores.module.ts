import { type DynamicModule, Global, Module } from '@nestjs/common';

/**
 * The registry filters and sorts by profile score, but the profiles lib sits above this one: the registry says
 * what it needs, a FROM-item of stored scores with enterprise_id, total and badges (profiles publishes it as
 * profileScoresRel), and the apps hand one over with RegistryScoresModule.forRoot. An app that forgets fails at
 * boot, on EnterprisesRepository's dependency.
 */
export type ScoreRelation = (alias: string) => string;
export const SCORE_RELATION = 'REGISTRY_SCORE_RELATION';

@Global()
@Module({})
export class RegistryScoresModule {
  static forRoot(scores: ScoreRelation): DynamicModule {
    return { module: RegistryScoresModule, providers: [{ provide: SCORE_RELATION, useValue: scores }], exports: [SCORE_RELATION] };
  }
}
