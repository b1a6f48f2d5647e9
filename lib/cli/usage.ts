import { ParseArgsConfig, parseArgs } from 'node:util';

/** Bad usage: the message names the problem, the usage is the one to print after it. */
export class UsageError extends Error {
  constructor(message: string, readonly usage: string) {
    super(message);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `parse` gives for `options`: the values by option name, and the positionals. */
export type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: boolean }>>;

/** Parses strictly; what `parseArgs` rejects becomes a usage error with a short message. */
export function parse<T extends Options>(args: string[], options: T, usage: string, allowPositionals = true): Parsed<T> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const quoted = /'([^']*)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option '${quoted}'`, usage);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing/.test((error as Error).message)) {
      throw new UsageError(`option '${quoted.split(' ')[0]}' needs a value`, usage);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`option '${quoted}' takes no value`, usage);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unknown command '${quoted}'`, usage);
    throw error;
  }
}

/** The `--help` option every command takes. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
/** The `--json` option of commands that print for machines. */
export const JSON_OPTION = { json: { type: 'boolean' } } as const;
