import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API and the sockets live on the kubelab server (npm run dev, port 3000).
// The Host header is kept (no changeOrigin) so the server's same-origin check on sockets passes.
const server = process.env.KUBELAB_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: server },
      '/healthz': { target: server },
      '/socket.io': { target: server, ws: true },
    },
  },
});
