/**
 * npm run ptv:generate -- --out <dir> --services <n> --seed <s> [--malformed <n>] [--reference-date yyyy-MM-dd]
 */
import { parseArgs } from 'node:util';
import { generateDump } from './index.ts';

const usage =
  'Usage: npm run ptv:generate -- --out <dir> --services <n> --seed <s> [--malformed <n>] [--reference-date yyyy-MM-dd]';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    services: { type: 'string' },
    seed: { type: 'string', default: '1' },
    malformed: { type: 'string', default: '0' },
    'reference-date': { type: 'string' },
  },
});

const services = Number(values.services);
const malformed = Number(values.malformed);
if (
  !values.out ||
  !Number.isInteger(services) ||
  services < 1 ||
  !Number.isInteger(malformed) ||
  malformed < 0
) {
  console.error(usage);
  process.exit(2);
}

const summary = await generateDump({
  out: values.out,
  services,
  seed: values.seed!,
  malformed,
  referenceDate: values['reference-date'],
});
const mb = (summary.bytes / 1024 / 1024).toFixed(1);
console.log(
  `Wrote ${summary.files} files (${mb} MB) to ${summary.dir} in ${summary.seconds} s: ` +
    `${summary.services.total} services, ${summary.channels.total} channels, ${summary.organizations.total} organisations` +
    (summary.malformed.length ? `, ${summary.malformed.length} malformed` : ''),
);
console.log(JSON.stringify({ ...summary, malformed: summary.malformed.length }, null, 2));
