import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const customElements = new Set(['event-timeline', 'timeline-event']);

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => customElements.has(tag) } } })],
  logLevel: 'warn',
});
