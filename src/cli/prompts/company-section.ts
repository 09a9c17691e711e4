/** Bedrijfsgegevens: acro and name are required; the acro and reference code must still be free. */
import { messages as m } from '../../messages/index.js';
import { absolutePath, fileRule } from './file-rule.js';
import type { FormLookups, Prompter } from './prompter.js';
import { allOf, askField, schemaRule, whenGiven } from './questions.js';
import type { CompanyAnswers } from './raw-form.js';

export async function askCompany(
  prompter: Prompter,
  lookups: FormLookups,
  prefilled: CompanyAnswers = {},
  /** The answers each question offers, when the section is asked again at the summary. */
  offered: CompanyAnswers = {},
): Promise<CompanyAnswers> {
  const q = m.prompts.company;
  const company: CompanyAnswers = { ...prefilled };
  const rule = (key: keyof CompanyAnswers) => schemaRule<string>('company', key, company);

  await askField(prompter, company, 'acro', {
    message: q.acro,
    default: offered.acro,
    validate: allOf(
      rule('acro'),
      whenGiven(async (acro) => ((await lookups.acroTaken(acro)) ? m.acro.taken(acro) : true)),
    ),
  });
  await askField(prompter, company, 'name', { message: q.name, default: offered.name, validate: rule('name') });
  await askField(prompter, company, 'referenceCode', {
    message: q.referenceCode,
    default: offered.referenceCode,
    validate: allOf(
      rule('referenceCode'),
      whenGiven(async (code) => ((await lookups.referenceCodeTaken(code)) ? m.referenceCode.taken(code) : true)),
    ),
  });
  await askField(prompter, company, 'emailLogo', {
    message: q.emailLogo,
    default: offered.emailLogo,
    validate: allOf(rule('emailLogo'), whenGiven(fileRule('image', lookups))),
    tidy: absolutePath,
    file: true,
  });
  await askField(prompter, company, 'sizeInstructions', {
    message: q.sizeInstructions,
    default: offered.sizeInstructions,
    validate: allOf(rule('sizeInstructions'), whenGiven(fileRule('pdf', lookups))),
    tidy: absolutePath,
    file: true,
  });
  return company;
}
