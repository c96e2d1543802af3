import { createReadStream } from 'node:fs';
import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '@luyue/domain';
import {
  DecideAmendmentUseCase,
  DecideExtensionUseCase,
  AddEvidenceUseCase,
  ListEvidenceUseCase,
  GetEvidenceUseCase,
  ListExtensionRequestsUseCase,
  ReportProgressUseCase,
  RequestExtensionUseCase,
  TransitionObligationUseCase,
} from '@luyue/application';
import { CurrentActor } from '../common/request-context';
import { attachment, readUploadedFile } from '../common/multipart';
import { AmendmentDecisionDto, ExtensionDecisionDto, ExtensionRequestDto, ProgressDto, TransitionDto } from './obligations.dto';

/** Workflow actions on one obligation: status changes, progress, extensions, evidence. */
@ApiTags('obligations')
@ApiBearerAuth()
@Controller('obligations')
export class ObligationActionsController {
  constructor(
    private readonly transitionObligation: TransitionObligationUseCase,
    private readonly reportProgress: ReportProgressUseCase,
    private readonly requestExtension: RequestExtensionUseCase,
    private readonly listExtensionRequests: ListExtensionRequestsUseCase,
    private readonly decideExtension: DecideExtensionUseCase,
    private readonly addEvidence: AddEvidenceUseCase,
    private readonly listEvidence: ListEvidenceUseCase,
    private readonly getEvidence: GetEvidenceUseCase,
    private readonly decideAmendment: DecideAmendmentUseCase,
  ) {}

  /** 修订待审: keep (take the amended wording) or retire (waive / discard) a duty flagged by a regulation amendment. */
  @Post(':id/amendment')
  @HttpCode(200)
  amendment(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: AmendmentDecisionDto) {
    return this.decideAmendment.execute(actor, id, body);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  transition(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: TransitionDto) {
    return this.transitionObligation.execute(actor, id, body);
  }

  @Post(':id/progress')
  @HttpCode(200)
  progress(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ProgressDto) {
    return this.reportProgress.execute(actor, id, body.note);
  }

  @Post(':id/extension-requests')
  requestExtensionFor(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ExtensionRequestDto) {
    return this.requestExtension.execute(actor, id, body.reason, body.proposedDueDate);
  }

  @Get(':id/extension-requests')
  extensionRequests(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.listExtensionRequests.execute(actor, id);
  }

  @Post('extension-requests/:rid/decision')
  @HttpCode(200)
  decide(@CurrentActor() actor: Actor, @Param('rid') requestId: string, @Body() body: ExtensionDecisionDto) {
    return this.decideExtension.execute(actor, requestId, body.approve, body.note);
  }

  @Post(':id/evidence')
  @ApiConsumes('multipart/form-data')
  async upload(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: FastifyRequest) {
    const { file } = await readUploadedFile(request);
    return this.addEvidence.execute(actor, id, file.fileName, file.buffer);
  }

  @Get(':id/evidence')
  evidenceList(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.listEvidence.execute(actor, id);
  }

  @Get(':id/evidence/:eid')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('eid') evidenceId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.getEvidence.execute(actor, id, evidenceId);
    void reply.header('Content-Disposition', attachment(file.fileName));
    return new StreamableFile(createReadStream(file.path), { type: file.contentType, length: file.size });
  }
}
