import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { EnvironmentVariables } from './env.schema';
import { loadEnv } from './validate-env';

/** Validates the environment once at boot and provides the typed config everywhere. */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ ignoreEnvFile: true, validate: () => ({ ...loadEnv() }) })],
  providers: [{ provide: EnvironmentVariables, useFactory: () => loadEnv() }],
  exports: [EnvironmentVariables],
})
export class LuyueConfigModule {}
