/** Every labelled client situation, in the order the sets were written (bench/eval/README.md). */
import { matchDevelopment2Cases } from './match-development-2.ts';
import { matchHeldOut2Cases } from './match-held-out-2.ts';
import { matchHeldOut3Cases } from './match-held-out-3.ts';
import { matchHeldOut4Cases } from './match-held-out-4.ts';
import { matchHeldOut5Cases } from './match-held-out-5.ts';
import { matchHeldOut6Cases } from './match-held-out-6.ts';
import { matchHeldOut7Cases } from './match-held-out-7.ts';
import { matchHeldOut8Cases } from './match-held-out-8.ts';
import { matchHeldOut9Cases } from './match-held-out-9.ts';
import { matchHeldOut10Cases } from './match-held-out-10.ts';
import { matchHeldOut11Cases } from './match-held-out-11.ts';
import { matchHeldOut12Cases } from './match-held-out-12.ts';
import { matchHeldOut13Cases } from './match-held-out-13.ts';
import { matchHeldOut14Cases } from './match-held-out-14.ts';
import { matchHeldOut15Cases } from './match-held-out-15.ts';
import { matchHeldOut16Cases } from './match-held-out-16.ts';
import { matchHeldOut17Cases } from './match-held-out-17.ts';
import { matchHeldOut18Cases } from './match-held-out-18.ts';
import { matchHeldOut19Cases } from './match-held-out-19.ts';
import { matchHeldOut20Cases } from './match-held-out-20.ts';
import { matchCases as matchSet1 } from './match.ts';
import type { MatchCase } from './types.ts';

export const allMatchCases: MatchCase[] = [
  ...matchSet1,
  ...matchDevelopment2Cases,
  ...matchHeldOut2Cases,
  ...matchHeldOut3Cases,
  ...matchHeldOut4Cases,
  ...matchHeldOut5Cases,
  ...matchHeldOut6Cases,
  ...matchHeldOut7Cases,
  ...matchHeldOut8Cases,
  ...matchHeldOut9Cases,
  ...matchHeldOut10Cases,
  ...matchHeldOut11Cases,
  ...matchHeldOut12Cases,
  ...matchHeldOut13Cases,
  ...matchHeldOut14Cases,
  ...matchHeldOut15Cases,
  ...matchHeldOut16Cases,
  ...matchHeldOut17Cases,
  ...matchHeldOut18Cases,
  ...matchHeldOut19Cases,
  ...matchHeldOut20Cases,
];
