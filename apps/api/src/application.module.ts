import { Global, Module, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SqlDashboardQuery, SqlWorkDashboardQuery, createDataAccess, sqlQueryContext } from '@luyue/persistence';
import { EnvironmentVariables } from '@luyue/config';
import {
  AppContext,
  appSettingsFrom,
  CreateBodyUseCase,
  UpdateBodyUseCase,
  DeleteBodyUseCase,
  GetBodyRegistryUseCase,
  MergeBodiesUseCase,
  RenameBodyUseCase,
  MarkNotBodyUseCase,
  BulkUpdateObligationsUseCase,
  ConfirmObligationsUseCase,
  DashboardQuery,
  WorkDashboardQuery,
  DecideExtensionUseCase,
  AddEvidenceUseCase,
  ListEvidenceUseCase,
  GetEvidenceUseCase,
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
  ListResourcesUseCase,
  GetResourceUseCase,
  FindSessionUserUseCase,
  EndSessionsUseCase,
  LoadActorUseCase,
  ReportProgressUseCase,
  RequestExtensionUseCase,
  TransitionObligationUseCase,
  UpdateObligationUseCase,
  UpdateRegulationUseCase,
  CreateUserUseCase,
  UpdateUserUseCase,
  DeactivateUserUseCase,
} from '@luyue/application';

// The framework-free use cases of @luyue/application, wired once with the shared context.
const USE_CASES = [
  CreateBodyUseCase,
  UpdateBodyUseCase,
  DeleteBodyUseCase,
  GetBodyRegistryUseCase,
  MergeBodiesUseCase,
  RenameBodyUseCase,
  MarkNotBodyUseCase,
  BulkUpdateObligationsUseCase,
  ConfirmObligationsUseCase,
  DecideExtensionUseCase,
  AddEvidenceUseCase,
  ListEvidenceUseCase,
  GetEvidenceUseCase,
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
  ListResourcesUseCase,
  GetResourceUseCase,
  FindSessionUserUseCase,
  EndSessionsUseCase,
  LoadActorUseCase,
  ReportProgressUseCase,
  RequestExtensionUseCase,
  TransitionObligationUseCase,
  UpdateObligationUseCase,
  UpdateRegulationUseCase,
  CreateUserUseCase,
  UpdateUserUseCase,
  DeactivateUserUseCase,
];

const providers: Provider[] = [
  {
    provide: AppContext,
    inject: [DataSource, EnvironmentVariables],
    useFactory: (ds: DataSource, env: EnvironmentVariables) =>
      new AppContext(createDataAccess(ds), appSettingsFrom(env)),
  },
  ...USE_CASES.map((useCase) => ({ provide: useCase, inject: [AppContext], useFactory: (ctx: AppContext) => new useCase(ctx) })),
  // Read models in SQL (their caches live as long as the process).
  { provide: DashboardQuery, inject: [AppContext, DataSource], useFactory: (ctx: AppContext, ds: DataSource) => new SqlDashboardQuery(sqlQueryContext(ctx, ds)) },
  { provide: WorkDashboardQuery, inject: [AppContext, DataSource], useFactory: (ctx: AppContext, ds: DataSource) => new SqlWorkDashboardQuery(sqlQueryContext(ctx, ds)) },
];

@Global()
@Module({ providers, exports: providers.map((p) => (typeof p === 'function' ? p : p.provide)) })
export class ApplicationModule {}
