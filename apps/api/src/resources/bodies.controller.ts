import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@luyue/domain';
import { CreateBodyUseCase, DeleteBodyUseCase, UpdateBodyUseCase, GetResourceUseCase, ListResourcesUseCase } from '@luyue/application';
import { ListQueryDto } from '../common/list.dto';
import { setContentRange } from '../common/content-range';
import { CurrentActor } from '../common/request-context';
import { CreateBodyDto, UpdateBodyDto } from './admin-resources.dto';

/** Body registry: everyone signed in reads it (names for lists); only admins change it. */
@ApiTags('bodies')
@ApiBearerAuth()
@Controller('bodies')
export class BodiesController {
  constructor(
    private readonly listResources: ListResourcesUseCase,
    private readonly getResource: GetResourceUseCase,
    private readonly createBody: CreateBodyUseCase,
    private readonly updateBody: UpdateBodyUseCase,
    private readonly deleteBody: DeleteBodyUseCase,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Query() query: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const page = await this.listResources.execute(actor, 'bodies', query);
    setContentRange(reply, 'bodies', page.start, page.rows.length, page.total);
    return page.rows;
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.getResource.execute(actor, 'bodies', id);
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateBodyDto) {
    return this.createBody.execute(actor, body);
  }

  @Put(':id')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateBodyDto) {
    return this.updateBody.execute(actor, id, body);
  }

  @Delete(':id')
  remove(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.deleteBody.execute(actor, id);
  }
}
