import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@luyue/domain';
import { CreateUserUseCase, DeactivateUserUseCase, UpdateUserUseCase, GetResourceUseCase, ListResourcesUseCase } from '@luyue/application';
import { ListQueryDto } from '../common/list.dto';
import { setContentRange } from '../common/content-range';
import { CurrentActor } from '../common/request-context';
import { CreateUserDto, UpdateUserDto } from './admin-resources.dto';

/** User accounts, admin only. DELETE deactivates (events keep referring to the user). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly listResources: ListResourcesUseCase,
    private readonly getResource: GetResourceUseCase,
    private readonly createUser: CreateUserUseCase,
    private readonly updateUser: UpdateUserUseCase,
    private readonly deactivateUser: DeactivateUserUseCase,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Query() query: ListQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const page = await this.listResources.execute(actor, 'users', query);
    setContentRange(reply, 'users', page.start, page.rows.length, page.total);
    return page.rows;
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.getResource.execute(actor, 'users', id);
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto) {
    return this.createUser.execute(actor, body);
  }

  @Put(':id')
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateUserDto) {
    return this.updateUser.execute(actor, id, body);
  }

  @Delete(':id')
  remove(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.deactivateUser.execute(actor, id);
  }
}
