import { createAnalyzer } from '../../../search/analysis/index.ts';

/** Whether this machine has libvoikko and the Finnish dictionary (CI does). */
export const voikkoAvailable = (() => {
  const probe = createAnalyzer();
  probe.close();
  return probe.backend === 'voikko';
})();

export const VOIKKO_MISSING =
  'skipped: libvoikko/voikko-fi not installed (apt-get install libvoikko1 voikko-fi)';
