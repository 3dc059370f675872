import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import zlib from 'node:zlib';
import { Queue } from 'bullmq';
import request from 'supertest';
import { demoEnterpriseToCsvRow, generateEnterprises, IMPORT_COLUMNS } from '../libs/enterprises/src/demo/generator.js';
import { eventually, Harness } from './support/harness.js';

/**
 * Issue 11, item 1: files built to exhaust memory. The worker runs as its own process with the heap flag
 * `npm start` gives it (scripts/start.ts), so a file that would make it hold too much kills it here as in production.
 */
const WORKER_HEAP_MB = 320;
const IMPORT_XLSX = 'mutation($b: String!) { importEnterprisesXlsx(base64: $b) { created updated rejected errors { row column message } } }';
const JOB = 'query($id: ID!) { job(id: $id) { state progress failedReason } }';
const REPORT = 'query($id: ID!) { importReport(id: $id, lang: en) { created updated rejected errors { row column message } } }';

// ---------- a minimal XLSX writer, so a part can inflate as far as a test needs ----------

interface Part {
  name: string;
  /** The part's bytes, in pieces, so a part of hundreds of MB is never one buffer. */
  pieces: () => Iterable<Buffer>;
}

async function deflatePart(part: Part): Promise<{ data: Buffer; crc: number; size: number }> {
  const d = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on('data', (b: Buffer) => out.push(b));
  const ended = new Promise((resolve) => d.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const piece of part.pieces()) {
    crc = zlib.crc32(piece, crc);
    size += piece.length;
    if (!d.write(piece)) await new Promise((resolve) => d.once('drain', resolve));
  }
  d.end();
  await ended;
  return { data: Buffer.concat(out), crc, size };
}

