import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { EnvironmentVariables } from '@luyue/config';
import { QUEUE_EMAIL, QUEUE_SWEEP } from '@luyue/contracts';
import type { Queue } from 'bullmq';
import { QueueInfraModule } from './queue-infra.module';
import { ReminderProducer } from './reminder-producer';

/** Registers the sweep and e-mail queues and provides their producer (api and worker). */
@Module({
  imports: [QueueInfraModule, BullModule.registerQueue({ name: QUEUE_SWEEP }, { name: QUEUE_EMAIL })],
  providers: [
    {
      provide: ReminderProducer,
      inject: [getQueueToken(QUEUE_SWEEP), getQueueToken(QUEUE_EMAIL), EnvironmentVariables],
      useFactory: (sweep: Queue, email: Queue, env: EnvironmentVariables) => new ReminderProducer(sweep, email, env),
    },
  ],
  exports: [ReminderProducer, BullModule],
})
export class ReminderQueuesModule {}
