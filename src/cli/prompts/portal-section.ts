/**
 * Portaalgegevens: optionally copy settings from an existing environment (which categories, then), the
 * portal logo, and the template.
 */
import { CATEGORY_IDS, type CategoryId } from '../../klant/categories.js';
import { messages as m } from '../../messages/index.js';
import { copySourceSearch } from './copy-source-search.js';
import { absolutePath, fileRule } from './file-rule.js';
import type { FormLookups, Prompter } from './prompter.js';
import { allOf, askField, schemaRule, whenGiven } from './questions.js';
import type { PortalAnswers } from './raw-form.js';

export async function askPortal(
  prompter: Prompter,
  lookups: FormLookups,
  prefilled: PortalAnswers = {},
  /** The answers each question offers, when the section is asked again at the summary. */
  offered: PortalAnswers = {},
): Promise<PortalAnswers | undefined> {
  const q = m.prompts.portal;
  const portal: PortalAnswers = { ...prefilled };

  if (portal.copyFrom === undefined) await askCopySource(prompter, lookups, portal, offered.copyFrom);
  if (portal.copyFrom !== undefined && portal.copy === undefined) {
    // A source picked here can be taken back by ticking nothing; one given by --copy-from needs categories.
    const canTakeBack = prefilled.copyFrom === undefined;
    const rule = schemaRule<readonly CategoryId[]>('portal', 'copy', portal);
    const copy = await prompter.checkbox<CategoryId>({
      message: canTakeBack ? q.categoriesOrNone : q.categories,
      choices: CATEGORY_IDS.map((id) => ({
        name: m.categories[id],
        value: id,
        checked: offered.copy === 'all' || Boolean(offered.copy?.includes(id)),
      })),
      // The schema's rules: at least one, and a category only with the one its rows refer to.
      validate: (chosen) => (canTakeBack && chosen.length === 0 ? true : rule(chosen)),
    });
    if (copy.length > 0) portal.copy = copy;
    else delete portal.copyFrom;
  }
  await askField(prompter, portal, 'logo', {
    message: q.logo,
    default: offered.logo,
    validate: allOf(schemaRule('portal', 'logo', portal), whenGiven(fileRule('image', lookups))),
    tidy: absolutePath,
    file: true,
  });
  if (portal.template === undefined) await askTemplate(prompter, lookups, portal, offered.template);
  return Object.keys(portal).length > 0 ? portal : undefined;
}

/** Without environments there is nothing to copy from, so nothing to ask. Looked up once, searched at every key. */
async function askCopySource(
  prompter: Prompter,
  lookups: FormLookups,
  portal: PortalAnswers,
  offered: string | undefined,
): Promise<void> {
  const environments = await lookups.environments();
  if (environments.length === 0) return;
  // Categories given by a flag need a source, so "none" is then no answer.
  const none = portal.copy === undefined ? { name: m.prompts.portal.none, value: null } : undefined;
  const source = await prompter.search<string | null>({
    message: m.prompts.portal.copyFrom,
    default: environments.find((env) => sameName(env.acro, offered))?.acro,
    source: copySourceSearch(environments, none),
  });
  if (source !== null) portal.copyFrom = source;
}

async function askTemplate(
  prompter: Prompter,
  lookups: FormLookups,
  portal: PortalAnswers,
  offered: string | undefined,
): Promise<void> {
  const templates = await lookups.templates();
  if (templates.length === 0) return;
  portal.template = await prompter.select({
    message: m.prompts.portal.template,
    choices: templates.map((t) => ({
      name: t.isDefault ? `${t.name} ${m.prompts.portal.defaultTemplate}` : t.name,
      value: t.name,
      description: t.description,
    })),
    default: (templates.find((t) => sameName(t.name, offered)) ?? templates.find((t) => t.isDefault))?.name,
  });
}

/** An answer offered from a flag may be typed in another case than the acro or template name it means. */
function sameName(name: string, offered: string | undefined): boolean {
  return name.toLowerCase() === offered?.toLowerCase();
}
