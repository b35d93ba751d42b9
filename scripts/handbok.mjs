#!/usr/bin/env node
// The `handbok` command: runs electron/cli/index.ts through tsx, which reads the TypeScript and the
// path aliases of tsconfig.json directly, so the command works in a fresh clone after `npm ci`.
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../tsconfig.node.json', import.meta.url).pathname });
await import('../electron/cli/index.ts');
