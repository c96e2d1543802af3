import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { Actor } from '@luyue/domain';
import { GetBodyRegistryUseCase, MarkNotBodyUseCase, MergeBodiesUseCase, RenameBodyUseCase } from '@luyue/application';
import { CurrentActor } from '../common/request-context';

export class MergeBodyDto {
  @ApiProperty({ description: 'The body that stays' }) @IsUUID() intoId!: string;
}

export class RenameBodyDto {
  @ApiProperty({ example: '阿拉山口市交通运输局' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
}

/** Cleaning the body registry (admin): counts and sources per body, merge, rename, strike a name. */
@ApiTags('bodies')
@ApiBearerAuth()
@Controller()
export class BodyRegistryController {
  constructor(
    private readonly getRegistry: GetBodyRegistryUseCase,
    private readonly mergeBodies: MergeBodiesUseCase,
    private readonly renameBody: RenameBodyUseCase,
    private readonly markNotBody: MarkNotBodyUseCase,
  ) {}

  @Get('body-registry')
  list(@CurrentActor() actor: Actor) {
    return this.getRegistry.execute(actor);
  }

  @Post('bodies/:id/merge')
  @HttpCode(200)
  merge(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: MergeBodyDto) {
    return this.mergeBodies.execute(actor, id, body.intoId);
  }

  @Post('bodies/:id/rename')
  @HttpCode(200)
  rename(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RenameBodyDto) {
    return this.renameBody.execute(actor, id, body.name);
  }

  @Post('bodies/:id/not-a-body')
  @HttpCode(200)
  notABody(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.markNotBody.execute(actor, id);
  }
}
