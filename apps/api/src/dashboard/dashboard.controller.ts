import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@luyue/domain';
import { DashboardQuery } from '@luyue/application';
import { CurrentActor } from '../common/request-context';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardQuery) {}

  /** Counts scoped to the user: byStatus, lightsByBody, overdueByBody, dueThisWeek, awaitingVerification, myOpen, today. */
  @Get()
  @ApiOkResponse({ description: 'DashboardDto as JSON' })
  async get(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    // Sent as encoded: the scope's part of the body is serialised once per change (SqlDashboardQuery).
    reply.type('application/json; charset=utf-8');
    return this.dashboard.executeJson(actor);
  }
}
