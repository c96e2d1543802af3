import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { BODY_KINDS, BODY_LEVELS, ROLES, type BodyKind, type BodyLevel, type Role } from '@luyue/contracts';

export class CreateBodyDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsString({ each: true }) aliases?: string[];
  @ApiProperty({ example: '新疆维吾尔自治区' }) @IsString() @MinLength(1) @MaxLength(100) jurisdiction!: string;
  @ApiProperty({ enum: BODY_LEVELS }) @IsIn(BODY_LEVELS) level!: BodyLevel;
  @ApiProperty({ enum: BODY_KINDS }) @IsIn(BODY_KINDS) kind!: BodyKind;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() contactEmail?: string | null;
}

export class UpdateBodyDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsString({ each: true }) aliases?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) jurisdiction?: string;
  @ApiPropertyOptional({ enum: BODY_LEVELS }) @IsOptional() @IsIn(BODY_LEVELS) level?: BodyLevel;
  @ApiPropertyOptional({ enum: BODY_KINDS }) @IsOptional() @IsIn(BODY_KINDS) kind?: BodyKind;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsEmail() contactEmail?: string | null;
}

export class CreateUserDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(256) password!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: Role;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() bodyId?: string | null;
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(10) @MaxLength(256) password?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID() bodyId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() notifyDueSoon?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() digestOnly?: boolean;
}
