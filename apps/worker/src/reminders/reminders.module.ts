import { Logger, Module } from '@nestjs/common';
import { AppContext, GiveUpNotificationUseCase, RunReminderSweepUseCase, SendNotificationUseCase, type ReminderConfig, reminderConfigFrom } from '@luyue/application';
import { EnvironmentVariables } from '@luyue/config';
import { type Mailer, createMailer } from '@luyue/mail';
import { ReminderProducer, ReminderQueuesModule } from '@luyue/queue';
import { EmailProcessor } from './email.processor';
import { ReminderWorkersService } from './reminder-workers.service';
import { SweepProcessor } from './sweep.processor';
import { MAILER, REMINDER_CONFIG } from './tokens';

const DEV_INBOX_URL = 'smtp://127.0.0.1:1025';

/** Reminders and escalation (issue 6): the daily sweep and the e-mail sender. */
@Module({
  imports: [ReminderQueuesModule],
  providers: [
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
      inject: [AppContext, REMINDER_CONFIG, ReminderProducer],
      useFactory: (ctx: AppContext, config: ReminderConfig, producer: ReminderProducer) => new RunReminderSweepUseCase(ctx, config, producer),
    },
    {
      provide: SendNotificationUseCase,
      inject: [AppContext, REMINDER_CONFIG, MAILER],
      useFactory: (ctx: AppContext, config: ReminderConfig, mailer: Mailer) => new SendNotificationUseCase(ctx, config, mailer),
    },
    { provide: GiveUpNotificationUseCase, inject: [AppContext], useFactory: (ctx: AppContext) => new GiveUpNotificationUseCase(ctx) },
    SweepProcessor,
    EmailProcessor,
    ReminderWorkersService,
  ],
})
export class RemindersModule {}
