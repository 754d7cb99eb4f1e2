import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app builds into dist/web, which `dossier serve` serves beside the API.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  // The map's chunk is MapLibre itself (about 1 MB), loaded only when a map is opened.
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1200 },
});
