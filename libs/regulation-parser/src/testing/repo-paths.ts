import { join, resolve } from 'node:path';

// Test-only locations of the shared fixtures.
export const REPO_ROOT = resolve(__dirname, '../../../..');
export const SEED_DIR = join(REPO_ROOT, 'ops/seed');
export const CORPUS_DIR = join(REPO_ROOT, 'test/fixtures/corpus');
export const GOLD_DIR = join(REPO_ROOT, 'test/fixtures/gold');
export const FORMAT_FIXTURE_DIR = resolve(__dirname, '../../fixtures');
