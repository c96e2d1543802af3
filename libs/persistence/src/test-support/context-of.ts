import type { DataSource } from 'typeorm';
import { AppContext, appSettingsFrom } from '@luyue/application';
import { validateEnv } from '@luyue/config';
import { createDataAccess } from '../data-access';

/** The use cases' context over a test's data source, with the environment's settings. */
export const contextOf = (ds: DataSource): AppContext => new AppContext(createDataAccess(ds), appSettingsFrom(validateEnv(process.env)));
