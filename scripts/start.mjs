#!/usr/bin/env node
// `npm start`: builds the library and serves the demo of the article's timeline on localhost.
import { spawnSync } from 'node:child_process';
import { serveStatic } from './static-server.mjs';

const build = spawnSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.PORT ?? 8000);
const server = await serveStatic('.', { port });
const { port: actual } = server.address();
console.log(`\nThe article's timeline (Kurdish, right to left; switch to English or Arabic at the top):\n\n  http://127.0.0.1:${actual}/\n\nPress Ctrl+C to stop.`);
