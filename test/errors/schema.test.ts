// The committed JSON Schema is what the zod schema generates, and it accepts the examples: editors
// check data files with the same rules saraban does.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonSchemaText, SCHEMA_FILE } from '../../src/cli/schema.js';
import { ROOT } from '../helpers.js';
import { example, runCli, scratch } from './support.js';

describe('JSON Schema', () => {
  it('the committed schema/saraban.schema.json equals what `saraban schema` generates', async () => {
    const committed = path.join(ROOT, SCHEMA_FILE);
    // SARABAN_WRITE_SCHEMA=1 refreshes the committed copy after a schema change.
    if (process.env.SARABAN_WRITE_SCHEMA) await writeFile(committed, await jsonSchemaText());
    expect(await readFile(committed, 'utf8'), 'run: saraban schema (or SARABAN_WRITE_SCHEMA=1 npx vitest run test/errors/schema.test.ts)').toBe(await jsonSchemaText());
  });

  it('describes the fields editors complete', async () => {
    const schema = JSON.parse(await jsonSchemaText()) as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['documents', 'meeting', 'news', 'minutes', 'memo']));
    expect(Object.keys(schema.properties.meeting!.properties!)).toEqual(expect.arrayContaining(['date', 'start', 'end', 'venue', 'chair']));
  });

  it('every example data file points editors at the schema', async () => {
    for (const file of ['data/trat-pmqa-2564.yaml', 'templates/examples/news.yaml', 'templates/examples/minutes.yaml', 'templates/examples/memo.yaml']) {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
      expect(ref, file).toBeDefined();
      expect(path.resolve(ROOT, path.dirname(file), ref!)).toBe(path.join(ROOT, SCHEMA_FILE));
    }
  });

  it('`saraban schema --stdout` prints it and `saraban init` writes an example that points at it', async () => {
    const dir = await scratch({});
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const printed = await runCli(['schema', '--stdout']);
      expect(printed.stdout).toBe(await jsonSchemaText());
      const init = await runCli(['init', 'minutes', 'sub/m.yaml']);
      expect(init.code, init.stderr).toBe(0);
      const text = await readFile(path.join(dir, 'sub/m.yaml'), 'utf8');
      const ref = /\$schema=(\S+)/.exec(text)![1]!;
      expect(path.resolve(dir, 'sub', ref)).toBe(path.join(ROOT, SCHEMA_FILE));
      expect(parse(text)).toEqual(parse(await example('minutes')));
    } finally {
      process.chdir(cwd);
    }
  });
});
