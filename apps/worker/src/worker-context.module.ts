import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppContext, appSettingsFrom } from '@luyue/application';
import { EnvironmentVariables } from '@luyue/config';
import { type Clock, systemClock } from '@luyue/domain';
import { createDataAccess } from '@luyue/persistence';
import { CLOCK } from './reminders/tokens';

/** The use cases' context, built once per worker process as the api builds its own. */
@Global()
@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    {
      provide: AppContext,
      inject: [DataSource, EnvironmentVariables, CLOCK],
      useFactory: (ds: DataSource, env: EnvironmentVariables, clock: Clock) => new AppContext(createDataAccess(ds), appSettingsFrom(env), clock),
    },
  ],
  exports: [CLOCK, AppContext],
})
export class WorkerContextModule {}
