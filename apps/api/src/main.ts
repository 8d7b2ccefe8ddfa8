import 'reflect-metadata';
import { ConfigError, loadConfig } from '@khenthuong/platform';
import { createApiApp } from './api.bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`api: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const app = await createApiApp(config);
  await app.listen(config.PORT, config.HOST);
  console.log(`api: listening on ${await app.getUrl()}`);
}

main().catch((error: unknown) => {
  console.error('api: failed to start', error);
  process.exit(1);
});
