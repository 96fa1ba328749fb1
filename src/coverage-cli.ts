import { InvalidArgumentError, type Command } from 'commander';
import { baseProgram, emitReport, EXIT_LINT_ERRORS, EXIT_OK, guarded, parseArguments, type CliIO } from './cli-support.js';
import { coverageJson, coverageText, summarize } from './coverage.js';
import { lint } from './lint/lint.js';
import { ruleIds } from '../rules/index.js';

interface CoverageOptions {
  config?: string;
  format: 'text' | 'json';
  output?: string;
  undocumented?: boolean;
  min?: number;
}

function buildProgram(io: CliIO): Command {
  return baseProgram(
    io,
    'docspec coverage',
    'List the spec operations the docs document, and those no page documents.',
    { choices: ['text', 'json'], default: 'text' },
    'pages or globs to count (default: every page the config names)',
    'config file (default: searched upward, as for linting)',
  )
    .option('--undocumented', 'list only the operations no page documents')
    .option('--min <percent>', 'exit 1 when fewer than this share of operations are documented', parsePercent);
}

function parsePercent(value: string): number {
  const percent = Number(value.replace(/%$/, ''));
  if (!/^\d+(\.\d+)?%?$/.test(value) || percent > 100) throw new InvalidArgumentError('must be a percentage from 0 to 100');
  return percent;
}

/** `docspec coverage`: which operations the pages document. Exit 1 only below `--min`. */
export async function runCoverageCli(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  const ended = parseArguments(program, argv, io);
  if (ended !== undefined) return ended;
  const options = program.opts<CoverageOptions>();

  return guarded(io, async () => {
    // No rule runs: what a page documents comes from extraction alone.
    const off = Object.fromEntries(ruleIds.map((id) => [id, 'off' as const]));
    const run = await lint({ cwd: io.cwd, configFile: options.config, files: program.args, ruleOverrides: off, reportUnusedDirectives: 'off', coverage: true });
    const rows = run.coverage ?? [];
    const format = { cwd: io.cwd, undocumentedOnly: options.undocumented === true };
    const report = options.format === 'json' ? coverageJson(rows, format) : coverageText(rows, format);
    await emitReport(report, options.output, io);
    const { percent } = summarize(rows);
    if (options.min !== undefined && percent < options.min) {
      io.stderr(`docspec: ${percent}% of operations are documented, below --min ${options.min}%\n`);
      return EXIT_LINT_ERRORS;
    }
    return EXIT_OK;
  });
}
