import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { demoEnterpriseToCsvRow, generateEnterprises, IMPORT_COLUMNS } from '../libs/enterprises/src/demo/generator.js';
import { headerCells } from '../libs/enterprises/src/import/xlsx-export.js';
import { eventually, Harness } from './support/harness.js';

const IMPORT = 'mutation($csv: String!, $lang: ImportLang) { importEnterprises(csv: $csv, lang: $lang) { created updated rejected errors { row column message } } }';
const IMPORT_XLSX = 'mutation($b: String!) { importEnterprisesXlsx(base64: $b) { created updated rejected errors { row column message } } }';

const csvOf = (rows: string[][], header: readonly string[] = IMPORT_COLUMNS) => [header.join(','), ...rows.map((r) => r.join(','))].join('\r\n');

async function xlsxBase64(header: string[], rows: string[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业名单');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('enterprise import and export', () => {
  let h: Harness;
  let officer: string;
  const count = async (usccs: string[]) =>
    (await h.dataSource.query('SELECT count(*)::int AS n FROM enterprises WHERE uscc = ANY($1)', [usccs]))[0].n as number;

  beforeAll(async () => {
    h = await Harness.start({ worker: true });
    officer = (await h.user('officer', 'OFFICER', { subParks: ['CHANGXING_MARINE'] })).token;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('writes nothing when one row is bad, names that row, then imports the fixed file whole', async () => {
    const rows = [...generateEnterprises(20, { seed: 11 })].map(demoEnterpriseToCsvRow);
    const usccs = rows.map((r) => r[0]);
    const bad = rows.map((r) => [...r]);
    bad[1][0] = bad[1][0].slice(0, 17) + (bad[1][0][17] === '0' ? '1' : '0'); // sheet row 3: wrong check digit
    const report = (await h.ok(IMPORT, { csv: csvOf(bad) }, officer)).importEnterprises;
    expect(report).toMatchObject({ created: 0, updated: 0, rejected: 1 });
    expect(report.errors).toEqual([{ row: 3, column: 'uscc', message: '第 3 行 统一社会信用代码 校验位错误' }]);
    expect(await count(usccs)).toBe(0);

    const english = (await h.ok(IMPORT, { csv: csvOf(bad), lang: 'en' }, officer)).importEnterprises;
    expect(english.errors[0].message).toMatch(/^Row 3, USCC: /);

    const fixed = (await h.ok(IMPORT, { csv: csvOf(rows) }, officer)).importEnterprises;
    expect(fixed).toEqual({ created: 20, updated: 0, rejected: 0, errors: [] });
    expect(await count(usccs)).toBe(20);

    const again = (await h.ok(IMPORT, { csv: csvOf(rows) }, officer)).importEnterprises;
    expect(again).toEqual({ created: 0, updated: 20, rejected: 0, errors: [] });
    expect(await count(usccs)).toBe(20);
    const [{ version }] = await h.dataSource.query('SELECT version FROM enterprises WHERE uscc = $1', [usccs[0]]);
    expect(version).toBe(2);

    // Every written enterprise is queued for re-profiling, in the same transaction.
    const [{ ids }] = await h.dataSource.query(`SELECT coalesce(sum(jsonb_array_length(payload->'enterpriseIds')), 0)::int AS ids FROM outbox WHERE job_name = 'ProfileEnterprises'`);
    expect(ids).toBe(40);
  });

  it('reports every bad row, each with its column', async () => {
    const rows = [...generateEnterprises(5, { seed: 12 })].map(demoEnterpriseToCsvRow);
    rows[0][IMPORT_COLUMNS.indexOf('revenue')] = '-5';
    rows[2][IMPORT_COLUMNS.indexOf('chainNodes')] = 'NO_SUCH_NODE';
    rows[4][IMPORT_COLUMNS.indexOf('foundedOn')] = '2020-13-45';
    rows[3][0] = rows[1][0]; // the same USCC twice
    const report = (await h.ok(IMPORT, { csv: csvOf(rows) }, officer)).importEnterprises;
    expect(report.rejected).toBe(4);
    expect(report.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [2, 'revenue'],
      [4, 'chainNodes'],
      [5, 'uscc'],
      [6, 'foundedOn'],
    ]);
    expect(await count(rows.map((r) => r[0]))).toBe(0);
  });

  it('imports a Chinese-header XLSX exactly as the same rows in CSV', async () => {
    const rows = [...generateEnterprises(10, { seed: 13 })].map(demoEnterpriseToCsvRow);
    await h.ok(IMPORT, { csv: csvOf(rows) }, officer);
    const snapshot = async () =>
      h.dataSource.query(
        `SELECT e.uscc, e.name, e.status, e.sub_park_id, e.revenue, e.rd_expense, e.founded_on, e.tags, e.listing_status,
                array(SELECT node_code || ':' || role FROM enterprise_nodes n WHERE n.enterprise_id = e.id ORDER BY 1) AS nodes
         FROM enterprises e WHERE uscc = ANY($1) ORDER BY uscc`,
        [rows.map((r) => r[0])],
      );
    const fromCsv = await snapshot();
    const report = (await h.ok(IMPORT_XLSX, { b: await xlsxBase64(headerCells('zh'), rows) }, officer)).importEnterprisesXlsx;
    expect(report).toEqual({ created: 0, updated: 10, rejected: 0, errors: [] });
    expect(await snapshot()).toEqual(fromCsv);
  });

  it('runs an uploaded file as a job with progress and keeps its report', async () => {
    const rows = [...generateEnterprises(3000, { seed: 14 })].map(demoEnterpriseToCsvRow);
    const res = await request(h.url).post('/imports/enterprises?filename=big.csv').set('authorization', `Bearer ${officer}`).set('content-type', 'text/csv').send(csvOf(rows));
    expect(res.status).toBe(202);
    const { importId, jobId } = res.body;
    const job = await eventually(async () => {
      const j = (await h.ok('query($id: ID!) { job(id: $id) { state progress failedReason } }', { id: jobId }, officer)).job;
      return j.state === 'COMPLETED' || j.state === 'FAILED' ? j : undefined;
    }, 30_000);
    expect(job).toEqual({ state: 'COMPLETED', progress: 100, failedReason: null });
    const report = (await h.ok('query($id: ID!) { importReport(id: $id) { created updated rejected } }', { id: importId }, officer)).importReport;
    expect(report).toEqual({ created: 3000, updated: 0, rejected: 0 });
    expect(await count(rows.map((r) => r[0]))).toBe(3000);

    // Someone else's import is not theirs to read.
    const other = await h.user('officer-b', 'OFFICER', { subParks: ['FUSHENG'] });
    expect((await h.gql('query($id: ID!) { importReport(id: $id) { created } }', { id: importId }, other.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses uploads without a token and imports from group users', async () => {
    expect((await request(h.url).post('/imports/enterprises').send('x')).status).toBe(401);
    const group = await h.user('group', 'GROUP', { group: 'CHANGXING_GROUP' });
    const res = await request(h.url).post('/imports/enterprises').set('authorization', `Bearer ${group.token}`).set('content-type', 'text/csv').send('uscc,name,status');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('exports a filtered list as XLSX that re-imports unchanged, and serves the template', async () => {
    const rows = [...generateEnterprises(15, { seed: 15 })].map((e) => demoEnterpriseToCsvRow({ ...e, tags: [...e.tags, '导出测试'] }));
    await h.ok(IMPORT, { csv: csvOf(rows) }, officer);
    const res = await request(h.url)
      .get(`/exports/enterprises.xlsx?filter=${encodeURIComponent(JSON.stringify({ tags: ['导出测试'] }))}`)
      .set('authorization', `Bearer ${officer}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect(wb.worksheets[0].rowCount).toBe(16);
    const report = (await h.ok(IMPORT_XLSX, { b: (res.body as Buffer).toString('base64') }, officer)).importEnterprisesXlsx;
    expect(report).toEqual({ created: 0, updated: 15, rejected: 0, errors: [] });

    const template = await request(h.url).get('/imports/template.xlsx').set('authorization', `Bearer ${officer}`);
    expect(template.status).toBe(200);
    expect(template.headers['content-type']).toContain('spreadsheetml');

    const badFilter = await request(h.url).get(`/exports/enterprises.xlsx?filter=${encodeURIComponent('{"status":"NOPE"}')}`).set('authorization', `Bearer ${officer}`);
    expect(badFilter.status).toBe(400);
    expect(badFilter.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });
});
