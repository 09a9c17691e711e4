/**
 * `klant update` in a terminal without changes given: which fields to change (a checkbox), then each of those,
 * with the value the environment has as the default. The answers make the same document as `--json`, and go
 * through the same checks; text fields are checked as they are typed, by the create's rules.
 */
import type { KlantView } from '../../app/klant-view.js';
import { messages as m } from '../../messages/index.js';
import { askAddress } from './address-section.js';
import { absolutePath, fileRule, type FileKind } from './file-rule.js';
import type { FormLookups, Prompter, Validate } from './prompter.js';
import { allOf, schemaRule, whenGiven } from './questions.js';

export const UPDATE_FIELDS = [
  'name',
  'referenceCode',
  'emailLogo',
  'sizeInstructions',
  'logo',
  'template',
  'address',
] as const;
export type UpdateField = (typeof UPDATE_FIELDS)[number];

/** The update document, shaped like the JSON input. */
export interface RawUpdateDocument {
  company?: {
    name?: string;
    referenceCode?: string | null;
    emailLogo?: string | null;
    sizeInstructions?: string | null;
  };
  portal?: { logo?: string | null; template?: string };
  address?: Record<string, string> | null;
}

/** How a value the environment has now is shown in the list of fields and the questions. */
export function describeCurrent(current: KlantView, field: UpdateField): string {
  const none = m.summary.none;
  switch (field) {
    case 'name':
    case 'template':
      return current[field];
    case 'referenceCode':
      return current.referenceCode ?? none;
    case 'emailLogo':
    case 'logo': {
      const image = current[field];
      return image ? `${image.format.toUpperCase()} ${image.width}×${image.height} px, ${image.bytes} bytes` : none;
    }
    case 'sizeInstructions': {
      const pdf = current.sizeInstructions;
      return pdf ? `${m.summary.pages(pdf.pages)}, ${pdf.bytes} bytes` : none;
    }
    case 'address': {
      const a = current.address;
      return a
        ? [[a.street, a.houseNumber, a.houseNumberAddition], [a.postalCode, a.city], [a.country]]
            .map((part) => part.filter(Boolean).join(' '))
            .join(', ')
        : none;
    }
  }
}

export async function askKlantUpdate(
  prompter: Prompter,
  lookups: FormLookups,
  current: KlantView,
): Promise<RawUpdateDocument> {
  const q = m.prompts.update;
  const fields = await prompter.checkbox<UpdateField>({
    message: q.fields(current.acro),
    choices: UPDATE_FIELDS.map((field) => ({
      name: `${m.summary.labels[field]} (${q.now(describeCurrent(current, field))})`,
      short: m.summary.labels[field],
      value: field,
    })),
    validate: (chosen) => (chosen.length > 0 ? true : q.atLeastOne),
  });

  const document: RawUpdateDocument = {};
  const company = () => (document.company ??= {});
  const portal = () => (document.portal ??= {});
  for (const field of UPDATE_FIELDS.filter((f) => fields.includes(f))) {
    switch (field) {
      case 'name':
        company().name = (
          await prompter.input({ message: q.name, default: current.name, validate: schemaRule('company', 'name', {}) })
        ).trim();
        break;
      case 'referenceCode': {
        const answer = await prompter.input({
          message: current.referenceCode === null ? q.referenceCodeNew : q.referenceCode,
          default: current.referenceCode ?? undefined,
          validate: allOf(
            schemaRule('company', 'referenceCode', {}),
            whenGiven(async (code) => ((await lookups.referenceCodeTaken(code)) ? m.referenceCode.taken(code) : true)),
          ),
        });
        company().referenceCode = answer.trim() === '' ? null : answer.trim();
        break;
      }
      case 'emailLogo':
      case 'sizeInstructions':
        company()[field] = await askFile(prompter, lookups, current, field);
        break;
      case 'logo':
        portal().logo = await askFile(prompter, lookups, current, field);
        break;
      case 'template': {
        const templates = await lookups.templates();
        portal().template = await prompter.select({
          message: q.template,
          choices: templates.map((t) => ({ name: t.name, value: t.name, description: t.description })),
          default: current.template,
        });
        break;
      }
      case 'address':
        document.address =
          (await askAddress(prompter, {}, current.address ?? {}, current.address ? q.street : undefined)) ?? null;
        break;
    }
  }
  return document;
}

const FILE_QUESTIONS = {
  emailLogo: { section: 'company', kind: 'image' },
  sizeInstructions: { section: 'company', kind: 'pdf' },
  logo: { section: 'portal', kind: 'image' },
} as const satisfies Record<string, { section: 'company' | 'portal'; kind: FileKind }>;

/** A file there now can be replaced or removed; otherwise the new one is asked for. Null removes it. */
async function askFile(
  prompter: Prompter,
  lookups: FormLookups,
  current: KlantView,
  field: keyof typeof FILE_QUESTIONS,
): Promise<string | null> {
  const q = m.prompts.update;
  if (current[field] !== null) {
    const action = await prompter.select<'replace' | 'remove'>({
      message: q.fileAction(m.summary.labels[field], describeCurrent(current, field)),
      choices: [
        { name: q.replace, value: 'replace' },
        { name: q.remove, value: 'remove' },
      ],
    });
    if (action === 'remove') return null;
  }
  const { section, kind } = FILE_QUESTIONS[field];
  const required: Validate<string> = (path) => (path.trim() === '' ? m.field.required : true);
  const answer = await prompter.path({
    message: q[field],
    validate: allOf(required, schemaRule(section, field, {}), whenGiven(fileRule(kind, lookups))),
  });
  return absolutePath(answer.trim());
}
