import { defineConfig } from 'vite';

const api = process.env.LZ_API_URL ?? 'http://127.0.0.1:3000';

// No React plugin: Vite 8 (oxc) compiles TSX itself; @vitejs/plugin-react's optional Babel peers clash with Jest's
// Babel 7 in one npm tree. Edits still hot-reload (the module graph reloads), without React state preservation.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/imports', '/exports', '/health', '/admin/queues'].map((p) => [p, { target: api, changeOrigin: true }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
    // antd marks its modules "use client" (for React Server Components); meaningless in a browser bundle.
    rolldownOptions: { onwarn: (w, warn) => (w.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(w)) },
  },
});
