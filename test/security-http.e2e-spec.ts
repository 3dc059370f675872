import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import request from 'supertest';
import { eventually, Harness } from './support/harness.js';

/** Issue 11, items 7, 8, 10 and the HTTP hygiene of 11: what the API answers at the HTTP level. */
describe('HTTP edges (issue 11)', () => {
  let h: Harness;
  let officer: string;
  const post = (body: unknown, accept?: string) => {
    const r = request(h.url).post('/graphql').set('content-type', 'application/json');
    if (accept) r.set('accept', accept);
    return r.send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  beforeAll(async () => {
    h = await Harness.start();
    officer = (await h.user('officer', 'OFFICER', { subParks: ['CHANGXING_MARINE'] })).token;
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('GraphQL over HTTP (item 7)', () => {
    it('answers a syntax error 400 with BAD_USER_INPUT, not 500', async () => {
      const res = await post({ query: '{ me { id ' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      const lexer = await post({ query: '{ 8f31403dfe404bccbb0e835f2629c6a7 }' }, 'application/graphql-response+json');
      expect(lexer.status).toBe(400); // 556A, 74FF
    });

    it('answers a query over the token limit 400 with TOO_COMPLEX, not 500', async () => {
      const res = await post({ query: `{ ${'__typename '.repeat(3000)} }` });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('TOO_COMPLEX');
    });

    it('answers request errors 200 to a client that accepts only application/json (572B, FDE2, 7B9B)', async () => {
      for (const body of [
        { query: '{' },
        { query: '{ 8f31403dfe404bccbb0e835f2629c6a7 }' },
        { query: 'query CoerceFailure($id: ID!) { __typename }', variables: { id: null } },
        { query: '{ noSuchField }' },
      ]) {
        const res = await post(body, 'application/json');
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(/application\/json/);
        expect(res.body.errors[0].extensions.code).toMatch(/BAD_USER_INPUT|TOO_COMPLEX/);
        expect(res.body.data).toBeUndefined();
      }
      // graphql-response+json keeps 400.
      expect((await post({ query: '{ noSuchField }' }, 'application/graphql-response+json')).status).toBe(400);
    });

    it('passes the graphql-http audit of GraphQL over HTTP with no warning and no error', async () => {
      const { auditServer } = await import('graphql-http');
      const results = await auditServer({ url: `${h.url}/graphql` });
      const problems = results.filter((r) => r.status !== 'ok' && r.status !== 'notice').map((r) => `${r.id} ${r.status}: ${r.name}`);
      expect(problems).toEqual([]);
    });

    it('answers malformed JSON in GraphQL’s shape with a contract code', async () => {
      const res = await post('{"query": ');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ errors: [{ message: expect.stringMatching(/not valid JSON/), extensions: { code: 'BAD_USER_INPUT', field: 'body' } }] });
    });

    it('answers a body over the limit 413 in GraphQL’s shape and points large files to the upload endpoint', async () => {
      const csv = `uscc,name,status\r\n${'91310151MA1FL0001X,某某有限公司,CANDIDATE\r\n'.repeat(4000)}`;
      const res = await request(h.url).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${officer}`)
        .send(JSON.stringify({ query: 'mutation($c: String!) { importEnterprises(csv: $c) { created } }', variables: { c: csv } }));
      expect(res.status).toBe(413);
      expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
      expect(res.body.errors[0].message).toMatch(/100KB.*POST \/imports\/enterprises/);
    });
  });

  describe('cookie-authenticated routes refuse cross-site requests (item 8)', () => {
    const cookie = () => `lz_token=${officer}`;

    it('refuses a cross-site upload, export and dashboard request that rides on the cookie', async () => {
      const upload = await request(h.url).post('/imports/enterprises?filename=x.csv').set('cookie', cookie()).set('origin', 'https://evil.example')
        .set('sec-fetch-site', 'cross-site').set('content-type', 'text/csv').send('uscc,name,status\r\n');
      expect(upload.status).toBe(403);
      const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM imports');
      expect(n).toBe(0);
      const exported = await request(h.url).get('/exports/enterprises.xlsx').set('cookie', cookie()).set('sec-fetch-site', 'cross-site');
      expect(exported.status).toBe(403);
      const admin = await h.adminToken();
      const dashboard = await request(h.url).get('/admin/queues').set('cookie', `lz_token=${admin}`).set('sec-fetch-site', 'cross-site');
      expect(dashboard.status).toBe(403);
      // Only the Origin header (an older browser): still refused.
      expect((await request(h.url).post('/imports/enterprises').set('cookie', cookie()).set('origin', 'https://evil.example').send('x')).status).toBe(403);
    });

    it('serves the same requests from our own pages, and bearer requests from anywhere', async () => {
      const own = await request(h.url).get('/exports/enterprises.xlsx').set('cookie', cookie()).set('sec-fetch-site', 'same-origin').set('origin', h.url);
      expect(own.status).toBe(200);
      const typed = await request(h.url).get('/exports/enterprises.xlsx').set('cookie', cookie()).set('sec-fetch-site', 'none');
      expect(typed.status).toBe(200);
      const bearer = await request(h.url).get('/exports/enterprises.xlsx').set('authorization', `Bearer ${officer}`).set('origin', 'https://evil.example');
      expect(bearer.status).toBe(200);
      const webUi = await request(h.url).get('/exports/enterprises.xlsx').set('cookie', cookie()).set('origin', new URL(h.config.PUBLIC_URL).origin).set('sec-fetch-site', 'same-site');
      expect(webUi.status).toBe(200);
    });
  });

  describe('HTTP hygiene (item 11)', () => {
    it('sends no X-Powered-By', async () => {
      const res = await request(h.url).get('/health');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect((await post({ query: '{ __typename }' })).headers['x-powered-by']).toBeUndefined();
    });

    it('echoes a sane x-request-id and replaces an overlong or odd one', async () => {
      expect((await request(h.url).get('/health').set('x-request-id', 'abc-123.DEF:4')).headers['x-request-id']).toBe('abc-123.DEF:4');
      for (const bad of ['x'.repeat(5000), 'a b', 'ab<script>', '%E4%B8%AD\u00e9']) {
        const res = await request(h.url).get('/health').set('x-request-id', bad);
        const echoed = res.headers['x-request-id'] as string;
        expect(echoed).not.toBe(bad);
        expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
      }
    });
  });
});

describe('schedulers come back with Redis (issue 11, item 10)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ worker: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('registers the job schedulers again when the worker’s Redis connection comes back', async () => {
    const queue = new Queue('maintenance', { connection: { url: h.config.REDIS_URL }, prefix: h.config.QUEUE_PREFIX });
    try {
      const ids = async () => (await queue.getJobSchedulers()).map((s) => s.key ?? s.id).sort();
      await eventually(async () => (await ids()).includes('refresh-stale-leads'), 10_000);
      // What a Redis restarted without persistence looks like to the worker: its schedulers gone, its connection dropped.
      for (const id of await ids()) await queue.removeJobScheduler(id as string);
      expect(await ids()).toEqual([]);
      const worker = h.worker!;
      const { QueueRegistry } = await import('../libs/platform/src/index.js');
      const registry = worker.get(QueueRegistry);
      const client = await (registry.get('maintenance').backend as unknown as { client: Promise<{ disconnect(reconnect: boolean): void }> }).client;
      client.disconnect(true);
      await eventually(async () => (await ids()).includes('refresh-stale-leads'), 15_000, 200);
    } finally {
      await queue.close();
    }
  });
});
