import { Module } from '@nestjs/common';
import { DashboardController } from '../dashboard/dashboard.controller';
import { WorkDashboardController } from '../dashboard/work-dashboard.controller';
import { RegulationsController } from '../regulations/regulations.controller';
import { BodiesController } from './bodies.controller';
import { BodyRegistryController } from './body-registry.controller';
import { AdminEventsController, NotificationsController, ObligationEventsController, ProvisionsController } from './resources.controller';
import { UsersController } from './users.controller';
import { OcrJobsModule } from '../regulations/ocr-jobs.module';

@Module({
  imports: [OcrJobsModule],
  controllers: [
    RegulationsController,
    ProvisionsController,
    BodiesController,
    BodyRegistryController,
    UsersController,
    ObligationEventsController,
    AdminEventsController,
    NotificationsController,
    DashboardController,
    WorkDashboardController,
  ],
})
export class ResourcesModule {}
