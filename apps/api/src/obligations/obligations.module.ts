import { Module } from '@nestjs/common';
import { ObligationActionsController } from './obligation-actions.controller';
import { ObligationsController } from './obligations.controller';

@Module({ controllers: [ObligationsController, ObligationActionsController] })
export class ObligationsModule {}
