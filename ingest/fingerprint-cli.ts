/** `npm run db:fingerprint [-- <db path>]`: prints the content fingerprint of a database as JSON. */
import { openDatabase } from '../schema/db.ts';
import { parseEnv } from './env.ts';
import { fingerprint } from './fingerprint.ts';

const path = process.argv[2] ?? parseEnv().TARJOTIN_DB;
const db = openDatabase(path, { readonly: true });
console.log(JSON.stringify(fingerprint(db), null, 2));
db.$client.close();
