import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@luyue/domain';
import { WorkDashboardQuery } from '@luyue/application';
import { CurrentActor } from '../common/request-context';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class WorkDashboardController {
  constructor(private readonly work: WorkDashboardQuery) {}

  /** The work lists (top 10 + total each): overdue, dueThisWeek, awaitingVerification, extensionRequests; and a 12-week open/overdue trend. */
  @Get('work')
  get(@CurrentActor() actor: Actor) {
    return this.work.execute(actor);
  }
}
