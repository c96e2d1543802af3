import { Module } from '@nestjs/common';
import { DashboardController } from '../dashboard/dashboard.controller';
import { RegulationsController } from '../regulations/regulations.controller';
import { BodiesController } from './bodies.controller';
import { NotificationsController, ObligationEventsController, ProvisionsController } from './resources.controller';
import { UsersController } from './users.controller';

@Module({
  controllers: [RegulationsController, ProvisionsController, BodiesController, UsersController, ObligationEventsController, NotificationsController, DashboardController],
})
export class ResourcesModule {}
