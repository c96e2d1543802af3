import { Global, Module, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EnvironmentVariables } from '@luyue/config';
import {
  AppContext,
  BodyAdminUseCases,
  BodyRegistryUseCases,
  BulkUpdateObligationsUseCase,
  ConfirmObligationsUseCase,
  DashboardQuery,
  WorkDashboardQuery,
  DecideExtensionUseCase,
  EvidenceUseCases,
  ExportLedgerUseCase,
  GetObligationUseCase,
  ImportLedgerUseCase,
  ImportRegulationUseCase,
  ImportVersionUseCase,
  DecideAmendmentUseCase,
  ListExtensionRequestsUseCase,
  ListObligationsUseCase,
  ListRegulationVersionsUseCase,
  ReassignObligationsUseCase,
  ResourceQueries,
  ReportProgressUseCase,
  RequestExtensionUseCase,
  TransitionObligationUseCase,
  UpdateObligationUseCase,
  UpdateRegulationUseCase,
  UserAdminUseCases,
} from '@luyue/application';

// The framework-free use cases of @luyue/application, wired once with the shared context.
const USE_CASES = [
  BodyAdminUseCases,
  BodyRegistryUseCases,
  BulkUpdateObligationsUseCase,
  ConfirmObligationsUseCase,
  DashboardQuery,
  WorkDashboardQuery,
  DecideExtensionUseCase,
  EvidenceUseCases,
  ExportLedgerUseCase,
  GetObligationUseCase,
  ImportLedgerUseCase,
  ImportRegulationUseCase,
  ImportVersionUseCase,
  DecideAmendmentUseCase,
  ListExtensionRequestsUseCase,
  ListObligationsUseCase,
  ListRegulationVersionsUseCase,
  ReassignObligationsUseCase,
  ResourceQueries,
  ReportProgressUseCase,
  RequestExtensionUseCase,
  TransitionObligationUseCase,
  UpdateObligationUseCase,
  UpdateRegulationUseCase,
  UserAdminUseCases,
];

const providers: Provider[] = [
  {
    provide: AppContext,
    inject: [DataSource, EnvironmentVariables],
    useFactory: (ds: DataSource, env: EnvironmentVariables) =>
      new AppContext(ds, { timeZone: env.APP_TIME_ZONE, yellowDays: env.YELLOW_DAYS, evidenceDir: env.EVIDENCE_DIR, evidenceMaxBytes: env.EVIDENCE_MAX_BYTES, mailFrom: env.MAIL_FROM }),
  },
  ...USE_CASES.map((useCase) => ({ provide: useCase, inject: [AppContext], useFactory: (ctx: AppContext) => new useCase(ctx) })),
];

@Global()
@Module({ providers, exports: providers.map((p) => (typeof p === 'function' ? p : p.provide)) })
export class ApplicationModule {}
