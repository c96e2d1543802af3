import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginResponse, UserDto } from '@luyue/contracts';
import type { AuthenticatedUser } from '@luyue/application';
import { EnvironmentVariables } from '@luyue/config';
import { Public } from '../common/public.decorator';
import { CurrentUser } from '../common/request-context';
import { LoginDto } from './auth.dto';
import { LoginUseCase } from './login.use-case';
import { SESSION_COOKIE, SESSION_TTL_SECONDS } from './session-token';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginUseCase,
    private readonly env: EnvironmentVariables,
  ) {}

  /** Answers the token and also sets it as an httpOnly cookie (SameSite=Strict, path /api) for browser-only pages. */
  @Public()
  @Post('login')
  @HttpCode(200)
  async signIn(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    const result = await this.login.execute(body.email, body.password, request.ip);
    void reply.setCookie(SESSION_COOKIE, result.accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/api',
      secure: this.env.NODE_ENV === 'production',
      maxAge: SESSION_TTL_SECONDS,
    });
    return result;
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  signOut(@Res({ passthrough: true }) reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, { path: '/api' });
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser): UserDto {
    return { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId };
  }
}
