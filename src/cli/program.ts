/**
 * Declares the commands and their flags. Each action imports its command module only when it runs, so
 * `ecm --help` loads none of the heavy modules.
 */
import { Command, Option, type OutputConfiguration } from 'commander';
import { messages as m } from '../messages/index.js';
import { FORM_FLAGS } from './form-flags.js';
import { collectClear, CREATE_ONLY_FLAGS, UPDATE_FLAGS } from './update-flags.js';
import type { Action } from './session.js';

type Run = (action: Action) => Promise<void>;

export function buildProgram(version: string, run: Run, output: OutputConfiguration): Command {
  const h = m.help;
  const program = new Command('ecm')
    .description(h.program)
    .version(version, '-V, --version', h.version)
    .option('--database <url>', h.database)
    .option('--as <username>', h.as)
    .option('--output <format>', h.output)
    .option('--no-color', h.noColor)
    .option('--debug', h.debug)
    .option('--lang <lang>', h.lang)
    .helpOption('-h, --help', h.help)
    .helpCommand('help [command]', h.helpCommand)
    // commander's headings in the chosen language; every subcommand takes this over when it is created.
    .configureHelp({ styleTitle: (title) => (h.titles as Record<string, string | undefined>)[title] ?? title })
    .addHelpText('before', h.examples)
    .showSuggestionAfterError()
    // Before the subcommands are added: they copy these settings when they are created.
    .configureOutput(output)
    .exitOverride();

  program
    .command('init')
    .summary(h.init.summary)
    .description(h.init.summary)
    .addHelpText('before', h.init.examples)
    .option('--supplier <name>', h.init.supplier)
    .option('--domain <domain>', h.init.domain)
    .option('--admin <username>', h.init.admin)
    .option('--admin-email <email>', h.init.adminEmail)
    .action((options) => run({ module: () => import('./commands/init.js'), options }));

  const admins = program
    .command('leverancieradmin')
    .summary(h.leverancieradmin.summary)
    .description(h.leverancieradmin.summary);
  admins
    .command('add')
    .description(h.leverancieradmin.add)
    .addHelpText('before', h.leverancieradmin.addExamples)
    .option('--username <username>', h.leverancieradmin.username)
    .option('--email <email>', h.leverancieradmin.email)
    .action((options) => run({ module: () => import('./commands/leverancieradmin-add.js'), options }));
  admins
    .command('list')
    .description(h.leverancieradmin.list)
    .addHelpText('before', h.leverancieradmin.listExamples)
    .action((options) => run({ module: () => import('./commands/leverancieradmin-list.js'), options }));

  program
    .command('template')
    .summary(h.template.summary)
    .description(h.template.summary)
    .command('list')
    .description(h.template.list)
    .addHelpText('before', h.template.listExamples)
    .action((options) => run({ module: () => import('./commands/template-list.js'), options }));

  const klant = program.command('klant').summary(h.klant.summary).description(h.klant.summary);
  const create = klant
    .command('create')
    .description(h.klant.create)
    .addHelpText('before', h.klant.createExamples)
    .option('--json <file>', h.klant.json)
    .option('--no-input', h.klant.noInput)
    .option('-y, --yes', h.klant.yes)
    .option('--dry-run', h.klant.dryRun)
    .option('--show-password', h.klant.showPassword)
    .option('--password-file <path>', h.klant.passwordFile)
    .option('--save-input <file.json>', h.klant.saveInput)
    .option('--force', h.klant.force);
  for (const { flag, option, arg } of FORM_FLAGS)
    create.addOption(new Option(`${flag} ${arg}`, h.klant.fields[option]));
  create.action((options) => run({ module: () => import('./commands/klant-create.js'), options }));
  const update = klant
    .command('update')
    .description(h.klant.update)
    .addHelpText('before', h.klant.updateExamples)
    .argument('<acro>', h.klant.acroArgument)
    .option('--json <file>', h.klant.updateJson)
    .option('--clear <field,...>', h.klant.clear, collectClear)
    .option('--no-input', h.klant.updateNoInput)
    .option('-y, --yes', h.klant.updateYes)
    .option('--dry-run', h.klant.updateDryRun);
  for (const { flag, option, arg } of UPDATE_FLAGS)
    update.addOption(new Option(`${flag} ${arg}`, h.klant.fields[option]));
  // Taken only to be refused by name (the acro never changes), rather than as flags nobody has heard of.
  for (const { flag, arg } of CREATE_ONLY_FLAGS) update.addOption(new Option(`${flag} ${arg}`).hideHelp());
  update.action((acro: string, options) =>
    run({ module: () => import('./commands/klant-update.js'), options, args: [acro] }),
  );
  klant
    .command('import')
    .description(h.klant.import)
    .addHelpText('before', h.klant.importExamples)
    .argument('<file>', h.klant.importFile)
    .option('--format <format>', h.klant.importFormat)
    .option('--skip-existing', h.klant.skipExisting)
    .option('--dry-run', h.klant.importDryRun)
    .option('--show-password', h.klant.importShowPassword)
    .option('--password-file <path>', h.klant.importPasswordFile)
    .action((file: string, options) =>
      run({ module: () => import('./commands/klant-import.js'), options, args: [file] }),
    );
  klant
    .command('list')
    .description(h.klant.list)
    .addHelpText('before', h.klant.listExamples)
    // The default is in the description: commander would write "(default: …)" in English.
    .option('--status <status>', h.klant.status)
    .action((options) => run({ module: () => import('./commands/klant-list.js'), options }));
  klant
    .command('show')
    .description(h.klant.show)
    .addHelpText('before', h.klant.showExamples)
    .argument('<acro>', h.klant.acroArgument)
    .action((acro: string, options) =>
      run({ module: () => import('./commands/klant-show.js'), options, args: [acro] }),
    );
  klant
    .command('retire')
    .description(h.klant.retire)
    .addHelpText('before', h.klant.retireExamples)
    .argument('<acro>', h.klant.acroArgument)
    .option('-y, --yes', h.klant.retireYes)
    .option('--dry-run', h.klant.retirementDryRun)
    .action((acro: string, options) =>
      run({ module: () => import('./commands/klant-retire.js'), options, args: [acro] }),
    );
  klant
    .command('reactivate')
    .description(h.klant.reactivate)
    .addHelpText('before', h.klant.reactivateExamples)
    .argument('<acro>', h.klant.acroArgument)
    .option('--dry-run', h.klant.retirementDryRun)
    .action((acro: string, options) =>
      run({ module: () => import('./commands/klant-reactivate.js'), options, args: [acro] }),
    );

  program
    .command('audit')
    .summary(h.audit.summary)
    .description(h.audit.summary)
    .command('list')
    .description(h.audit.list)
    .addHelpText('before', h.audit.listExamples)
    .option('--klant <acro>', h.audit.klant)
    .option('--action <action>', h.audit.action)
    .option('--limit <n>', h.audit.limit)
    .action((options) => run({ module: () => import('./commands/audit-list.js'), options }));

  const klantadmin = program.command('klantadmin').summary(h.klantadmin.summary).description(h.klantadmin.summary);
  const addKlantadmin = klantadmin
    .command('add')
    .description(h.klantadmin.add)
    .addHelpText('before', h.klantadmin.addExamples)
    .argument('<acro>', h.klant.acroArgument)
    .option('--username <username>', h.klantadmin.username)
    .option('--email <email>', h.klantadmin.email)
    .option('--dry-run', h.klantadmin.dryRun)
    .option('--show-password', h.klantadmin.showPassword)
    .option('--password-file <path>', h.klantadmin.passwordFile)
    .action((acro: string, options) =>
      run({ module: () => import('./commands/klantadmin-add.js'), options, args: [acro] }),
    );
  const resetPassword = klantadmin
    .command('reset-password')
    .description(h.klantadmin.resetPassword)
    .addHelpText('before', h.klantadmin.resetPasswordExamples)
    .argument('<acro>', h.klant.acroArgument)
    .argument('<username>', h.klantadmin.usernameArgument)
    .option('--dry-run', h.klantadmin.dryRun)
    .option('--show-password', h.klantadmin.showPassword)
    .option('--password-file <path>', h.klantadmin.passwordFile)
    .action((acro: string, username: string, options) =>
      run({ module: () => import('./commands/klantadmin-reset-password.js'), options, args: [acro, username] }),
    );

  const d = m.documents.help;
  for (const command of [create, addKlantadmin, resetPassword])
    command.option('--handover <file.pdf>', d.handoverWithPassword);
  klant
    .command('handover')
    .description(d.handover)
    .addHelpText('before', d.handoverExamples)
    .argument('<acro>', h.klant.acroArgument)
    .requiredOption('--file <file.pdf>', d.handoverFile)
    .option('--force', d.force)
    .action((acro: string, options) =>
      run({ module: () => import('./commands/klant-handover.js'), options, args: [acro] }),
    );
  klant
    .command('preview')
    .description(d.preview)
    .addHelpText('before', d.previewExamples)
    .argument('<acro>', h.klant.acroArgument)
    .requiredOption('--file <file.png>', d.previewFile)
    .option('--force', d.force)
    .action((acro: string, options) =>
      run({ module: () => import('./commands/klant-preview.js'), options, args: [acro] }),
    );
  program
    .command('completion')
    .description(d.completion)
    .addHelpText('before', d.completionExamples)
    .argument('[shell]', d.shell)
    .action((shell: string | undefined, options) =>
      run({ module: () => import('./commands/completion.js'), options, args: shell === undefined ? [] : [shell] }),
    );
  // What the completion scripts call to look up names while completing; not for people.
  program
    .command('__complete', { hidden: true })
    .argument('<lookup>')
    .action((lookup: string, options) =>
      run({ module: () => import('./commands/complete-values.js'), options, args: [lookup] }),
    );

  return program;
}
