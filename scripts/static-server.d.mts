import type { Server } from 'node:http';
export function serveStatic(root: string, options?: { port?: number; index?: string; gzip?: boolean }): Promise<Server>;
