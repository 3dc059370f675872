import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Request, Response } from 'express';
import { AuthService } from '../../../identity/src/auth.service.js';
import type { Scope } from '../../../identity/src/scope.js';
import { badInput, databaseInputError, DomainError, ErrorCode, firstValidationProblem, unauthenticated } from '../../../platform/src/index.js';
import { isStorableText } from '../../../platform/src/errors/input-scalars.js';
import { EnterpriseExporter } from './enterprise-export.js';
import { EnterpriseImportService, type ImportFormat, type Lang } from './enterprise-import.service.js';
import { EnterpriseFilter } from '../enterprise.input.js';
import { writeEnterprisesXlsx, writeImportTemplate } from './xlsx-export.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Uploads above this are refused: 100,000 rows of CSV are about 25 MB. */
const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409, TOO_COMPLEX: 400,
};

const lang = (v: unknown): Lang => (v === 'en' ? 'en' : 'zh');

/**
 * Files do not travel well through GraphQL: uploads, exports and the template are plain HTTP, with the same
 * bearer token and the same error codes (as JSON `{ code, message, field }`).
 */
@Controller()
export class EnterpriseFilesController {
  constructor(
    private readonly auth: AuthService,
    private readonly imports: EnterpriseImportService,
    private readonly exporter: EnterpriseExporter,
  ) {}

  /** Body: the raw file (text/csv or XLSX). Answers 202 with the job to watch and the import whose report to read. */
  @Post('imports/enterprises')
  @HttpCode(202)
  async upload(@Req() req: Request, @Res() res: Response, @Query('filename') filename?: string) {
    await this.handle(res, async () => {
      const scope = await this.scope(req);
      const format: ImportFormat = (req.headers['content-type'] ?? '').includes('spreadsheetml') || filename?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
      const content = await readBody(req);
      res.status(202).json(await this.imports.acceptUpload(scope, format, filename ?? null, content));
    });
  }

  @Get('imports/template.xlsx')
  async template(@Req() req: Request, @Res() res: Response, @Query('lang') l?: string) {
    await this.handle(res, async () => {
      await this.scope(req);
      res.setHeader('content-type', XLSX_MIME);
      const language = lang(l);
      res.setHeader('content-disposition', attachment(language === 'zh' ? '企业导入模板.xlsx' : 'enterprise-import-template.xlsx'));
      await writeImportTemplate(res, language);
      res.end();
    });
  }

  /** `filter` is the GraphQL EnterpriseFilter as JSON, e.g. ?filter={"chain":"MARINE_EQUIPMENT"}. */
  @Get('exports/enterprises.xlsx')
  async export(@Req() req: Request, @Res() res: Response, @Query('filter') filterJson?: string, @Query('lang') l?: string) {
    await this.handle(res, async () => {
      const scope = await this.scope(req);
      const filter = parseFilter(filterJson);
      res.setHeader('content-type', XLSX_MIME);
      res.setHeader('content-disposition', attachment('enterprises.xlsx'));
      await writeEnterprisesXlsx(res, this.exporter.rows(scope, filter), { lang: lang(l) });
      res.end();
    });
  }

  private async scope(req: Request): Promise<Scope> {
    const cookieToken = /(?:^|;\s*)lz_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const scope = await this.auth.resolveScope(req.headers.authorization ?? (cookieToken ? `Bearer ${decodeURIComponent(cookieToken)}` : undefined));
    if (!scope) throw unauthenticated();
    return scope;
  }

  private async handle(res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (thrown) {
      const error = thrown instanceof DomainError ? thrown : databaseInputError(thrown);
      if (!error || res.headersSent) throw thrown;
      res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, field: error.field });
    }
  }
}

function parseFilter(json: string | undefined): EnterpriseFilter | undefined {
  if (!json) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json, (_key, value: unknown) => {
      if (typeof value === 'string' && !isStorableText(value)) throw new Error('unstorable text');
      return value;
    });
  } catch {
    throw badInput('filter', 'filter: not JSON, or text with NUL or unpaired surrogates');
  }
  const filter = plainToInstance(EnterpriseFilter, raw);
  const problem = firstValidationProblem(validateSync(filter, { whitelist: true, forbidNonWhitelisted: true }));
  if (problem) throw badInput(problem.field, `${problem.field}: ${problem.message}`);
  return filter;
}

async function readBody(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES) throw badInput('file', `file: larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A download's file name, Chinese included: an ASCII fallback for old clients and the UTF-8 name (RFC 6266). */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