async function zip(parts: Part[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, crc, size } = await deflatePart(part);
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const text = (name: string, xml: string): Part => ({ name, pieces: () => [Buffer.from(xml)] });
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A valid workbook whose one sheet's header cell is shared string 0, and whose shared-string table holds
 * `megabytes` MB of further strings: a few hundred KB on disk, as much as asked once inflated.
 */
function xlsxBomb(megabytes: number): Promise<Buffer> {
  const si = `<si><t>${'x'.repeat(1000)}</t></si>`;
  const mb = Buffer.from(si.repeat(Math.floor((1024 * 1024) / si.length)));
  return zip([
    text('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`),
    text('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    text('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="企业" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    text('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    {
      name: 'xl/sharedStrings.xml',
      pieces: function* () {
        yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}"><si><t>uscc</t></si>`);
        for (let i = 0; i < megabytes; i++) yield mb;
        yield Buffer.from('</sst>');
      },
    },
    text('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`),
  ]);
}

describe('hostile import files (issue 11, item 1)', () => {
  let h: Harness;
  let officer: string;
  const workers: ChildProcess[] = [];

  /** The real worker from the build, its heap capped as `npm start` caps it. */
  function spawnWorker(): ChildProcess {
    const env: Record<string, string> = { ...(process.env as Record<string, string>), ...Object.fromEntries(Object.entries(h.config).map(([k, v]) => [k, String(v)])) };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [`--max-old-space-size=${WORKER_HEAP_MB}`, 'dist/apps/worker/src/main.js'], { env, stdio: ['ignore', process.env.HOSTILE_DEBUG ? 'inherit' : 'ignore', process.env.HOSTILE_DEBUG ? 'inherit' : 'ignore'] });
    workers.push(child);
    return child;
  }
  const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;
  const kill = async (c: ChildProcess) => {
    if (!alive(c)) return;
    const gone = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGKILL');
    await gone;
  };

  async function upload(body: Buffer, filename: string): Promise<{ importId: string; jobId: string }> {
    const res = await request(h.url).post(`/imports/enterprises?filename=${filename}`).set('authorization', `Bearer ${officer}`).set('content-type', 'application/octet-stream').send(body);
    expect(res.status).toBe(202);
    return res.body;
  }
  const job = async (id: string) => (await h.ok(JOB, { id }, officer)).job as { state: string; progress: number; failedReason: string | null };
  const finished = (id: string, timeoutMs = 90_000) =>
    eventually(async () => {
      const j = await job(id);
      return j.state === 'COMPLETED' || j.state === 'FAILED' ? j : undefined;
    }, timeoutMs, 250);

  beforeAll(async () => {
    h = await Harness.start();
    officer = (await h.user('officer', 'OFFICER', { subParks: ['CHANGXING_MARINE'] })).token;
  });
  afterAll(async () => {
    await Promise.all(workers.map(kill));
    await h?.close();
  });

  it('refuses a 5 MB CSV whose header has 2.5 million cells with one file-level error, and the worker lives', async () => {
    const worker = spawnWorker();
    try {
      const csv = Buffer.from(`uscc,name,status,${'c,'.repeat(2_500_000)}\r\n`);
      expect(csv.length).toBeGreaterThan(5_000_000);
      const { importId, jobId } = await upload(csv, 'wide.csv');
      const done = await finished(jobId);
      expect(done.state).toBe('COMPLETED');
      const report = (await h.ok(REPORT, { id: importId }, officer)).importReport;
      expect(report).toMatchObject({ created: 0, updated: 0 });
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]).toMatchObject({ row: 1, column: 'file' });
      expect(report.errors[0].message).toMatch(/more than 100 cells/);
      expect(alive(worker)).toBe(true);
    } finally {
      await kill(worker);
    }
  });

  it('refuses an XLSX whose shared strings inflate to 400 MB, and the worker lives', async () => {
    const worker = spawnWorker();
    try {
      const bomb = await xlsxBomb(400);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      const { importId, jobId } = await upload(bomb, 'bomb.xlsx');
      const done = await finished(jobId);
      expect(done.state).toBe('COMPLETED');
      const report = (await h.ok(REPORT, { id: importId }, officer)).importReport;
      expect(report.errors).toEqual([{ row: 1, column: 'file', message: expect.stringMatching(/shared strings is larger than 48 MB unzipped/) }]);
      expect(alive(worker)).toBe(true);

      // The same builder with a small table is a readable workbook: the refusal above is the bound, not a broken file.
      const small = await upload(await xlsxBomb(1), 'small.xlsx');
      expect((await finished(small.jobId)).state).toBe('COMPLETED');
      const smallReport = (await h.ok(REPORT, { id: small.importId }, officer)).importReport;
      expect(smallReport.errors.map((e: { message: string }) => e.message).join(' ')).not.toMatch(/unzipped|cannot read/);
    } finally {
      await kill(worker);
    }
  });

  it('parses inline XLSX files off the API process: six bombs at once leave its heap flat and answer a file-level error', async () => {
    const bomb = (await xlsxBomb(30)).toString('base64');
    expect(bomb.length).toBeLessThan(100 * 1024); // fits the request body limit
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    try {
      const answers = await Promise.all(Array.from({ length: 6 }, () => h.gql(IMPORT_XLSX, { b: bomb }, officer)));
      for (const a of answers) {
        expect(a.errors).toBeUndefined();
        expect(a.data.importEnterprisesXlsx.errors).toEqual([{ row: 1, column: 'file', message: expect.stringMatching(/共享字符串|shared strings/) }]);
      }
    } finally {
      clearInterval(sampler);
    }
    // In the API's process each would have held its 30 MB table (and more, as UTF-16 and objects).
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    expect((await request(h.url).get('/health')).status).toBe(200);
  });

  it('fails an upload the server could not write with a reason in words, not the SQL error, and says so in its report (item 9)', async () => {
    // The suite's own database: a rule only this test knows makes the write of a clean file fail in SQL.
    await h.dataSource.query(`ALTER TABLE enterprises ADD CONSTRAINT hostile_no_boom CHECK (name <> '爆炸测试有限公司')`);
    const worker = spawnWorker();
    try {
      const [row] = [...generateEnterprises(1, { seed: 9 })].map(demoEnterpriseToCsvRow);
      row![IMPORT_COLUMNS.indexOf('name')] = '爆炸测试有限公司';
      const { importId, jobId } = await upload(Buffer.from([IMPORT_COLUMNS.join(','), row!.join(',')].join('\r\n')), 'boom.csv');
      const done = await eventually(async () => {
        const j = await job(jobId);
        return j.state === 'FAILED' ? j : undefined;
      }, 60_000, 200);
      expect(done.failedReason).toMatch(/failed on the server and nothing was written/);
      expect(done.failedReason).not.toMatch(/constraint|violates|hostile_no_boom|SQL|relation/i);
      const report = (await h.ok(REPORT, { id: importId }, officer)).importReport;
      expect(report).toMatchObject({ created: 0, updated: 0, rejected: 0 });
      expect(report.errors).toEqual([{ row: 1, column: 'file', message: expect.stringMatching(/failed on the server/) }]);
    } finally {
      await kill(worker);
      // Its retries must not run later, under the next test's workers, once the rule is gone.
      const queue = new Queue('imports', { connection: { url: h.config.REDIS_URL }, prefix: h.config.QUEUE_PREFIX });
      await queue.obliterate({ force: true }).finally(() => queue.close());
      await h.dataSource.query('ALTER TABLE enterprises DROP CONSTRAINT hostile_no_boom');
    }
  });

  it('ends a job that keeps killing its worker FAILED with a reason, instead of retrying it forever', async () => {
    const rows = [...generateEnterprises(60_000, { seed: 5 })].map(demoEnterpriseToCsvRow);
    const csv = Buffer.from([IMPORT_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n'));
    const queue = new Queue('imports', { connection: { url: h.config.REDIS_URL }, prefix: h.config.QUEUE_PREFIX });
    try {
      const { importId, jobId } = await upload(csv, 'deadly.csv');
      const started = async (times: number) =>
        eventually(async () => (await queue.getJobs(['active'])).find((j) => j.data?.importId === importId && (j.attemptsStarted ?? 0) >= times), 120_000, 50);
      // Twice a worker takes the job and dies under it, as one killed by the out-of-memory killer would.
      for (const times of [1, 2]) {
        const worker = spawnWorker();
        await started(times);
        await kill(worker);
      }
      // The next worker does not run it a third time: the run ends FAILED and says why, the report too.
      const survivor = spawnWorker();
      // A fresh worker's start, the dead one's lock running out (15 s) and two stall checks (5 s each): on a loaded
      // machine that is minutes, not seconds.
      const done = await finished(jobId, 240_000);
      expect(done).toMatchObject({ state: 'FAILED', failedReason: expect.stringMatching(/worker stopped twice/) });
      const report = (await h.ok(REPORT, { id: importId }, officer)).importReport;
      expect(report).toMatchObject({ created: 0, updated: 0, rejected: 0 });
      expect(report.errors[0].message).toMatch(/worker stopped twice/);
      expect(alive(survivor)).toBe(true);
      const [{ n }] = await h.dataSource.query('SELECT count(*)::int AS n FROM enterprises WHERE uscc = ANY($1)', [rows.map((r) => r[0])]);
      expect(n).toBe(0);
    } finally {
      await queue.close();
    }
  }, 420_000);
});
