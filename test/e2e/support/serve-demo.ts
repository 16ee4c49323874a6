/** `npx tsx test/e2e/support/serve-demo.ts`: the demo product on a local port, for trying pages by hand. */
import { buildWeb, startDemoServer } from './server.ts';

buildWeb();
const demo = await startDemoServer();
console.log(`${demo.url}/fi/`);
console.log(
  JSON.stringify({ users: demo.users, ids: demo.ids, providerService: demo.providerService }),
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void demo.close().then(() => process.exit(0)));
