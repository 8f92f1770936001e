#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the prepare script). The code cache
// goes in first, so the libraries the command loads later compile from saved bytecode.
import { startCodeCache } from '../dist/runtime/code-cache.js';

startCodeCache();
const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv.slice(2));
