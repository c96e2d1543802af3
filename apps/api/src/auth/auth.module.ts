import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { createSecretKey } from 'node:crypto';
import { JwtModule } from '@nestjs/jwt';
import { EnvironmentVariables } from '@luyue/config';
import { AuthController } from './auth.controller';
import { JwtAuthGuard } from './jwt-auth.guard';
import { LoginThrottle } from './login-throttle';
import { LoginUseCase } from './login.use-case';
import { JWT_ALGORITHM, SESSION_TTL_SECONDS } from './session-token';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [EnvironmentVariables],
      useFactory: (env: EnvironmentVariables) => {
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
  providers: [LoginThrottle, LoginUseCase, { provide: APP_GUARD, useClass: JwtAuthGuard }],
  // JwtModule is exported so other modules (Bull Board) can build sessionPreHandler(jwt).
  exports: [JwtModule],
})
export class AuthModule {}
