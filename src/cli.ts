import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { applyBaseline, readBaseline, updatedBaseline, writeBaseline, type Baseline } from './baseline.js';
import { baseProgram, emitReport, EXIT_LINT_ERRORS, EXIT_OK, guarded, parseArguments, type CliIO } from './cli-support.js';
import { runCoverageCli } from './coverage-cli.js';
import { writeFixes } from './fix.js';
import { lint } from './lint/lint.js';
import { countResults, formatters, getFormatter } from './report/index.js';
import { changedLinesSince } from './report/changed-lines.js';
import { pluralize } from './report/summary.js';
import type { FileResult } from './report/types.js';
import type { Severity } from './types.js';

export { EXIT_FATAL, EXIT_LINT_ERRORS, EXIT_OK, type CliIO } from './cli-support.js';

interface CliOptions {
  config?: string;
  format: string;
  output?: string;
  maxWarnings?: number;
  rule?: Record<string, Severity>;
  quiet?: boolean;
  color?: boolean;
  stats?: boolean;
  fix?: boolean;
  cache?: boolean;
  cacheLocation: string;
  baseline?: string | true;
  updateBaseline?: boolean;
  reportUnusedDirectives?: Severity;
  diffBase?: string;
}

const DEFAULT_BASELINE = 'docspec-baseline.json';

function buildProgram(io: CliIO): Command {
  return baseProgram(
    io,
    'docspec',
    'Lint API documentation (MDX/Markdown) against the OpenAPI spec it describes.',
    { choices: Object.keys(formatters), default: 'stylish' },
    'pages or globs to report on (default: every page the config names)',
    'config file (default: docspec.config.{yaml,yml,json} or "docspec" in package.json, searched upward)',
  )
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--rule <id:severity>', 'set a rule\'s severity, e.g. --rule host-tier:warn (repeatable)', collectRule)
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'never colour the output')
    .option('--diff-base <ref>', 'with --format github: annotate findings on the lines changed since <ref> (a git ref, e.g. origin/main) first')
    .option('--stats', 'print what was read (pages, endpoint mentions, claims checked) to stderr')
    .option('--cache', 'keep extracted pages between runs, so only changed pages are parsed again')
    .option('--cache-location <file>', 'where --cache keeps them', '.docspec-cache/pages.json')
    .option('--fix', 'write the fixes docspec is certain of (anchors, enum lists) into the pages, and report what is left')
    .option('--baseline [file]', `leave out the known findings a baseline file holds (default file: ${DEFAULT_BASELINE})`)
    .option('--update-baseline', 'write every current finding into the baseline file (--baseline, or its default), then report against it')
    .addOption(
      new Option('--report-unused-directives <severity>', 'how docspec-disable comments that silence nothing are reported (default: the config, else warn)').choices([
        'off',
        'warn',
        'error',
      ]),
    )
    .addHelpText('after', '\nThe coverage report: docspec coverage [files...] (see docspec coverage --help).');
}

/** Applies the baseline (writing it first with --update-baseline) and says on stderr what it left out. */
async function withBaseline(results: FileResult[], options: CliOptions, io: CliIO): Promise<FileResult[]> {
  const written = typeof options.baseline === 'string' ? options.baseline : DEFAULT_BASELINE;
  const file = path.resolve(io.cwd, written);
  let baseline: Baseline;
  if (options.updateBaseline) {
    const previous = existsSync(file) ? await readBaseline(file, written) : undefined;
    baseline = updatedBaseline(results, file, previous);
    await writeBaseline(baseline);
    io.stderr(`docspec: wrote ${pluralize(baseline.entries.length, 'finding')} to ${written}\n`);
  } else {
    baseline = await readBaseline(file, written);
  }
  const outcome = applyBaseline(results, baseline);
  if (outcome.suppressed > 0) io.stderr(`docspec: ${pluralize(outcome.suppressed, 'known problem')} in ${written} not shown\n`);
  if (outcome.stale.length > 0) {
    io.stderr(`docspec: ${pluralize(outcome.stale.length, 'baseline entry', 'baseline entries')} no longer found; run with --update-baseline to drop them\n`);
  }
  return outcome.results;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number');
  return Number(value);
}

function collectRule(value: string, previous: Record<string, Severity> | undefined): Record<string, Severity> {
  const match = /^([\w-]+):(off|warn|error)$/.exec(value);
  if (!match) throw new InvalidArgumentError('expected <rule-id>:off|warn|error');
  return { ...previous, [match[1]!]: match[2] as Severity };
}

/** Runs the CLI and returns its exit code; all output goes through `io`. `docspec coverage …` is the coverage report. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'coverage') return runCoverageCli(argv.slice(1), io);
  const program = buildProgram(io);
  const ended = parseArguments(program, argv, io);
  if (ended !== undefined) return ended;
  const options = program.opts<CliOptions>();
  const files = program.args;

  return guarded(io, async () => {
    const run = await lint({
      cwd: io.cwd,
      configFile: options.config,
      files,
      ruleOverrides: options.rule ?? {},
      cacheFile: options.cache ? options.cacheLocation : undefined,
      ...(options.reportUnusedDirectives ? { reportUnusedDirectives: options.reportUnusedDirectives } : {}),
    });
    // What is left after --fix decides the exit code; --quiet only hides warnings from the report.
    let remaining = options.fix ? (await writeFixes(run.results)).results : run.results;
    if (options.baseline !== undefined || options.updateBaseline) {
      remaining = await withBaseline(remaining, options, io);
    }
    let results = remaining;
    if (options.quiet) {
      results = results.map((result) => ({ ...result, diagnostics: result.diagnostics.filter((d) => d.severity === 'error') }));
    }
    const color = options.color !== false && io.isTTY && !('NO_COLOR' in io.env) && !options.output;
    const changedLines = options.diffBase !== undefined ? changedLinesSince(options.diffBase, io.cwd) : undefined;
    const report = getFormatter(options.format)(results, { cwd: io.cwd, color, env: io.env, ...(changedLines ? { changedLines } : {}) });
    await emitReport(report, options.output, io);
    if (options.stats) {
      const { pages, reportedPages, endpointMentions, endpointClaims, operations } = run.stats;
      io.stderr(
        `docspec: ${reportedPages} of ${pages} pages linted; ${endpointMentions} endpoint mentions, ${endpointClaims} checked as claims against ${operations} operations\n`,
      );
    }
    const counts = countResults(remaining);
    if (counts.errorCount > 0) return EXIT_LINT_ERRORS;
    if (options.maxWarnings !== undefined && counts.warningCount > options.maxWarnings) {
      io.stderr(`docspec found too many warnings (maximum: ${options.maxWarnings}).\n`);
      return EXIT_LINT_ERRORS;
    }
    return EXIT_OK;
  });
}
