import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedDemoEnterprises } from '../libs/enterprises/src/demo/seed-demo.js';
import { ProfilesRepository } from '../libs/profiles/src/profiles.repository.js';
import { eventually, Harness } from './support/harness.js';
import { CREATE_ENTERPRISE, enterpriseInput, UPDATE_ENTERPRISE } from './support/factories.js';

const PROFILE = `query($id: ID!) { enterprise(id: $id) { version profile { total badges modelVersion computedAt
  dimensions { key score weight reasons { text indicator value points } } history { total badges } } } }`;
const JOB = 'query($id: ID!) { job(id: $id) { state progress failedReason } }';

describe('precise profiling (精准画像)', () => {
  let h: Harness;
  let admin: string;
  let officer: string;

  const snapshot = () =>
    h.dataSource.query('SELECT enterprise_id, total, scale, growth, innovation, chain_fit, landing, badges, model_version FROM enterprise_profiles ORDER BY enterprise_id');
  const runJob = async (mutation: string, pick: (d: any) => string, token = admin) => {
    const jobId = pick(await h.ok(mutation, {}, token));
    const progress: number[] = [];
    const done = await eventually(async () => {
      const { job } = await h.ok(JOB, { id: jobId }, token);
      progress.push(job.progress);
      return job.state === 'COMPLETED' || job.state === 'FAILED' ? job : undefined;
    }, 120_000, 50);
    return { jobId, done, progress };
  };

  beforeAll(async () => {
    h = await Harness.start({ worker: true });
    admin = await h.adminToken();
    officer = (await h.user('officer', 'OFFICER', { subParks: ['SMART_ISLAND'] })).token;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('re-profiles an enterprise within seconds of an update through the API, with reasons, without anyone asking', async () => {
    const { createEnterprise: e } = await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ revenue: 3000, rdExpense: 60 }) }, officer);
    const first = await eventually(async () => (await h.ok(PROFILE, { id: e.id }, officer)).enterprise.profile, 5000);
    const innovation = first.dimensions.find((d: { key: string }) => d.key === 'innovation');
    expect(innovation.reasons.length).toBeGreaterThan(0);
    expect(innovation.reasons.some((r: { indicator: string }) => r.indicator)).toBe(true);

    // R&D from 2% to 8% of revenue: innovation rises, and the change shows in the history.
    await h.ok(UPDATE_ENTERPRISE, { id: e.id, i: { uscc: e.uscc, name: e.name, status: 'CANDIDATE', rdExpense: 240, version: 1 } }, officer);
    const second = await eventually(async () => {
      const p = (await h.ok(PROFILE, { id: e.id }, officer)).enterprise.profile;
      return p.computedAt !== first.computedAt ? p : undefined;
    }, 5000);
    expect(second.dimensions.find((d: { key: string }) => d.key === 'innovation').score).toBeGreaterThan(innovation.score);
    expect(second.total).toBeGreaterThan(first.total);
    // The total was scored inside PostgreSQL; the dimensions are explained in Node on read: they agree.
    type D = { weight: number; score: number };
    const mean = second.dimensions.reduce((a: number, d: D) => a + d.weight * d.score, 0) / second.dimensions.reduce((a: number, d: D) => a + d.weight, 0);
    expect(second.total).toBeCloseTo(mean, 2);
    expect(second.history.map((x: { total: number }) => x.total)).toEqual([second.total, first.total]);
  });

  it("takes an enterprise's profile and its history away with the enterprise", async () => {
    const { createEnterprise: e } = await h.ok(CREATE_ENTERPRISE, { i: enterpriseInput({ revenue: 1000 }) }, officer);
    await eventually(async () => (await h.ok(PROFILE, { id: e.id }, officer)).enterprise.profile, 5000);
    const history = () => h.dataSource.query('SELECT count(*)::int AS n FROM profile_history WHERE enterprise_id = $1', [e.id]).then((r: { n: number }[]) => r[0]!.n);
    expect(await history()).toBeGreaterThan(0);
    await h.dataSource.query('DELETE FROM enterprises WHERE id = $1', [e.id]);
    expect(await history()).toBe(0);
  });

  it('runs a full recompute to COMPLETED with progress on the way, and skips unchanged profiles the second time', async () => {
    await seedDemoEnterprises(h.dataSource, 20_000, { seed: 7 });
    const { done, progress } = await runJob('mutation { recomputeProfiles { id state } }', (d) => d.recomputeProfiles.id);
    expect(done).toEqual({ state: 'COMPLETED', progress: 100, failedReason: null });
    expect(progress.some((p) => p > 0 && p < 100)).toBe(true);
    const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM enterprises e LEFT JOIN enterprise_profiles p ON p.enterprise_id = e.id WHERE p.enterprise_id IS NULL');
    expect(n).toBe(0);

    // The full run triggers a gap analysis whose needs re-profile some enterprises; let that finish first.
    await h.settled();
    const again = await runJob('mutation { recomputeProfiles { id } }', (d) => d.recomputeProfiles.id);
    const [{ result }] = await h.dataSource.query('SELECT result FROM job_runs WHERE id = $1', [again.jobId]);
    expect(result.written).toBe(0);
  });

  it('serves score and badges as filters and sort keys of the registry', async () => {
    const q = 'query($f: EnterpriseFilter) { enterprises(filter: $f, sort: SCORE, first: 50) { edges { node { id profile { total badges } } } } }';
    const rows = (await h.ok(q, { f: { badges: ['HIGHTECH_VALID'], minScore: 40 } }, officer)).enterprises.edges.map((e: any) => e.node.profile);
    expect(rows.length).toBeGreaterThan(0);
    for (const p of rows) {
      expect(p.badges).toContain('HIGHTECH_VALID');
      expect(p.total).toBeGreaterThanOrEqual(40);
    }
    const totals = rows.map((p: { total: number }) => p.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('changes totals by the weights of a newly activated model', async () => {
    const created = await h.ok(
      'mutation { createProfilingModel(input: { weights: { scale: 0, growth: 0, innovation: 100, chainFit: 0, landing: 0 }, note: "只看创新" }) { version active } }',
      {},
      admin,
    );
    expect(created.createProfilingModel.active).toBe(false);
    const version = created.createProfilingModel.version;
    const forbidden = await h.gql(`mutation { activateProfilingModel(version: ${version}) { model { version } } }`, {}, officer);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const { done } = await runJob(`mutation { activateProfilingModel(version: ${version}) { job { id } } }`, (d) => d.activateProfilingModel.job.id);
    expect(done.state).toBe('COMPLETED');
    const [{ mismatched, total }] = await h.dataSource.query(
      `SELECT count(*) FILTER (WHERE abs(total - round(innovation::numeric, 2)) > 0.01 AND risk_gate <> 'ZEROED')::int AS mismatched,
              count(*) FILTER (WHERE model_version = $1)::int AS total FROM enterprise_profiles`,
      [version],
    );
    expect(total).toBeGreaterThan(20_000);
    expect(mismatched).toBe(0);

    // A run still scoring with the model that is no longer active writes nothing over the new model's profiles.
    const [one] = await h.dataSource.query(`SELECT enterprise_id, as_of::text AS as_of FROM enterprise_profiles WHERE risk_gate = 'PASS' LIMIT 1`);
    await h.dataSource.query(`UPDATE enterprise_profiles SET input_hash = '' WHERE enterprise_id = $1`, [one.enterprise_id]);
    const [v1] = await h.dataSource.query('SELECT version, config FROM profiling_models WHERE version = 1');
    expect(await h.app.get(ProfilesRepository).scoreAndWrite((c) => `${c} = $1`, [one.enterprise_id], v1, one.as_of)).toBe(0);
    const [kept] = await h.dataSource.query('SELECT model_version FROM enterprise_profiles WHERE enterprise_id = $1', [one.enterprise_id]);
    expect(kept.model_version).toBe(version);

    // A model missing a table's key would score NaN: refused at the edge, naming the field.
    const bands = (await h.dataSource.query('SELECT config FROM profiling_models WHERE version = 1'))[0].config.bands;
    delete bands.scale.listing.UNICORN;
    const incomplete = await h.gql(
      'mutation($b: JSON) { createProfilingModel(input: { weights: { scale: 1, growth: 1, innovation: 1, chainFit: 1, landing: 1 }, bands: $b }) { version } }',
      { b: bands },
      admin,
    );
    expect(incomplete.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bands' });
    expect(incomplete.errors?.[0].message).toContain('bands.scale.listing.UNICORN: missing');

    const badWeights = await h.gql('mutation { createProfilingModel(input: { weights: { scale: 0, growth: 0, innovation: 0, chainFit: 0, landing: 0 } }) { version } }', {}, admin);
    expect(badWeights.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await runJob('mutation { activateProfilingModel(version: 1) { job { id } } }', (d) => d.activateProfilingModel.job.id);
  });

  it('completes a full recompute after its worker is killed, with the same profiles as an uninterrupted run', async () => {
    await h.stopWorker(); // only the separate process below may run jobs now
    await h.dataSource.query('DELETE FROM enterprise_profiles');
    const jobId = (await h.ok('mutation { recomputeProfiles { id } }', {}, admin)).recomputeProfiles.id;

    const doomed = h.spawnWorker();
    await eventually(async () => (await h.ok(JOB, { id: jobId }, admin)).job.progress > 10 || undefined, 60_000, 20);
    doomed.kill('SIGKILL');
    await new Promise((r) => doomed.once('exit', r));
    const { job: halfway } = await h.ok(JOB, { id: jobId }, admin);
    expect(halfway.state).toBe('ACTIVE');
    expect(halfway.progress).toBeLessThan(100);

    h.spawnWorker();
    const done = await eventually(async () => {
      const { job } = await h.ok(JOB, { id: jobId }, admin);
      return job.state === 'COMPLETED' || job.state === 'FAILED' ? job : undefined;
    }, 120_000, 100);
    expect(done.state).toBe('COMPLETED');
    const recovered = await snapshot();

    await h.dataSource.query('DELETE FROM enterprise_profiles');
    const clean = (await h.ok('mutation { recomputeProfiles { id } }', {}, admin)).recomputeProfiles.id;
    await eventually(async () => (await h.ok(JOB, { id: clean }, admin)).job.state === 'COMPLETED' || undefined, 120_000, 100);
    expect(await snapshot()).toEqual(recovered);
  });
});
