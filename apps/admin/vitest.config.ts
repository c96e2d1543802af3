import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

// Unit tests of the admin's pure helpers (no DOM): `npx vitest run --config apps/admin/vitest.config.ts`.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: { environment: 'node', include: ['src/**/*.spec.ts'] },
  }),
);
