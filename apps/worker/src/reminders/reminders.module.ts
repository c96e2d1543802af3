import { Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GiveUpNotificationUseCase, RunReminderSweepUseCase, SendNotificationUseCase, type ReminderConfig, reminderConfigFrom } from '@luyue/application';
import { EnvironmentVariables } from '@luyue/config';
import { createDataAccess } from '@luyue/persistence';
import { type Clock, systemClock } from '@luyue/domain';
import { type Mailer, createMailer } from '@luyue/mail';
import { ReminderProducer, ReminderQueuesModule } from '@luyue/queue';
import { EmailProcessor } from './email.processor';
import { ReminderWorkersService } from './reminder-workers.service';
import { SweepProcessor } from './sweep.processor';
import { CLOCK, MAILER, REMINDER_CONFIG } from './tokens';

const DEV_INBOX_URL = 'smtp://127.0.0.1:1025';

/** Reminders and escalation (issue 6): the daily sweep and the e-mail sender. */
@Module({
  imports: [ReminderQueuesModule],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: REMINDER_CONFIG, inject: [EnvironmentVariables], useFactory: reminderConfigFrom },
    {
      provide: MAILER,
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables): Mailer => {
        if (!env.SMTP_URL) new Logger('Mail').warn(`SMTP_URL is unset: sending to the development inbox at ${DEV_INBOX_URL}`);
        return createMailer(env.SMTP_URL ?? DEV_INBOX_URL);
      },
    },
    {
      provide: RunReminderSweepUseCase,
      inject: [DataSource, REMINDER_CONFIG, ReminderProducer, CLOCK],
      useFactory: (ds: DataSource, config: ReminderConfig, producer: ReminderProducer, clock: Clock) => new RunReminderSweepUseCase(createDataAccess(ds), config, producer, clock),
    },
    {
      provide: SendNotificationUseCase,
      inject: [DataSource, REMINDER_CONFIG, MAILER],
      useFactory: (ds: DataSource, config: ReminderConfig, mailer: Mailer) => new SendNotificationUseCase(createDataAccess(ds), config, mailer),
    },
    { provide: GiveUpNotificationUseCase, inject: [DataSource], useFactory: (ds: DataSource) => new GiveUpNotificationUseCase(createDataAccess(ds)) },
    SweepProcessor,
    EmailProcessor,
    ReminderWorkersService,
  ],
})
export class RemindersModule {}
