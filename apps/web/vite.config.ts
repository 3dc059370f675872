import { defineConfig } from 'vite';

const api = process.env.LZ_API_URL ?? 'http://127.0.0.1:3000';

// No React plugin: Vite 8 (oxc) compiles TSX itself; @vitejs/plugin-react's optional Babel peers clash with Jest's
// Babel 7 in one npm tree. Edits still hot-reload (the module graph reloads), without React state preservation.
export default defineConfig(({ isSsrBuild }) => ({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/graphql', '/imports', '/exports', '/health', '/admin/queues'].map((p) => [p, { target: api, changeOrigin: true }])),
  },
  // The server's first paint (entry-server.tsx) is one self-contained file: Node never resolves antd's or rc-*'s
  // mixed CommonJS/ESM packages itself.
  ssr: { noExternal: true },
  // ...built as production whatever the server's NODE_ENV: React's and antd's development builds render other
  // markup (antd's css-dev-only class names) than the browser's production bundle hydrates.
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
    // antd marks its modules "use client" (for React Server Components); meaningless in a browser bundle.
    rolldownOptions: { onwarn: (w, warn) => (w.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(w)) },
  },
}));
