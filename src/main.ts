/** Starts the bot: `npm start`. Configuration comes from the environment (see README). */
import module from 'node:module';

// Keep V8's compiled code of every module on disk (Node 22.1 and newer), so that later starts
// skip compiling botbuilder and the rest again. The modules are loaded only after this.
module.enableCompileCache?.();

const { ConfigError, loadConfig } = await import('./config.js');
const { ContentError } = await import('./content/yamlFile.js');
const { createApp } = await import('./index.js');

async function main(): Promise<void> {
  const app = await createApp(loadConfig());
  await app.start();
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'stopping');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ContentError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
