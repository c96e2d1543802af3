import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@luyue/domain';
import { GetResourceUseCase, ListResourcesUseCase, type ResourceName } from '@luyue/application';
import { ListQueryDto } from '../common/list.dto';
import { setContentRange } from '../common/content-range';
import { CurrentActor } from '../common/request-context';

/** GET list / GET one for a read-only resource; who may read it is the resource's domain permission (403 otherwise). */
abstract class ReadOnlyResourceController {
  protected abstract readonly resource: ResourceName;
  constructor(
    protected readonly listResources: ListResourcesUseCase,
    protected readonly getResource: GetResourceUseCase,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Query() query: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const page = await this.listResources.execute(actor, this.resource, query);
    setContentRange(reply, this.resource, page.start, page.rows.length, page.total);
    return page.rows;
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.getResource.execute(actor, this.resource, id);
  }
}

@ApiTags('provisions')
@ApiBearerAuth()
@Controller('provisions')
export class ProvisionsController extends ReadOnlyResourceController {
  protected readonly resource = 'provisions' as const;
  constructor(list: ListResourcesUseCase, get: GetResourceUseCase) {
    super(list, get);
  }
}

@ApiTags('obligation-events')
@ApiBearerAuth()
@Controller('obligation-events')
export class ObligationEventsController extends ReadOnlyResourceController {
  protected readonly resource = 'obligation-events' as const;
  constructor(list: ListResourcesUseCase, get: GetResourceUseCase) {
    super(list, get);
  }
}

const ADMIN_EVENTS_DESCRIPTION =
  'User and body administration, admins only (403 for managers and staff): one row per change, with who (actorId), when (createdAt), ' +
  "what (type user_created | user_updated | body_created | body_updated | body_deleted, entity 'user' | 'body', entityId) and " +
  'old → new (changes: { field: { from, to } }; a password appears only as { password: { changed: true } }). ' +
  'They are rows of the audit trail (obligation_events with no obligation, in their own hash chain, checked by `npm run cli -- audit verify`) ' +
  'and are not listed under /obligation-events. Filters: type, actorId, entity, entityId. Default order: newest first.';

/** User and body administration events (the audit trail's rows with no obligation); admin only. */
@ApiTags('admin-events')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'the caller is not an admin' })
@Controller('admin-events')
export class AdminEventsController {
  constructor(
    private readonly listResources: ListResourcesUseCase,
    private readonly getResource: GetResourceUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List administration events', description: ADMIN_EVENTS_DESCRIPTION })
  async list(@CurrentActor() actor: Actor, @Query() query: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const page = await this.listResources.execute(actor, 'admin-events', query);
    setContentRange(reply, 'admin-events', page.start, page.rows.length, page.total);
    return page.rows;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One administration event', description: ADMIN_EVENTS_DESCRIPTION })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.getResource.execute(actor, 'admin-events', id);
  }
}

/** The reminder outbox (filled by the worker's sweep); admin only. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController extends ReadOnlyResourceController {
  protected readonly resource = 'notifications' as const;
  constructor(list: ListResourcesUseCase, get: GetResourceUseCase) {
    super(list, get);
  }
}
