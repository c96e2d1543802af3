import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built into dist/apps/admin, which the NestJS api serves at `/` (API under /api, same origin).
const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  resolve: {
    // Contracts are the only lib the admin may use; resolve it from source like tsconfig paths do.
    alias: { '@luyue/contracts': `${repo}libs/contracts/src/index.ts` },
  },
  build: {
    outDir: `${repo}dist/apps/admin`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: {
    // `npx vite --config apps/admin/vite.config.ts` during development, api on :3000.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
