import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RouteSchema } from '@nestjs/platform-fastify';
import type { Actor } from '@luyue/domain';
import {
  BulkUpdateObligationsUseCase,
  ConfirmObligationsUseCase,
  ExportLedgerUseCase,
  GetObligationUseCase,
  ImportLedgerUseCase,
  ListObligationsUseCase,
  type SessionCheck,
  ReassignObligationsUseCase,
  UpdateObligationUseCase,
} from '@luyue/application';
import { ListQueryDto } from '../common/list.dto';
import { setContentRange } from '../common/content-range';
import { CurrentActor, CurrentSessionCheck } from '../common/request-context';
import { SessionCheckedInQuery } from '../auth/checked-in-query.decorator';
import { OBLIGATION_LIST_SCHEMA } from './obligation-list.schema';
import { attachment, readUploadedFile } from '../common/multipart';
import type { ObligationBulkEditResult, ObligationDto, ReassignResultDto } from '@luyue/contracts';
import { BulkEditObligationsDto, ConfirmDto, ExportQueryDto, ReassignDto, UpdateObligationDto } from './obligations.dto';

@ApiTags('obligations')
@ApiBearerAuth()
@Controller('obligations')
export class ObligationsController {
  constructor(
    private readonly listObligations: ListObligationsUseCase,
    private readonly getObligation: GetObligationUseCase,
    private readonly updateObligation: UpdateObligationUseCase,
    private readonly bulkUpdateObligations: BulkUpdateObligationsUseCase,
    private readonly confirmObligations: ConfirmObligationsUseCase,
    private readonly reassignObligations: ReassignObligationsUseCase,
    private readonly exportLedger: ExportLedgerUseCase,
    private readonly importLedger: ImportLedgerUseCase,
  ) {}

  @Get()
  @SessionCheckedInQuery()
  @RouteSchema(OBLIGATION_LIST_SCHEMA)
  async list(@CurrentActor() actor: Actor, @CurrentSessionCheck() session: SessionCheck | undefined, @Query() query: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const page = await this.listObligations.execute(actor, query, session);
    setContentRange(reply, 'obligations', page.query.start, page.rows.length, page.total);
    return page.rows;
  }

  /** 台账 with the list's filter and sort. */
  @Get('export')
  async export(@CurrentActor() actor: Actor, @Query() query: ExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.exportLedger.execute(actor, query, query.format ?? 'xlsx');
    void reply.header('Content-Disposition', attachment(file.fileName));
    return new StreamableFile(file.body, { type: file.contentType, length: file.body.length });
  }

  @Post('import-ledger')
  @ApiConsumes('multipart/form-data')
  async importLedgerFile(@CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    const { file } = await readUploadedFile(request);
    return this.importLedger.execute(actor, file.buffer);
  }

  @Post('confirm')
  @HttpCode(200)
  confirm(@CurrentActor() actor: Actor, @Body() body: ConfirmDto) {
    return this.confirmObligations.execute(actor, body);
  }

  /** The bulk edit: `{ ids, data, versions? }`, one transaction; any refused id fails it all (403/404/409 naming `details.id`). */
  @Put()
  bulkUpdate(@CurrentActor() actor: Actor, @Body() body: BulkEditObligationsDto): Promise<ObligationBulkEditResult> {
    return this.bulkUpdateObligations.execute(actor, body);
  }

  @Post('reassign')
  @HttpCode(200)
  reassign(@CurrentActor() actor: Actor, @Body() body: ReassignDto): Promise<ReassignResultDto> {
    return this.reassignObligations.execute(actor, body.fromUserId, body.toUserId);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ObligationDto> {
    return this.getObligation.execute(actor, id);
  }

  @Put(':id')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateObligationDto): Promise<ObligationDto> {
    return this.updateObligation.execute(actor, id, body);
  }
}
