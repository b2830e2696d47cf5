#!/usr/bin/env node
// The main job until the demo portal lands: builds nothing itself (the `main` script built
// core first) and prints what the library knows.
import { formatMessage, SOURCES } from '@samspil/core';

process.stdout.write(`Samspil core is built. Sources behind its catalogues:\n`);
for (const [id, title] of Object.entries(SOURCES)) process.stdout.write(`  ${id}: ${title}\n`);
process.stdout.write(`${formatMessage('required')}\n`);
