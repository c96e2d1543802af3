import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@luyue/domain';
import { DashboardQuery } from '@luyue/application';
import { CurrentActor } from '../common/request-context';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardQuery) {}

  /** Counts scoped to the user: byStatus, lightsByBody, overdueByBody, dueThisWeek, awaitingVerification, myOpen. */
  @Get()
  get(@CurrentActor() actor: Actor) {
    return this.dashboard.execute(actor);
  }
}
