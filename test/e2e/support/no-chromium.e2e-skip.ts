import { it } from 'vitest';

it.skip('browser tests: skipped because /usr/bin/chromium is missing (apt-get install -y chromium)', () => {});
