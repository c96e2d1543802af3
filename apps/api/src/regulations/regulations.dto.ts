import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { REGULATION_KINDS, type RegulationKind } from '@luyue/contracts';

/** JSON form of POST /regulations/import (the multipart form carries the same fields beside `file`). */
export class ImportRegulationDto {
  @ApiProperty({ description: 'Regulation text (plain or markdown)' })
  @IsString()
  @MinLength(1)
  @MaxLength(5_000_000)
  text!: string;

  @ApiProperty({ example: '口岸经济发展促进条例.txt' })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  fileName!: string;

  @ApiPropertyOptional({ example: '新疆维吾尔自治区' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  jurisdiction?: string;

  @ApiPropertyOptional({ enum: REGULATION_KINDS })
  @IsOptional()
  @IsIn(REGULATION_KINDS)
  kind?: RegulationKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  defaultLeadBodyId?: string;
}

export class ImportFormFieldsDto {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  jurisdiction?: string;

  @IsOptional()
  @IsIn(REGULATION_KINDS)
  kind?: RegulationKind;

  @IsOptional()
  @IsUUID()
  defaultLeadBodyId?: string;
}

export class ImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

/**
 * JSON form of POST /regulations/:id/versions: the same body as the import. Jurisdiction, kind and
 * default lead body are the regulation's own and stay; sent anyway they are accepted and ignored.
 */
export class ImportVersionDto extends ImportRegulationDto {}

export class ImportVersionFieldsDto extends ImportFormFieldsDto {}

/** PUT /regulations/:id */
export class UpdateRegulationDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(500) title?: string;
  @ApiPropertyOptional({ nullable: true, example: '《口岸条例》' }) @IsOptional() @IsString() @MaxLength(100) shortTitle?: string | null;
}
