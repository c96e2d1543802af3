import { Body, Controller, Get, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '@luyue/domain';
import { ImportRegulationUseCase, ImportVersionUseCase, UpdateRegulationUseCase, ListRegulationVersionsUseCase, ScanOcrUseCase, GetResourceUseCase, ListResourcesUseCase } from '@luyue/application';
import { ListQueryDto } from '../common/list.dto';
import { setContentRange } from '../common/content-range';
import { CurrentActor } from '../common/request-context';
import { readUploadedFile } from '../common/multipart';
import { validateBody } from '../common/validate-body';
import { ImportFormFieldsDto, ImportQueryDto, ImportRegulationDto, ImportVersionDto, ImportVersionFieldsDto, UpdateRegulationDto } from './regulations.dto';

@ApiTags('regulations')
@ApiBearerAuth()
@Controller('regulations')
export class RegulationsController {
  constructor(
    private readonly listResources: ListResourcesUseCase,
    private readonly getResource: GetResourceUseCase,
    private readonly importRegulation: ImportRegulationUseCase,
    private readonly importVersion: ImportVersionUseCase,
    private readonly updateRegulation: UpdateRegulationUseCase,
    private readonly listVersions: ListRegulationVersionsUseCase,
    private readonly scanOcr: ScanOcrUseCase,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Query() query: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const page = await this.listResources.execute(actor, 'regulations', query);
    setContentRange(reply, 'regulations', page.start, page.rows.length, page.total);
    return page.rows;
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.getResource.execute(actor, 'regulations', id);
  }

  /** An admin corrects the title or the 简称 (`shortTitle`: null or '' derives it again). */
  @Put(':id')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateRegulationDto) {
    return this.updateRegulation.execute(actor, id, body);
  }

  /** Multipart `file` (+ jurisdiction/kind/defaultLeadBodyId) or JSON {text, fileName, …}; `?dryRun=true` previews without saving. */
  @Post('import')
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ type: ImportRegulationDto })
  async import(@CurrentActor() actor: Actor, @Query() query: ImportQueryDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const dryRun = query.dryRun === 'true';
    if (request.isMultipart()) {
      const { file, fields } = await readUploadedFile(request);
      const options = await validateBody(ImportFormFieldsDto, fields);
      // A long scan is read by the worker: 202 with the job to poll, then the import of its text.
      const ocrJob = await this.scanOcr.startIfLong(actor, file.buffer, file.fileName);
      if (ocrJob) {
        void reply.status(202);
        return { ...ocrJob, fileName: file.fileName, status: 'queued' };
      }
      return this.importRegulation.execute(actor, { ...options, buffer: file.buffer, fileName: file.fileName, dryRun });
    }
    const body = await validateBody(ImportRegulationDto, request.body);
    return this.importRegulation.execute(actor, { ...body, dryRun });
  }

  /** A long scan's OCR (202 of the import): state, pages done of pages, and when completed its text and OCR figures. */
  @Get('ocr-jobs/:jobId')
  ocrJob(@CurrentActor() actor: Actor, @Param('jobId') jobId: string) {
    return this.scanOcr.status(actor, jobId);
  }

  /** Every imported text of the regulation (newest first), the current one marked. */
  @Get(':id/versions')
  versions(@CurrentActor() _actor: Actor, @Param('id') id: string) {
    return this.listVersions.execute(id);
  }

  /** An amended text (same body as import): `?dryRun=true` answers the alignment report, else it is applied in one transaction. */
  @Post(':id/versions')
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ type: ImportVersionDto })
  async addVersion(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: ImportQueryDto, @Req() request: FastifyRequest) {
    const dryRun = query.dryRun === 'true';
    if (request.isMultipart()) {
      const { file, fields } = await readUploadedFile(request);
      await validateBody(ImportVersionFieldsDto, fields);
      return this.importVersion.execute(actor, id, { buffer: file.buffer, fileName: file.fileName, dryRun });
    }
    const body = await validateBody(ImportVersionDto, request.body);
    return this.importVersion.execute(actor, id, { text: body.text, fileName: body.fileName, dryRun });
  }
}
