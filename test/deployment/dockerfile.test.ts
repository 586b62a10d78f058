import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  from: string;
  name?: string;
  instructions: Instruction[];
}

/** The Dockerfile's instructions by stage, with continuation lines joined and comments dropped. */
function readStages(text: string): Stage[] {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^(\w+)\s+(.*)$/.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) throw new Error(`cannot read "${line}"`);
    const instruction = { keyword: match[1].toUpperCase(), args: match[2].replace(/\s+/g, ' ').trim() };
    if (instruction.keyword === 'FROM') {
      const from = /^(\S+)(?: AS (\S+))?$/i.exec(instruction.args);
      stages.push({ from: from?.[1] ?? '', ...(from?.[2] === undefined ? {} : { name: from[2] }), instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (stage === undefined) throw new Error(`"${line}" before the first FROM`);
      stage.instructions.push(instruction);
    }
  }
  return stages;
}

/** Every .ts file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
}

/** The packages a source file loads at run time (type-only imports are erased by tsx). */
function runtimePackages(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1] ?? '');
  return specifiers
    .filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:') && !builtinModules.includes(specifier))
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
}

const dockerfile = readFileSync(join(projectRoot, 'deployment', 'Dockerfile'), 'utf8');
const stages = readStages(dockerfile);
const build = stages[0];
const runtime = stages.at(-1);
const args = (stage: Stage | undefined, keyword: string) =>
  (stage?.instructions ?? []).filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

describe('deployment/Dockerfile', () => {
  test('when it is read, then it has a build stage and a runtime stage that copies from it', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(build?.name).toBeDefined();
    expect(args(runtime, 'COPY').some((copy) => copy.includes(`--from=${build?.name ?? '?'}`))).toBe(true);
  });

  test('when the base images are read, then each is a supported Node LTS (22 or 24)', () => {
    for (const stage of stages) expect(stage.from).toMatch(/^node:(22|24)(\.\d+)*-(slim|alpine|bookworm-slim|trixie-slim)(@sha256:[0-9a-f]{64})?$/);
  });

  test('when the build stage runs, then it installs the development dependencies and checks the code', () => {
    expect(args(build, 'RUN')).toEqual(expect.arrayContaining(['npm ci']));
    expect(args(build, 'RUN').join('\n')).toMatch(/npm run typecheck/);
    expect(args(build, 'RUN').join('\n')).toMatch(/npm run build/);
  });

  test('when the runtime stage installs, then it uses npm ci without development dependencies', () => {
    expect(args(runtime, 'RUN').some((run) => /^npm ci\b.*--omit=dev/.test(run))).toBe(true);
    expect(args(runtime, 'ENV').join(' ')).toMatch(/NODE_ENV=production/);
  });

  test('when the container runs, then it runs as a non-root user', () => {
    const users = args(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  test('when the container runs, then it exposes 3978, keeps DATA_DIR on a volume and checks /healthz', () => {
    expect(args(runtime, 'EXPOSE')).toContain('3978');
    const dataDir = /DATA_DIR=(\S+)/.exec(args(runtime, 'ENV').join(' '))?.[1];
    expect(dataDir).toBeDefined();
    expect(args(runtime, 'VOLUME').join(' ')).toContain(`"${dataDir ?? '?'}"`);
    const healthcheck = args(runtime, 'HEALTHCHECK');
    expect(healthcheck).toHaveLength(1);
    expect(healthcheck[0]).toMatch(/CMD .*\/healthz/);
  });

  test('when the container starts, then node runs the bot directly as PID 1', () => {
    const cmd = args(runtime, 'CMD').at(-1) ?? '';
    const argv: unknown = JSON.parse(cmd);
    expect(argv).toEqual(['node', 'dist/src/main.js']);
    expect(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'))).toMatchObject({ scripts: { start: 'node dist/src/main.js' } });
    expect(readFileSync(join(projectRoot, 'src', 'main.ts'), 'utf8')).toMatch(/process\.on\('SIGTERM'/);
  });

  test('when the runtime installs only production dependencies, then every package the bot loads is installed', () => {
    // What `npm ci --omit=dev` installs: the lock file's packages not marked dev (direct or not).
    const lock: { packages?: Record<string, { dev?: boolean }> } = JSON.parse(
      readFileSync(join(projectRoot, 'package-lock.json'), 'utf8'),
    );
    const installed = (name: string) => {
      const entry = lock.packages?.[`node_modules/${name}`];
      return entry !== undefined && entry.dev !== true;
    };
    const files = ['src', 'dialogs'].flatMap((dir) => sourceFiles(join(projectRoot, dir)));
    expect(files.length).toBeGreaterThan(10);
    const missing = files.flatMap((file) =>
      runtimePackages(readFileSync(file, 'utf8'))
        .filter((name) => !installed(name))
        .map((name) => `${name} (${file.slice(projectRoot.length + 1)})`),
    );
    expect(missing).toEqual([]);
  });

  test('when the build context is filtered, then secrets, local data and dependencies stay out', () => {
    const ignore = readFileSync(join(projectRoot, 'deployment', 'Dockerfile.dockerignore'), 'utf8').split('\n');
    expect(ignore).toEqual(expect.arrayContaining(['**/node_modules', '**/.env', 'data', 'dist']));
  });
});
