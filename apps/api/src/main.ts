import 'reflect-metadata';
import { loadConfigOrExit } from '@khenthuong/platform';
import { createApiApp } from './api.bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit('api', process.env);
  const app = await createApiApp(config);
  await app.listen(config.PORT, config.HOST);
  console.log(`api: listening on ${await app.getUrl()}`);
}

main().catch((error: unknown) => {
  console.error('api: failed to start', error);
  process.exit(1);
});
