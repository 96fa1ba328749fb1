import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { packageVersion } from './package-info.js';
import { FatalError } from './errors.js';

export const EXIT_OK = 0;
export const EXIT_LINT_ERRORS = 1;
export const EXIT_FATAL = 2;

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal that shows colour. */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * Parses the arguments. Returns the exit code when the run ends here (`--help`, `--version`, or a
 * usage error said on stderr), else undefined.
 */
export function parseArguments(program: Command, argv: string[], io: CliIO): number | undefined {
  try {
    program.parse(argv, { from: 'user' });
    return undefined;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return EXIT_OK;
    io.stderr(`docspec: ${error.message.replace(/^error: /, '')}\n`);
    return EXIT_FATAL;
  }
}

/** Runs a command's work: a FatalError is one line on stderr and exit 2; anything else is a bug, reported as one. */
export async function guarded(io: CliIO, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FatalError) {
      io.stderr(`docspec: ${error.message}\n`);
      return EXIT_FATAL;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`docspec: internal error, please report it: ${message}\n`);
    return EXIT_FATAL;
  }
}

/**
 * What every docspec command shares: its name and version, `[files...]`, `-c`, `-f` with its
 * choices, `-o`, and errors that go through `io` instead of exiting the process.
 */
export function baseProgram(io: CliIO, name: string, description: string, formats: { choices: string[]; default: string }, filesHelp: string, configHelp: string): Command {
  return new Command()
    .name(name)
    .description(description)
    .version(packageVersion, '-v, --version')
    .argument('[files...]', filesHelp)
    .option('-c, --config <file>', configHelp)
    .addOption(new Option('-f, --format <name>', 'output format').choices(formats.choices).default(formats.default))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showSuggestionAfterError(true);
}

/** A report to `--output` (relative to the working directory) or, when there is one, to stdout. */
export async function emitReport(report: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output) await writeFile(path.resolve(io.cwd, output), report);
  else if (report) io.stdout(report);
}
