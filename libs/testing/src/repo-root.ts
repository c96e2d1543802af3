import { join } from 'node:path';

/** The repository root: child processes run here, and fixtures and entry points are found from here. */
export const ROOT = join(__dirname, '../../..');
