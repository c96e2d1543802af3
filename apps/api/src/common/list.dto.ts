import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** ra-data-simple-rest list parameters, JSON-encoded; parsed and checked by parseListQuery (400 on bad JSON). */
export class ListQueryDto {
  @ApiPropertyOptional({ example: '{"status":["pending","in_progress"]}' })
  @IsOptional()
  @IsString()
  filter?: string;

  @ApiPropertyOptional({ example: '["dueDate","ASC"]' })
  @IsOptional()
  @IsString()
  sort?: string;

  @ApiPropertyOptional({ example: '[0,24]' })
  @IsOptional()
  @IsString()
  range?: string;
}
