import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createSecretKey } from 'node:crypto';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { EnvironmentVariables, assertSessionSecret } from '@luyue/config';
import { AppContext, ChangePasswordUseCase, LoginUseCase } from '@luyue/application';
import { AuthController } from './auth.controller';
import { JwtAuthGuard } from './jwt-auth.guard';
import { LoginThrottle } from './login-throttle';
import { JWT_ALGORITHM, SESSION_TTL_SECONDS } from './session-token';
import { SessionVerifier } from './session-verifier';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => {
        assertSessionSecret(env);
        // A KeyObject made once: given a string, jsonwebtoken first tries (and fails) to parse it as
        // a public key on every verify, which was the API's largest CPU cost per request.
        const key = createSecretKey(Buffer.from(env.JWT_SECRET, 'utf8'));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: JWT_ALGORITHM, expiresIn: SESSION_TTL_SECONDS },
          verifyOptions: { algorithms: [JWT_ALGORITHM] },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    LoginThrottle,
    ...[LoginUseCase, ChangePasswordUseCase].map((useCase) => ({
      provide: useCase,
      inject: [AppContext, JwtService, LoginThrottle],
      useFactory: (ctx: AppContext, jwt: JwtService, throttle: LoginThrottle) =>
        new useCase(ctx, { ttlSeconds: SESSION_TTL_SECONDS, sign: (claims) => jwt.signAsync({ ...claims }, { algorithm: JWT_ALGORITHM, expiresIn: SESSION_TTL_SECONDS }) }, throttle),
    })),
    SessionVerifier,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  // SessionVerifier is exported so Bull Board's hook (sessionPreHandler) re-checks the user too.
  exports: [JwtModule, SessionVerifier],
})
export class AuthModule {}
