import { Body, Controller, Delete, Get, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AppContext, ChannelAdminUseCases, NotificationPreferencesUseCases, retryFailedNotification } from '@luyue/application';
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
  constructor(private readonly channels: ChannelAdminUseCases) {}

  @Get('bodies/:bodyId/channels')
  list(@CurrentActor() actor: Actor, @Param('bodyId') bodyId: string) {
    return this.channels.list(actor, bodyId);
  }

  @Post('bodies/:bodyId/channels')
  create(@CurrentActor() actor: Actor, @Param('bodyId') bodyId: string, @Body() body: CreateChannelDto) {
    return this.channels.create(actor, bodyId, body);
  }

  @Get('channels/:id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.channels.get(actor, id);
  }

  @Put('channels/:id')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateChannelDto) {
    return this.channels.update(actor, id, body);
  }

  @Delete('channels/:id')
  remove(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.channels.remove(actor, id);
  }
}

/** 我的通知 and the admin's retry of a failed notification. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationPreferencesController {
  constructor(
    private readonly ctx: AppContext,
    private readonly preferences: NotificationPreferencesUseCases,
    private readonly emails: ReminderProducer,
    @Inject(RobotProducer) private readonly robots: RobotProducer,
  ) {}

  @Get('me/notification-preferences')
  get(@CurrentActor() actor: Actor) {
    return this.preferences.get(actor);
  }

  @Put('me/notification-preferences')
  update(@CurrentActor() actor: Actor, @Body() body: NotificationPreferencesDto) {
    return this.preferences.update(actor, body);
  }

  /** The failed job of the same id is removed first: BullMQ would otherwise ignore the re-add. */
  @Post('notifications/:id/retry')
  async retry(@CurrentActor() actor: Actor, @Param('id') id: string) {
    const row = await retryFailedNotification(this.ctx, actor, id);
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
