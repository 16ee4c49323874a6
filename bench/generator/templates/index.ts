/**
 * All service templates, checked at import against the needs vocabulary and the classification
 * reference so a typo in a code fails fast instead of producing an unknown class in a dump.
 */
import { classificationIndex, needThemes } from '../../../search/needs/index.ts';
import { fixedOrgs } from '../data/organizations.ts';
import { ageingTemplates } from './ageing.ts';
import { debtTemplates } from './debt.ts';
import { disabilityTemplates } from './disability.ts';
import { faithAndGriefTemplates } from './faith-and-grief.ts';
import { familyTemplates } from './family.ts';
import { foodAndIncomeTemplates } from './food-and-income.ts';
import { healthTemplates } from './health.ts';
import { housingAndLegalTemplates } from './housing-and-legal.ts';
import { learningTemplates } from './learning.ts';
import { lonelinessTemplates } from './loneliness.ts';
import { mentalHealthTemplates } from './mental-health.ts';
import { workTemplates } from './work.ts';
import { youthAndSafetyTemplates } from './youth-and-safety.ts';
import type { ServiceTemplate } from './types.ts';

export type { ServiceTemplate, Texts, Sector, ChannelRecipe, ChannelKind } from './types.ts';

/** Problems in a template list; empty when every reference resolves. */
export function templateProblems(templates: readonly ServiceTemplate[]): string[] {
  const problems: string[] = [];
  const themeIds = new Set(needThemes.map((t) => t.id));
  const providers = new Set(fixedOrgs.map((o) => o.key));
  const keys = new Set<string>();
  const check = (
    t: ServiceTemplate,
    codes: string[] | undefined,
    known: ReadonlyMap<string, unknown>,
    kind: string,
  ) => {
    for (const code of codes ?? [])
      if (!known.has(code)) problems.push(`${t.key}: unknown ${kind} ${code}`);
  };
  for (const t of templates) {
    if (keys.has(t.key)) problems.push(`${t.key}: duplicate key`);
    keys.add(t.key);
    if (!themeIds.has(t.theme)) problems.push(`${t.key}: unknown theme ${t.theme}`);
    if (t.provider && !providers.has(t.provider))
      problems.push(`${t.key}: unknown provider ${t.provider}`);
    if (['national', 'state', 'regional'].includes(t.sector) && !t.provider)
      problems.push(`${t.key}: ${t.sector} needs a provider`);
    if (['association', 'company'].includes(t.sector) && !t.kinds?.length)
      problems.push(`${t.key}: ${t.sector} needs kinds`);
    if (t.channels.length === 0) problems.push(`${t.key}: no channels`);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const summary = t.summary[lang];
      if (summary && summary.length > 150)
        problems.push(`${t.key}: ${lang} summary over 150 characters`);
    }
    check(t, t.serviceClasses, classificationIndex.serviceClasses, 'service class');
    check(t, t.targetGroups, classificationIndex.targetGroups, 'target group');
    check(t, t.lifeEvents, classificationIndex.lifeEvents, 'life event');
    check(t, t.industrialClasses, classificationIndex.industrialClasses, 'industrial class');
    check(t, t.ontologyTerms, classificationIndex.ontologyTerms, 'ontology term');
  }
  return problems;
}

export const serviceTemplates: readonly ServiceTemplate[] = [
  ...lonelinessTemplates,
  ...faithAndGriefTemplates,
  ...foodAndIncomeTemplates,
  ...debtTemplates,
  ...housingAndLegalTemplates,
  ...mentalHealthTemplates,
  ...healthTemplates,
  ...ageingTemplates,
  ...disabilityTemplates,
  ...familyTemplates,
  ...youthAndSafetyTemplates,
  ...workTemplates,
  ...learningTemplates,
];

const problems = templateProblems(serviceTemplates);
if (problems.length > 0) throw new Error(`Invalid service templates:\n${problems.join('\n')}`);
