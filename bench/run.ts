/**
 * docspec benchmark: `npm run bench` (see bench/README.md).
 *
 * Generates a deterministic docs tree + OpenAPI spec in a temp dir, then times, in this one
 * process and interleaved round by round:
 *   baseline        read + parse every page with docspec's own unified processors (parsePage)
 *   full            lint() over N pages, M operations
 *   2N pages        lint() over 2N pages, M operations
 *   4M operations   lint() over N pages, 4M operations
 *   pre-commit      lint({ files: [one page] }) over the N-page tree, with M and with 4M operations
 * and prints ratios against the baseline and against the full run, which hold across machines
 * far better than seconds do. Exits 1 when the run is broken (no diagnostics found, a page
 * docspec cannot parse, a one-file run that reports more than one page).
 *
 * Scale with BENCH_PAGES / BENCH_OPS / BENCH_REPEATS / BENCH_SEED, or --pages, --ops, --repeats,
 * --seed; BENCH_KEEP=1 (or --keep) leaves the generated tree on disk; BENCH_VERBOSE=1 (or
 * --verbose) prints every sample.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsePage, syntaxOf } from '../src/docs/parse.js';
import { lint, type LintRun } from '../src/lint/lint.js';
import { generateFixture, type Fixture } from './generate.js';
import { best, sample, spread, type Measurement } from './timing.js';

interface Settings {
  pages: number;
  operations: number;
  repeats: number;
  seed: number;
  keep: boolean;
  verbose: boolean;
}

function readSettings(argv: readonly string[], env: NodeJS.ProcessEnv): Settings {
  const arg = (name: string): string | undefined => {
    for (let i = 0; i < argv.length; i += 1) {
      const item = argv[i]!;
      if (item === `--${name}`) return argv[i + 1];
      if (item.startsWith(`--${name}=`)) return item.slice(name.length + 3);
    }
    return undefined;
  };
  const int = (name: string, envName: string, fallback: number, min: number): number => {
    const raw = arg(name) ?? env[envName];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      console.error(`bench: ${envName} / --${name} must be an integer >= ${min}, got "${raw}"`);
      process.exit(2);
    }
    return value;
  };
  return {
    pages: int('pages', 'BENCH_PAGES', 100, 2),
    operations: int('ops', 'BENCH_OPS', 200, 5),
    repeats: int('repeats', 'BENCH_REPEATS', 5, 1),
    seed: int('seed', 'BENCH_SEED', 20250601, 0),
    keep: argv.includes('--keep') || env.BENCH_KEEP === '1',
    verbose: argv.includes('--verbose') || env.BENCH_VERBOSE === '1',
  };
}

interface RunInfo {
  pages: number;
  reportedPages: number;
  operations: number;
  claims: number;
  diagnostics: number;
  parseErrors: number;
  /** Diagnostics per rule, e.g. `endpoint-exists 138, link-target 25`. */
  byRule: string;
}

function runInfo(run: LintRun): RunInfo {
  const diagnostics = run.results.flatMap((result) => result.diagnostics);
  const counts = new Map<string, number>();
  for (const diagnostic of diagnostics) counts.set(diagnostic.ruleId, (counts.get(diagnostic.ruleId) ?? 0) + 1);
  return {
    byRule: [...counts].map(([rule, count]) => `${rule} ${count}`).join(', '),
    pages: run.stats.pages,
    reportedPages: run.stats.reportedPages,
    operations: run.stats.operations,
    claims: run.stats.endpointClaims,
    diagnostics: diagnostics.length,
    parseErrors: diagnostics.filter((diagnostic) => diagnostic.ruleId === 'parse-error').length,
  };
}

/** The unavoidable cost: read every page and parse it with the processors docspec uses. */
async function readAndParse(files: readonly string[]): Promise<number> {
  let nodes = 0;
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    nodes += parsePage(source, syntaxOf(file)).children.length;
  }
  return nodes;
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const kb = (bytes: number): string => `${Math.round(bytes / 1e3)} KB`;

