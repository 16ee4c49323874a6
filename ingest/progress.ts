import type { SyncCounts } from '../schema/sync/tables.ts';

/** A one-line progress bar redrawn on a terminal (stderr). */
export function createProgressBar(stream: NodeJS.WriteStream) {
  let last = 0;
  return {
    update(p: { phase: string; done: number; total: number; counts: SyncCounts }) {
      const now = Date.now();
      if (now - last < 100 && p.done < p.total) return;
      last = now;
      const width = 30;
      const ratio = p.total ? p.done / p.total : 1;
      const filled = Math.round(ratio * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      stream.write(
        `\r${p.phase.padEnd(13)} ${bar} ${p.done}/${p.total}  new ${p.counts.inserted}  changed ${p.counts.updated}  quarantined ${p.counts.quarantined}\x1b[K`,
      );
    },
    done() {
      stream.write('\n');
    },
  };
}
