import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths.js';

describe('npm run chat', () => {
  test('when an editor types answers and a number for a button, then the bot answers in the terminal', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'perspectiefbot-chat-'));
    try {
      const result = spawnSync(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['src/cli/chat.ts'], {
        cwd: projectRoot,
        input: 'ja\nsla over\nzeventien\n3\n',
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/bot> Hoi! Ik ben een chatbot/);
      expect(result.stdout).toMatch(/ {2}1\) Ja\n {2}2\) Nee/);
      expect(result.stdout).toMatch(/je bent 17 jaar/);
      expect(result.stdout).toMatch(/Heb je een diploma/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
