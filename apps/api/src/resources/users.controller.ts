import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { type Actor, ForbiddenActionError, isAdmin } from '@luyue/domain';
import { UserAdminUseCases, getResource, listResource } from '@luyue/application';
import { ListQueryDto } from '../common/list.dto';
import { setContentRange } from '../common/content-range';
import { CurrentActor } from '../common/request-context';
import { CreateUserDto, UpdateUserDto } from './admin-resources.dto';

const requireAdmin = (actor: Actor) => {
  if (!isAdmin(actor)) throw new ForbiddenActionError('manage users');
};

/** User accounts, admin only. DELETE deactivates (events keep referring to the user). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UserAdminUseCases,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Query() query: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    requireAdmin(actor);
    const page = await listResource(this.ds.manager, 'users', actor, query);
    setContentRange(reply, 'users', page.start, page.rows.length, page.total);
    return page.rows;
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    requireAdmin(actor);
    return getResource(this.ds.manager, 'users', actor, id);
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto) {
    return this.users.create(actor, body);
  }

  @Put(':id')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateUserDto) {
    return this.users.update(actor, id, body);
  }

  @Delete(':id')
  remove(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.users.deactivate(actor, id);
  }
}
