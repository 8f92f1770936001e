// `saraban schema`: writes the JSON Schema of the data format, generated from the zod schema (the
// one source of truth), so that editors can complete and check data files. The committed copy in
// schema/ is what data files point at ("# yaml-language-server: $schema=../schema/saraban.schema.json").
import type { CommandModule } from 'yargs';
import type { Texts } from './texts.js';
import { writeFileAtomic } from '../io/output.js';
import { displayPath } from '../io/paths.js';

export const SCHEMA_FILE = 'schema/saraban.schema.json';

/** The JSON Schema text, as committed: what a data file may hold (defaults make keys optional).
 *  zod and the schema are loaded here, not at start-up: --help needs neither. */
export async function jsonSchemaText(): Promise<string> {
  const [{ z }, { sarabanData }] = await Promise.all([import('../data/zod.js'), import('../data/schema.js')]);
  const schema = z.toJSONSchema(sarabanData, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const described = {
    ...schema,
    title: 'saraban data file',
    description: 'Meeting data for saraban: minutes (รายงานการประชุม), news releases (ข่าวประชาสัมพันธ์) and memos (บันทึกข้อความ).',
  };
  return `${JSON.stringify(described, null, 2)}\n`;
}

interface SchemaArgs {
  file: string;
  stdout?: boolean;
}

export const schemaCommand = (tx: Texts): CommandModule<object, SchemaArgs> => ({
  command: 'schema [file]',
  describe: tx('schemaDescribe'),
  builder: (y) =>
    y
      .positional('file', { type: 'string', default: SCHEMA_FILE, describe: tx('schemaFile') })
      .option('stdout', { type: 'boolean', describe: tx('schemaStdout') })
      .example('$0 schema', tx('schemaExample', { file: SCHEMA_FILE })),
  handler: async (args) => {
    const text = await jsonSchemaText();
    if (args.stdout) {
      process.stdout.write(text);
      return;
    }
    writeFileAtomic(args.file, text);
    process.stdout.write(`${displayPath(args.file)}\n`);
  },
});
