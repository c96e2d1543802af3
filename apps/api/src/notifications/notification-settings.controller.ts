import { Body, Controller, Delete, Get, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  CreateChannelUseCase,
  GetChannelUseCase,
  GetNotificationPreferencesUseCase,
  ListChannelsUseCase,
  RemoveChannelUseCase,
  RetryNotificationUseCase,
  UpdateChannelUseCase,
  UpdateNotificationPreferencesUseCase,
} from '@luyue/application';
import { notificationJobId, robotJobId } from '@luyue/contracts';
import type { Actor } from '@luyue/domain';
import { ReminderProducer, RobotProducer } from '@luyue/queue';
import { CurrentActor } from '../common/request-context';
import { CreateChannelDto, NotificationPreferencesDto, UpdateChannelDto } from './notification-settings.dto';

/** Bodies → 通知渠道: a body's group robots (admins; managers for their bodies). */
@ApiTags('notification channels')
@ApiBearerAuth()
@Controller()
export class ChannelsController {
  constructor(
    private readonly listChannels: ListChannelsUseCase,
    private readonly getChannel: GetChannelUseCase,
    private readonly createChannel: CreateChannelUseCase,
    private readonly updateChannel: UpdateChannelUseCase,
    private readonly removeChannel: RemoveChannelUseCase,
  ) {}

  @Get('bodies/:bodyId/channels')
  list(@CurrentActor() actor: Actor, @Param('bodyId') bodyId: string) {
    return this.listChannels.execute(actor, bodyId);
  }

  @Post('bodies/:bodyId/channels')
  create(@CurrentActor() actor: Actor, @Param('bodyId') bodyId: string, @Body() body: CreateChannelDto) {
    return this.createChannel.execute(actor, bodyId, body);
  }

  @Get('channels/:id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.getChannel.execute(actor, id);
  }

  @Put('channels/:id')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateChannelDto) {
    return this.updateChannel.execute(actor, id, body);
  }

  @Delete('channels/:id')
  remove(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.removeChannel.execute(actor, id);
  }
}

/** 我的通知 and the admin's retry of a failed notification. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationPreferencesController {
  constructor(
    private readonly getPreferences: GetNotificationPreferencesUseCase,
    private readonly updatePreferences: UpdateNotificationPreferencesUseCase,
    private readonly retryNotification: RetryNotificationUseCase,
    private readonly emails: ReminderProducer,
    @Inject(RobotProducer) private readonly robots: RobotProducer,
  ) {}

  @Get('me/notification-preferences')
  get(@CurrentActor() actor: Actor) {
    return this.getPreferences.execute(actor);
  }

  @Put('me/notification-preferences')
  update(@CurrentActor() actor: Actor, @Body() body: NotificationPreferencesDto) {
    return this.updatePreferences.execute(actor, body);
  }

  /** The failed job of the same id is removed first: BullMQ would otherwise ignore the re-add. */
  @Post('notifications/:id/retry')
  async retry(@CurrentActor() actor: Actor, @Param('id') id: string) {
    const row = await this.retryNotification.execute(actor, id);
    if (row.channel === 'email') {
      await (await this.emails.emailQueue.getJob(notificationJobId(row.key)))?.remove();
      await this.emails.enqueueEmails([row]);
    } else {
      await (await this.robots.queue.getJob(robotJobId(row.key)))?.remove();
      await this.robots.enqueueRobots([row]);
    }
    return { id: row.id, status: 'pending' };
  }
}