function table(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]): string =>
    row.map((cell, column) => (right[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * How busy the machine was in the last 10 s before the bench started: the share of time some
 * task waited for a CPU (Linux PSI), else the 1-minute load average per CPU. Other work on a
 * 2-core machine is the main source of noise in the samples.
 */
function machineLoad(): { text: string; busy: boolean } {
  try {
    const psi = readFileSync('/proc/pressure/cpu', 'utf8');
    const avg10 = Number(/some avg10=([\d.]+)/.exec(psi)?.[1]);
    if (Number.isFinite(avg10)) return { text: `CPU pressure ${avg10.toFixed(0)} % (PSI avg10)`, busy: avg10 > 20 };
  } catch {
    // no PSI (not Linux, or an old kernel)
  }
  const perCpu = os.loadavg()[0]! / os.cpus().length;
  return { text: `load ${perCpu.toFixed(2)} per CPU`, busy: perCpu > 0.5 };
}

async function main(): Promise<number> {
  const settings = readSettings(process.argv.slice(2), process.env);
  const load = machineLoad();
  const started = performance.now();
  const root = mkdtempSync(path.join(os.tmpdir(), 'docspec-bench-'));
  const cleanup = (): void => {
    if (!settings.keep) rmSync(root, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  try {
    const fixture = generateFixture(root, { seed: settings.seed, pages: settings.pages, operations: settings.operations });
    const generatedMs = performance.now() - started;
    return await measure(settings, fixture, generatedMs, started, load);
  } finally {
    cleanup();
    if (settings.keep) console.log(`\ngenerated tree kept in ${root}`);
  }
}

async function measure(settings: Settings, fixture: Fixture, generatedMs: number, started: number, load: { text: string; busy: boolean }): Promise<number> {
  const { siteN, site2N } = fixture;
  // The pre-commit page is one with a planted mistake, as a page being edited often has: its run
  // then pays, like the full run, for reading the spec's line numbers to report the mistake.
  const onePage = path.relative(siteN, fixture.pagesN.withMistakes[0] ?? fixture.pagesN.files[0]!);
  // docspec's page cache is opt-in (`cacheFile`, `--cache`) and no run here passes one: every
  // timed run parses every page it needs, as a first run does.
  const coldLint = (options: Parameters<typeof lint>[0]): Promise<RunInfo> => lint(options).then(runInfo);

  const baseline: Measurement<number> = { name: 'baseline: read + parse', samples: [] };
  const full: Measurement<RunInfo> = { name: 'docspec full run', samples: [] };
  const twice: Measurement<RunInfo> = { name: 'full run, 2N pages', samples: [] };
  const wide: Measurement<RunInfo> = { name: 'full run, 4M operations', samples: [] };
  const single: Measurement<RunInfo> = { name: 'pre-commit: one file', samples: [] };
  const singleWide: Measurement<RunInfo> = { name: 'one file, 4M operations', samples: [] };
  const tasks: Array<[Measurement<any>, () => Promise<unknown>]> = [
    [baseline, () => readAndParse(fixture.pagesN.files)],
    [full, () => coldLint({ cwd: siteN, configFile: fixture.config })],
    [twice, () => coldLint({ cwd: site2N, configFile: fixture.config2n })],
    [wide, () => coldLint({ cwd: siteN, configFile: fixture.config4m })],
    [single, () => coldLint({ cwd: siteN, configFile: fixture.config, files: [onePage] })],
    [singleWide, () => coldLint({ cwd: siteN, configFile: fixture.config4m, files: [onePage] })],
  ];

  console.log(
    `docspec bench: Node ${process.version}, ${os.cpus().length} CPUs (${os.platform()} ${os.arch()}), ` +
      `seed ${settings.seed}, best of ${settings.repeats} after 1 warm-up round; machine before start: ${load.text}`,
  );
  console.log(
    `fixture: N = ${fixture.pagesN.files.length} pages (${mb(fixture.pagesN.bytes)}), 2N = ${fixture.pages2N.files.length} pages ` +
      `(${mb(fixture.pages2N.bytes)}), M = ${fixture.operationsM} operations (spec ${kb(fixture.specBytesM)}), ` +
      `4M = ${fixture.operations4M} (spec ${kb(fixture.specBytes4M)}); generated in ${Math.round(generatedMs)} ms`,
  );

  // Warm-up round: the JIT sees every path and V8's heap grows to size before any sample counts.
  const warmup: Measurement<unknown> = { name: 'warm-up', samples: [] };
  for (const [measurement, task] of tasks) {
    await sample(measurement, task);
    warmup.samples.push(measurement.samples.pop()!);
  }
  // A benchmark of a run that finds nothing measures nothing: check the warm-up's results first.
  const { problems, warnings: sanityWarnings } = sanityCheck(fixture, { full, twice, wide, single, singleWide });
  if (problems.length > 0) {
    for (const problem of problems) console.error(`bench: FAILED: ${problem}`);
    return 1;
  }
  // Interleaved rounds: a slow spell on the machine hits every measurement alike.
  for (let round = 0; round < settings.repeats; round += 1) {
    for (const [measurement, task] of tasks) await sample(measurement, task);
  }

  const fullMs = best(full);
  const oneMs = best(single);
  const nPages = fixture.pagesN.files.length;
  const rows: Array<{ m: Measurement<any>; ops: number; bytes?: number; info?: RunInfo; planted?: number; ratio?: [string, number, string] }> = [
    { m: baseline, ops: 0, bytes: fixture.pagesN.bytes },
    { m: full, ops: fixture.operationsM, bytes: fixture.pagesN.bytes, info: full.last, planted: fixture.pagesN.planted, ratio: ['docspec / baseline', fullMs / best(baseline), '~1'] },
    { m: twice, ops: fixture.operationsM, bytes: fixture.pages2N.bytes, info: twice.last, planted: fixture.pages2N.planted, ratio: ['2N / N', best(twice) / fullMs, '2.0'] },
    { m: wide, ops: fixture.operations4M, bytes: fixture.pagesN.bytes, info: wide.last, planted: fixture.pagesN.planted, ratio: ['4M / M', best(wide) / fullMs, '1.0'] },
    { m: single, ops: fixture.operationsM, info: single.last, ratio: ['one file / full', oneMs / fullMs, '<< 1'] },
    { m: singleWide, ops: fixture.operations4M, info: singleWide.last, ratio: ['4M / M, one file', best(singleWide) / oneMs, '-'] },
  ];

  console.log('');
  console.log(
    table(
      ['measurement', 'pages', 'ops', 'bytes', 'claims', 'diags', 'planted', 'best ms', 'spread', 'ratio', '', 'ideal'],
      rows.map(({ m, ops, bytes, info, planted, ratio }) => [
        m.name,
        String(info?.reportedPages ?? nPages),
        ops ? String(ops) : '-',
        bytes ? mb(bytes) : '-',
        info ? String(info.claims) : '-',
        info ? String(info.diagnostics) : '-',
        planted !== undefined ? String(planted) : '-',
        best(m).toFixed(0),
        `${(spread(m) * 100).toFixed(0)}%`,
        ratio ? ratio[0] : '',
        ratio ? ratio[1].toFixed(ratio[1] < 0.1 ? 3 : 2) : '',
        ratio ? ratio[2] : '',
      ]),
      [false, true, true, true, true, true, true, true, true, false, true, false],
    ),
  );

  // Per-page cost: a run minus the one-file run on the same spec takes out the fixed part
  // (config, spec load and index, glob, the spec's line numbers), which grows with the spec.
  const perPage = fullMs - oneMs;
  console.log('');
  console.log(
    `per-page cost (run - one-file run, same spec):  2N / N = ${((best(twice) - oneMs) / perPage).toFixed(2)} (ideal 2.0), ` +
      `4M / M = ${((best(wide) - best(singleWide)) / perPage).toFixed(2)} (ideal 1.0); ` +
      `fixed cost = ${((oneMs / fullMs) * 100).toFixed(0)} % of the full run with M, ${((best(singleWide) / best(wide)) * 100).toFixed(0)} % with 4M`,
  );
  if (settings.verbose) {
    console.log('');
    for (const m of [warmup, ...tasks.map(([measurement]) => measurement)]) console.log(`samples ${m.name}: ${m.samples.map((ms) => ms.toFixed(0)).join(', ')}`);
    const paired = (a: Measurement<unknown>, b: Measurement<unknown>): string => {
      const ratios = a.samples.map((ms, i) => ms / b.samples[i]!).sort((x, y) => x - y);
      return ratios[Math.floor(ratios.length / 2)]!.toFixed(2);
    };
    console.log(`median of per-round ratios: docspec / baseline ${paired(full, baseline)}, 2N / N ${paired(twice, full)}, 4M / M ${paired(wide, full)}, one file / full ${paired(single, full)}`);
  }
  console.log(
    `baseline parse throughput ${(fixture.pagesN.bytes / 1e6 / (best(baseline) / 1000)).toFixed(2)} MB/s; ` +
      `spread = (worst - best) / best of ${settings.repeats} samples; ` +
      `whole bench ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  for (const warning of sanityWarnings) console.warn(`bench: warning: ${warning}`);
  const noisiest = Math.max(...tasks.map(([measurement]) => spread(measurement)));
  if (load.busy || noisiest > 0.5) {
    console.warn(
      `bench: note: ${load.busy ? `the machine was busy before the start (${load.text})` : 'samples disagree a lot'}; ` +
        `treat ratio differences under ~15 % as noise, or rerun on a quiet machine / with BENCH_REPEATS=8`,
    );
  }
  return 0;
}

interface Runs {
  full: Measurement<RunInfo>;
  twice: Measurement<RunInfo>;
  wide: Measurement<RunInfo>;
  single: Measurement<RunInfo>;
  singleWide: Measurement<RunInfo>;
}

/** Problems make the bench fail (exit 1); warnings are printed under the table. */
function sanityCheck(fixture: Fixture, { full, twice, wide, single, singleWide }: Runs): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  const runs: Array<[string, RunInfo | undefined, number | undefined]> = [
    ['full run', full.last, fixture.pagesN.planted],
    ['2N run', twice.last, fixture.pages2N.planted],
    ['4M run', wide.last, fixture.pagesN.planted],
  ];
  for (const [name, info, planted] of runs) {
    if (!info) continue;
    if (info.diagnostics === 0) problems.push(`${name}: 0 diagnostics, but ${planted} mistakes were planted`);
    if (info.parseErrors > 0) problems.push(`${name}: ${info.parseErrors} parse errors; the generator wrote pages docspec cannot parse`);
    // Everything but the planted mistakes is meant to be right, so any difference is worth a look.
    if (planted !== undefined && info.diagnostics !== planted) {
      warnings.push(`${name}: ${info.diagnostics} diagnostics (${info.byRule}) for ${planted} planted mistakes`);
    }
  }
  if (full.last && wide.last && full.last.diagnostics !== wide.last.diagnostics) {
    warnings.push(`same pages, ${full.last.diagnostics} diagnostics against M operations but ${wide.last.diagnostics} against 4M`);
  }
  for (const info of [single.last, singleWide.last]) {
    if (info && info.reportedPages !== 1) problems.push(`one-file run reported ${info.reportedPages} pages`);
  }
  return { problems, warnings };
}

process.exitCode = await main();
