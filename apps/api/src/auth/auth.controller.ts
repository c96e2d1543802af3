import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginResponse, UserDto } from '@luyue/contracts';
import { type AuthenticatedUser, ChangePasswordUseCase, LoginUseCase } from '@luyue/application';
import { EnvironmentVariables } from '@luyue/config';
import { Public } from '../common/public.decorator';
import { CurrentUser } from '../common/request-context';
import { ChangePasswordDto, LoginDto } from './auth.dto';
import { SESSION_COOKIE, SESSION_TTL_SECONDS, tokenFromRequest } from './session-token';
import { SessionVerifier } from './session-verifier';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly login: LoginUseCase,
    private readonly changeOwnPassword: ChangePasswordUseCase,
    private readonly env: EnvironmentVariables,
    private readonly sessions: SessionVerifier,
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

  /** Ends every session of the signed-in user (all their tokens, on every device) and clears the cookie. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.sessions.endSessions(tokenFromRequest(request, true));
    void reply.clearCookie(SESSION_COOKIE, { path: '/api' });
  }

  /** Changes one's own password (the current one is required); every earlier token ends, a new one is answered. */
  @ApiBearerAuth()
  @Post('password')
  @HttpCode(200)
  async changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto, @Req() request: FastifyRequest): Promise<LoginResponse> {
    return this.changeOwnPassword.execute(user.id, body.currentPassword, body.newPassword, request.ip);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser): UserDto {
    return { id: user.id, email: user.email, name: user.name, role: user.role, bodyId: user.bodyId };
  }
}
