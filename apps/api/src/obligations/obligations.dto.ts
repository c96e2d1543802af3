import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  BULK_EDIT_MAX_IDS,
  MODALITIES,
  OBLIGATION_STATUSES,
  type ObligationBulkEditRequest,
  type ObligationEditFields,
  PRIORITIES,
  RECURRENCES,
  type Modality,
  type ObligationStatus,
  type Priority,
  type Recurrence,
} from '@luyue/contracts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class TransitionDto {
  @ApiProperty({ enum: OBLIGATION_STATUSES })
  @IsIn(OBLIGATION_STATUSES)
  to!: ObligationStatus;

  @ApiPropertyOptional({ description: 'Required for submit, return, waive and reopen' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @ApiProperty({ description: 'The version the client saw; a mismatch gives 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

/** POST /obligations/:id/amendment (修订待审). */
export class AmendmentDecisionDto {
  @ApiProperty({ enum: ['keep', 'retire'] })
  @IsIn(['keep', 'retire'])
  decision!: 'keep' | 'retire';

  @ApiProperty({ description: 'The version the client saw; a mismatch gives 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ProgressDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  note!: string;
}

export class ExtensionRequestDto {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason!: string;

  @ApiProperty({ example: '2026-12-31' })
  @Matches(ISO_DATE, { message: 'proposedDueDate must be YYYY-MM-DD' })
  proposedDueDate!: string;
}

export class ExtensionDecisionDto {
  @ApiProperty()
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ description: 'Required when refusing' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

export class SubjectMappingDto {
  @ApiProperty({ example: '管委会' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  subject!: string;

  @ApiProperty()
  @IsUUID()
  bodyId!: string;
}

export class ConfirmDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids!: string[];

  @ApiPropertyOptional({ type: [SubjectMappingDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SubjectMappingDto)
  mappings?: SubjectMappingDto[];
}

export class ReassignDto {
  @ApiProperty()
  @IsUUID()
  fromUserId!: string;

  @ApiProperty()
  @IsUUID()
  toUserId!: string;
}

/** What an edit may change: the fields of PUT /obligations/:id, and the `data` of the bulk edit. */
export class ObligationEditFieldsDto implements ObligationEditFields {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  text?: string;

  @ApiPropertyOptional({ nullable: true, example: '2026-12-31' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'dueDate must be YYYY-MM-DD' })
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: PRIORITIES })
  @IsOptional()
  @IsIn(PRIORITIES)
  priority?: Priority;

  @ApiPropertyOptional({ enum: RECURRENCES })
  @IsOptional()
  @IsIn(RECURRENCES)
  recurrence?: Recurrence;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  leadBodyIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  coBodyIds?: string[];

  @ApiPropertyOptional({ enum: MODALITIES })
  @IsOptional()
  @IsIn(MODALITIES)
  modality?: Modality;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  subjects?: string[];
}

export class UpdateObligationDto extends ObligationEditFieldsDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

/** PUT /obligations: the same edit for every id, in one transaction. */
export class BulkEditObligationsDto implements ObligationBulkEditRequest {
  @ApiProperty({ type: [String], maxItems: BULK_EDIT_MAX_IDS })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(BULK_EDIT_MAX_IDS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids!: string[];

  @ApiProperty({ type: ObligationEditFieldsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ObligationEditFieldsDto)
  data!: ObligationEditFieldsDto;

  @ApiPropertyOptional({ description: 'id → the version the client saw; a mismatch gives 409 and changes nothing', example: { '6f1c…': 3 } })
  @IsOptional()
  @IsObject()
  versions?: Record<string, number>;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv', 'docx'] })
  @IsOptional()
  @IsIn(['xlsx', 'csv', 'docx'])
  format?: 'xlsx' | 'csv' | 'docx';

  @IsOptional()
  @IsString()
  filter?: string;

  @IsOptional()
  @IsString()
  sort?: string;
}
