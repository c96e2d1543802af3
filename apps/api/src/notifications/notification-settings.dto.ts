import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { NOTICE_CATEGORIES, ROBOT_KINDS, type NoticeCategory, type RobotKind } from '@luyue/contracts';

export class CreateChannelDto {
  @ApiProperty({ enum: ROBOT_KINDS }) @IsIn(ROBOT_KINDS) kind!: RobotKind;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) name?: string;
  @ApiProperty({ example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…' }) @IsString() @MaxLength(1000) webhookUrl!: string;
  @ApiPropertyOptional({ description: 'DingTalk 加签 secret (never returned)' }) @IsOptional() @IsString() @MaxLength(200) secret?: string;
  @ApiPropertyOptional({ enum: NOTICE_CATEGORIES, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsIn(NOTICE_CATEGORIES, { each: true }) notices?: NoticeCategory[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class UpdateChannelDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) webhookUrl?: string;
  @ApiPropertyOptional({ description: 'empty string clears it' }) @IsOptional() @IsString() @MaxLength(200) secret?: string;
  @ApiPropertyOptional({ enum: NOTICE_CATEGORIES, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsIn(NOTICE_CATEGORIES, { each: true }) notices?: NoticeCategory[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class NotificationPreferencesDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() dueSoon?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() overdue?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() escalation?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() digest?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() events?: boolean;
  @ApiPropertyOptional({ minimum: 1, maximum: 7, description: 'ISO weekday of the digest (managers)' }) @IsOptional() @IsInt() @Min(1) @Max(7) digestWeekday?: number;
}
