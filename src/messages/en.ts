/**
 * English texts, with the manual's Dutch terms kept where staff know them by those names
 * (klant, klantadmin, leverancieradmin, acro, klantomgeving).
 */
import type { RecordStatus } from '../app/import-klanten.js';
import type { CategoryId } from '../klant/categories.js';

const list = (items: readonly string[]): string => items.join(', ');

export const en = {
  /**
   * Messages follow a field's path ("company.name: is required"); under a question they stand alone, so they
   * become sentences there. A message that starts with a file path keeps it as typed.
   */
  sentence: (message: string) => {
    if (/^(is|must) /.test(message)) return `This ${message}`;
    return /^[a-z]+ /.test(message) ? message.charAt(0).toUpperCase() + message.slice(1) : message;
  },
  field: {
    required: 'is required',
    notText: 'must be text',
    notAnObject: 'must be a JSON object',
    tooLong: (max: number) => `must be at most ${max} characters`,
    invalidEmail: 'is not a valid e-mail address (expected something like name@example.com)',
    unknownKey: (key: string) => `unknown field "${key}" (check the spelling)`,
  },
  text: {
    control_character: 'must not hold control characters (such as escape, NUL, tab or a line break)',
    bidi_control:
      'must not hold characters that override or isolate the direction of text (U+202A–U+202E, U+2066–U+2069)',
    invalid_unicode: 'must not hold broken characters (a lone UTF-16 surrogate)',
    no_visible_text: 'must hold at least one visible character',
  },
  acro: {
    too_long: 'the acro may be at most 50 characters (shorter is better: it is part of the URL and every order number)',
    acro_invalid_characters:
      'the acro may hold only letters A-Z, digits and single hyphens, and must start and end with a letter or digit',
    acro_reserved: 'this acro is a path the supplier site itself uses; choose another',
    taken: (acro: string) => `acro "${acro}" is already in use (acros are compared ignoring case)`,
  },
  username: {
    empty: 'the username has no usable characters left after normalising (a-z, 0-9, ".", "_", "-", "@")',
    takenBySupplierAdmin: (username: string) =>
      `username "${username}" belongs to a leverancieradmin, who is created in every new environment; choose another`,
    supplierAdminExists: (username: string) => `a leverancieradmin with username "${username}" already exists`,
    takenInEnvironments: (username: string, acros: readonly string[]) =>
      `username "${username}" is already in use in ${acros.length === 1 ? 'environment' : 'environments'} ${list(acros)}`,
  },
  admin: {
    emailRequired: 'an e-mail address is required when a klantadmin username is given',
    usernameRequired: 'a username is required when a klantadmin e-mail address is given',
  },
  referenceCode: {
    taken: (code: string) => `reference code "${code}" is already used by another environment`,
  },
  copy: {
    notAList: 'must be a list of category ids or "all"',
    notText: (kind: string) => `(a ${kind}, not text)`,
    empty: 'choose at least one category to copy, or leave out "copy settings from"',
    unknownCategory: (given: string, ids: readonly string[]) => `unknown category ${given}; known are: ${list(ids)}`,
    categoriesRequired: 'choose which categories to copy (a list of category ids, or "all")',
    sourceRequired: 'categories to copy need an environment to copy them from (copyFrom)',
    requires: (category: string, needs: string) =>
      `"${category}" can only be copied together with "${needs}", whose rows it refers to`,
    sourceNotFound: (acro: string) => `there is no environment "${acro}" to copy settings from`,
  },
  template: {
    unknown: (name: string, names: readonly string[]) => `unknown template "${name}"; available: ${list(names)}`,
  },
  address: {
    required: 'is required when an address is given',
    invalidCountry: 'must be a two-letter ISO country code, such as NL, BE or DE',
    invalidPostalCode: 'a Dutch postal code looks like 1234 AB',
    invalidHouseNumber: 'a house number starts with a digit (put letters in the addition)',
    invalidPhone: 'a phone number holds digits, spaces, "-", "(", ")" and an optional leading "+"',
  },
  file: {
    wrongExtension: (extensions: readonly string[]) => `the file name must end in ${list(extensions)}`,
    missing: (path: string) => `file not found: ${path}`,
    notAFile: (path: string) => `not a regular file: ${path}`,
    unreadable: (path: string) => `cannot read file: ${path}`,
    tooLarge: (path: string, maxMb: number) => `${path} is larger than ${maxMb} MB`,
    empty: (path: string) => `${path} is empty`,
    notAnImage: (path: string) => `${path} is not a PNG or JPEG image (judged by its content, not its name)`,
    corruptImage: (path: string) => `${path} is damaged and cannot be read as an image`,
    tooManyPixels: (path: string, megapixels: number, max: number) =>
      `${path} has ${megapixels.toFixed(1)} megapixels; at most ${max} are allowed`,
    notAPdf: (path: string) => `${path} is not a PDF document`,
    corruptPdf: (path: string) => `${path} is damaged and cannot be read as a PDF`,
    encryptedPdf: (path: string) => `${path} needs a password to open; upload a copy without one`,
    pdfWithoutPages: (path: string) => `${path} has no pages`,
    pdfTimeout: (path: string) => `${path} took too long to read and was given up on`,
    emailLogoTooLarge: (width: number, height: number) =>
      `the e-mail logo is ${width}×${height} px; at most 600×100 px is recommended, or e-mails may show it oversized`,
  },
  operator: {
    noneNamed: (names: readonly string[]) =>
      `several leverancieradmins exist (${list(names)}); say who you are with --as <username> or ECM_USER`,
    noneExists: 'there is no leverancieradmin yet; add one with "ecm leverancieradmin add"',
    unknown: (name: string, names: readonly string[]) =>
      `"${name}" is not a leverancieradmin; known are: ${list(names)}`,
    question: 'Which leverancieradmin are you?',
    cancelled: 'cancelled; nothing was done',
  },
  savedInput: {
    exists: (path: string) => `--save-input ${path} already exists; give --force to replace it`,
    unwritable: (path: string) => `--save-input ${path} cannot be written: its folder is missing or not writable`,
    saved: (path: string) => `The answers are saved in ${path}; "ecm klant create --json ${path}" replays them.`,
  },
  setup: {
    notInitialised:
      'this database is not set up yet; run "ecm init --supplier <name> --admin <username> --admin-email <email>" first',
    noDatabase: (path: string) =>
      `there is no database at ${path}; check --database or ECM_DATABASE_URL, or set it up with "ecm init --supplier <name> --admin <username> --admin-email <email>"`,
    alreadyInitialised: (name: string) => `this database is already set up for supplier "${name}"`,
    invalidSupplierName: 'the supplier name may hold only lower-case letters, digits and hyphens (it is the host name)',
    invalidDomain: 'must be a domain name such as ecmanage.nl',
  },
  database: {
    unreachable: (detail: string) => `the database could not be opened: ${detail}`,
    unsupportedUrl: (url: string) => `unsupported database URL "${url}"; use a file path, a file: URL or postgres://`,
    busy: 'the database is busy with another change that did not finish within 5 seconds; try again',
    newerSchema: 'this database was set up by a newer version of ecm; upgrade ecm to use it',
    serverUnreachable: (url: string, detail: string) => `cannot reach the PostgreSQL server of ${url}: ${detail}`,
    noAnswer: (seconds: number) => `no answer within ${seconds} s`,
    authFailed: (url: string) =>
      `the PostgreSQL server refused the user name or password in ${url}; check them, and that this user may log in`,
    missing: (url: string) => `the database in ${url} does not exist on that server; create it first (createdb)`,
  },
  retired: {
    refused: (acro: string) => `klantomgeving ${acro} is retired; reactivate it first ("ecm klant reactivate ${acro}")`,
  },
  klantadmin: {
    usernameTaken: (username: string, acro: string) =>
      `username "${username}" is already in use in klantomgeving ${acro}; choose another`,
    notFound: (username: string, acro: string) => `klantomgeving ${acro} has no klantadmin "${username}"`,
  },
  klantadminSummary: {
    added: (username: string, acro: string) => `Klantadmin ${username} added to klantomgeving ${acro}`,
    reset: (username: string, acro: string) => `New temporary password for klantadmin ${username} of ${acro}`,
    addDryRun: (username: string, acro: string) =>
      `Dry run: klantadmin ${username} can be added to ${acro}; nothing written, no password made`,
    resetDryRun: (username: string, acro: string) =>
      `Dry run: the password of klantadmin ${username} of ${acro} can be reset; nothing written, no password made`,
  },
  list: {
    invalidStatus: (values: readonly string[]) => `--status must be one of ${list(values)}`,
  },
  show: {
    notFound: (acro: string) => `there is no environment "${acro}"`,
  },
  update: {
    acroImmutable:
      'the acro cannot be changed: it is part of the web address and of every order number (create a new klantomgeving instead)',
    notChangeable: {
      admin: 'klantadmins are not part of "klant update"; add one with "ecm klantadmin add"',
      copy: 'settings are copied only when a klantomgeving is created',
    },
    nothingToChange:
      'nothing to change: give the fields to change as flags, --clear <field,...> or --json (see "ecm klant update --help")',
    templateRequired: 'a klantomgeving always has a template; name one (see "ecm template list")',
    notClearable: 'is required and cannot be cleared',
    addressKeyNotClearable:
      'is required while there is an address and cannot be cleared on its own; clear the whole address with --clear address',
    unknownClear: (given: string, names: readonly string[]) =>
      `--clear names an unknown field "${given}"; fields that can be cleared: ${list(names)}`,
    setAndCleared: (flag: string) => `is both given (${flag}) and cleared (--clear); choose one`,
    referenceCodeTakenWhileWriting:
      'another klantomgeving took this reference code while the change was being written; nothing was changed',
    failed: (detail: string) => `the change could not be written: ${detail}; nothing was changed`,
    cancelled: 'cancelled; nothing was changed',
    changed: (acro: string) => `Klantomgeving ${acro} changed`,
    unchanged: (acro: string) => `Klantomgeving ${acro}: nothing changed (it has these values already)`,
    dryRun: (acro: string) => `Dry run for ${acro}: everything checked, nothing written`,
    wouldChange: 'Would change:',
    nothingWouldChange: 'Nothing would change: it has these values already.',
    addressKey: (label: string) => `Address: ${label.toLowerCase()}`,
  },
  input: {
    jsonWithFlags: (flags: readonly string[]) => `--json cannot be combined with field flags (${list(flags)})`,
    jsonUnreadable: (source: string, detail: string) => `cannot read JSON from ${source}: ${detail}`,
    jsonInvalid: (source: string, detail: string) => `${source} is not valid JSON: ${detail}`,
    missingRequired: (flag: string) => `is required (give ${flag}, or run in a terminal to be asked)`,
    passwordFileExists: (path: string) => `${path} already exists; the password file must be new`,
    passwordFileDir: (path: string) => `cannot create the password file ${path}`,
    invalidOutput: '--output must be "json" or "text"',
    missingCommand: 'a command is missing; see the help above, or run "ecm --help"',
    invalidArguments: (detail: string) => `${detail} (see ecm --help)`,
    invalidLanguage: (given: string) => `--lang must be "nl" or "en", not "${given}"`,
    standardInput: 'standard input',
    noSuchFile: 'no such file',
  },
  /**
   * commander's own error messages, recognised by their English wording (see cli/commander-words.ts). In
   * English they read exactly as commander writes them.
   */
  commander: {
    unknownOption: (flag: string) => `unknown option '${flag}'`,
    unknownCommand: (name: string) => `unknown command '${name}'`,
    missingArgument: (name: string) => `missing required argument '${name}'`,
    optionMissingArgument: (flags: string) => `option '${flags}' argument missing`,
    excessArguments: (command: string | null, expected: number, got: number) =>
      `too many arguments${command === null ? '' : ` for '${command}'`}. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
    didYouMean: (names: readonly string[]) =>
      names.length === 1 ? `(Did you mean ${names[0]}?)` : `(Did you mean one of ${names.join(', ')}?)`,
  },
  retirement: {
    confirmationRequired: 'retiring needs --yes when there is no terminal to confirm it on',
    typeAcro: (acro: string) =>
      `Retiring ${acro} closes it: nobody can sign in or order any more. Type the acro (${acro}) to confirm`,
    cancelled: 'cancelled; nothing was changed',
    copySource: (acro: string) => `klantomgeving ${acro} is retired and cannot be copied from`,
    retired: (acro: string) => `Klantomgeving ${acro} retired`,
    reactivated: (acro: string) => `Klantomgeving ${acro} reactivated`,
    alreadyRetired: (acro: string) => `Klantomgeving ${acro} was already retired; nothing changed`,
    alreadyActive: (acro: string) => `Klantomgeving ${acro} was already active; nothing changed`,
    wouldRetire: (acro: string) => `Dry run: klantomgeving ${acro} would be retired; nothing written`,
    wouldReactivate: (acro: string) => `Dry run: klantomgeving ${acro} would be reactivated; nothing written`,
  },
  audit: {
    invalidAction: (values: readonly string[]) => `--action must be one of ${list(values)}`,
    invalidLimit: '--limit must be a positive whole number',
  },
  import: {
    duplicate: (value: string, earlier: number) => `${value} is also in record ${earlier} of this file`,
    cancelled: 'cancelled; the environments created before stay, the rest was not attempted',
    failed: (detail: string) => `creating failed: ${detail}; nothing of this environment was created`,
    stoppedAt: (acro: string) =>
      `The import stopped at ${acro}: the environments created before it stay, the rest was not attempted; run the file again with --skip-existing to go on`,
    unreadable: (source: string, detail: string) => `cannot read ${source}: ${detail}`,
    invalidJson: (detail: string) => `is not valid JSON: ${detail}`,
    notAList: 'a JSON import file must hold an array of forms, or one form per line (NDJSON)',
    invalidCsv: (detail: string) => `is not valid CSV: ${detail}`,
    badCsvHeader: (header: string) =>
      `the CSV header "${header}" is not a field of the form; headers are dot paths such as company.acro or address.city`,
    invalidFormat: '--format must be "csv", "json" or "ndjson"',
    progress: (status: string, acro: string, done: number, total: number) => `${status} ${acro} (${done}/${total})`,
    bar: (done: number, total: number, rate: string, left: string) => `${done}/${total}  ${rate}/s  ${left} left`,
    counts: (counts: readonly (readonly [string, number])[]) =>
      counts.map(([status, n]) => `${n} ${status}`).join(', '),
    dryRun: 'Dry run: nothing was written',
    /** A record's status in the progress lines and the counts; the table and the JSON show the status itself. */
    status: {
      planned: 'planned',
      created: 'created',
      skipped: 'skipped',
      failed: 'failed',
      not_attempted: 'not_attempted',
    } satisfies Record<RecordStatus, string>,
    passwordsNotShown: "The klantadmins' temporary passwords are not shown; use --password-file, or reset them later",
  },
  cancelled: 'cancelled; nothing was created',
  internal: 'an internal error occurred; run again with --debug for details',
  conflictWhileWriting: (step: string) =>
    `another create took the same acro, reference code or username while step "${step}" ran; nothing was created`,
  provisionFailed: (step: string, detail: string) => `step "${step}" failed: ${detail}; nothing was created`,

  help: {
    program: 'Provision and inspect the customer environments (klantomgevingen) of a supplier installation.',
    examples: [
      'Examples:',
      '  $ ecm init --supplier acme --admin jan --admin-email jan@acme.example',
      '  $ ecm klant create                                  # the form, asked field by field',
      '  $ ecm klant create --acro KPN --name "KPN B.V." --no-input',
      '  $ ecm klant create --json klant.json --password-file kpn.pw',
      '  $ ecm klant list --output json',
      '  $ ECM_DATABASE_URL=./ecm.sqlite ecm klant show KPN',
      '',
    ].join('\n'),
    database:
      'where the data lives: a file path, file: URL or postgres:// URL (default: $ECM_DATABASE_URL, else the per-user data file)',
    as: 'the leverancieradmin you act as (default: $ECM_USER, else the only one)',
    output: 'result format on stdout: json or text (default: text; json with --json input)',
    noColor: 'no colours (NO_COLOR and FORCE_COLOR are honoured too)',
    debug: 'show stack traces and internal detail on stderr (also ECM_DEBUG=1)',
    version: 'show the version',
    lang: 'language of the texts: nl or en (default: $ECM_LANG, else LC_ALL, LC_MESSAGES or LANG: nl… is Dutch)',
    help: 'display help for command',
    helpCommand: 'display help for command',
    /** commander's headings, as commander writes them in English. */
    titles: {
      'Usage:': 'Usage:',
      'Arguments:': 'Arguments:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Global Options:': 'Global Options:',
    },
    init: {
      summary: 'set up a supplier installation in an empty database',
      examples:
        'Examples:\n  $ ecm init --supplier acme --admin jan --admin-email jan@acme.example\n  $ ecm init --supplier acme --domain example.com --admin jan --admin-email jan@example.com\n',
      supplier: 'supplier name: lower-case letters, digits and hyphens (the host name)',
      domain: 'domain of the platform',
      admin: 'username of the first leverancieradmin',
      adminEmail: 'e-mail address of the first leverancieradmin',
    },
    leverancieradmin: {
      summary: 'manage supplier admins (leverancieradmins), who can enter every klantomgeving',
      add: 'add a leverancieradmin and create it in every klantomgeving',
      addExamples: 'Examples:\n  $ ecm leverancieradmin add --username piet --email piet@acme.example\n',
      list: 'list the leverancieradmins',
      listExamples: 'Examples:\n  $ ecm leverancieradmin list\n  $ ecm leverancieradmin list --output json\n',
      username: 'username (normalised: accents folded, lower case)',
      email: 'e-mail address',
    },
    klantadmin: {
      summary: "manage a klantomgeving's klantadmins after its create",
      add: 'add a klantadmin to a klantomgeving, with a temporary password (shown once)',
      addExamples: [
        'Examples:',
        '  $ ecm klantadmin add KPN --username kpn.inkoop --email inkoop@kpn.example',
        '  $ ecm klantadmin add KPN --username kpn.inkoop --email inkoop@kpn.example --password-file inkoop.pw',
        '  $ ecm klantadmin add KPN --username kpn.inkoop --email inkoop@kpn.example --dry-run',
        '',
      ].join('\n'),
      resetPassword: 'give a klantadmin a new temporary password (shown once); the old one stops working',
      resetPasswordExamples: [
        'Examples:',
        '  $ ecm klantadmin reset-password KPN kpn.beheer',
        '  $ ecm klantadmin reset-password KPN kpn.beheer --output json --show-password',
        '  $ ecm klantadmin reset-password KPN kpn.beheer --password-file beheer.pw',
        '',
      ].join('\n'),
      username: 'username of the klantadmin (normalised: accents folded, lower case)',
      usernameArgument: 'username of the klantadmin',
      email: 'e-mail address of the klantadmin',
      dryRun: 'check everything; write nothing and make no password',
      showPassword: 'put the temporary password in the JSON result',
      passwordFile: 'write the temporary password to this new file (mode 0600)',
    },
    template: {
      summary: 'the templates a klantomgeving can use',
      list: 'list the templates',
      listExamples: 'Examples:\n  $ ecm template list\n',
    },
    klant: {
      summary: 'create, change, retire and inspect klantomgevingen',
      create: 'create a klantomgeving (customer environment) — the "Klant aanmaken" form',
      createExamples: [
        'Examples:',
        '  $ ecm klant create                                   # asks every field in a terminal',
        '  $ ecm klant create --acro KPN --name "KPN B.V."       # asks only the rest',
        '  $ ecm klant create --acro NS --name "NS" --no-input --street Laan --house-number 1 \\',
        '        --postal-code 3511ab --city Utrecht',
        '  $ ecm klant create --json klant.json --password-file kpn.pw',
        '  $ ecm klant create --json klant.json --dry-run',
        '  $ ecm klant create --save-input kpn.json --dry-run   # fill in the form now, create it later',
        '  $ cat klant.json | ecm klant create --json - --show-password',
        '',
      ].join('\n'),
      json: 'read the whole form as JSON from a file, or - for standard input',
      noInput: 'never ask; fail naming every missing required field',
      yes: 'skip the confirmation at the end of the form',
      dryRun: 'check everything and show the plan; write nothing',
      showPassword: "put the klantadmin's temporary password in the JSON result",
      passwordFile: "write the klantadmin's temporary password to this new file (mode 0600)",
      saveInput: 'write the answers to this file as a form that --json replays (file paths relative to it)',
      force: 'replace the --save-input file if it exists',
      fields: {
        acro: 'bedrijfscode: the permanent identifier (part of the URL and order numbers)',
        name: 'company name',
        referenceCode: 'reference code for the ERP, e.g. a debtor number',
        emailLogo: 'e-mail logo (.png, .jpg; at most 600×100 px recommended)',
        sizeInstructions: 'size instructions (.pdf)',
        adminUsername: 'username of the klantadmin',
        adminEmail: 'e-mail address of the klantadmin',
        copyFrom: 'copy settings from this environment',
        copy: 'categories to copy: a comma-separated list of ids, or all',
        logo: 'portal logo (.png, .jpg; scaled to at most 90 px high)',
        template: 'template name (see ecm template list)',
        street: 'street',
        houseNumber: 'house number',
        houseNumberAddition: 'house number addition',
        postalCode: 'postal code (1234 AB in NL)',
        city: 'city',
        country: 'country, ISO code (default NL)',
        attention: 'attention line',
        phone: 'phone number',
      },
      list: 'list the klantomgevingen',
      listExamples:
        'Examples:\n  $ ecm klant list\n  $ ecm klant list --status retired\n  $ ecm klant list --output json\n',
      status: 'which environments: active, retired or all (default: "all")',
      show: 'show one klantomgeving with its users and settings',
      showExamples: 'Examples:\n  $ ecm klant show KPN\n  $ ecm klant show kpn --output json\n',
      acroArgument: 'the acro (case does not matter)',
      retire: 'retire a klantomgeving: nobody can sign in or order; nothing is deleted, the acro stays taken',
      retireExamples:
        'Examples:\n  $ ecm klant retire KPN                # asks you to type the acro\n  $ ecm klant retire KPN --yes\n  $ ecm klant retire KPN --dry-run\n',
      retireYes: 'retire without asking (needed without a terminal)',
      reactivate: 'reactivate a retired klantomgeving, exactly as it was',
      reactivateExamples:
        'Examples:\n  $ ecm klant reactivate KPN\n  $ ecm klant reactivate KPN --dry-run --output json\n',
      retirementDryRun: 'check everything and show the result; write nothing',
      import: 'create many klantomgevingen from a JSON, NDJSON or CSV file of create forms',
      importExamples: [
        'Examples:',
        '  $ ecm klant import klanten.csv --password-file klanten.pw.csv',
        '  $ ecm klant import klanten.json --dry-run',
        '  $ ecm klant import klanten.csv --skip-existing          # resume an interrupted import',
        '  $ cat klanten.ndjson | ecm klant import - --format ndjson --output json',
        '',
      ].join('\n'),
      importFile: 'the file of forms, or - for standard input',
      importFormat: 'csv, json or ndjson (default: .csv files are CSV, otherwise JSON array or NDJSON)',
      skipExisting: 'leave out records whose acro exists already',
      importDryRun: 'check every record and show what would be created; write nothing',
      importShowPassword: "put the klantadmins' temporary passwords in the JSON result",
      importPasswordFile: "write the klantadmins' temporary passwords to this new CSV file (mode 0600)",
      update: 'change a klantomgeving: name, reference code, files, template or address',
      updateExamples: [
        'Examples:',
        '  $ ecm klant update KPN                                # asks which fields to change, in a terminal',
        '  $ ecm klant update KPN --name "KPN Zakelijk B.V." --city "Den Haag" --postal-code "2595 AA"',
        '  $ ecm klant update KPN --logo kpn-2027.png --template donker',
        '  $ ecm klant update KPN --clear referenceCode,attention',
        '  $ ecm klant update KPN --json changes.json --dry-run',
        '  $ echo \'{"address": null}\' | ecm klant update KPN --json -',
        '',
      ].join('\n'),
      updateJson:
        'read the changes as JSON from a file, or - for standard input: company (without acro), portal.logo, portal.template and address; null clears',
      updateNoInput: 'never ask; without changes given, fail',
      updateYes: 'skip the confirmation after the questions',
      updateDryRun: 'check everything and show what would change; write nothing',
      clear:
        'empty optional fields: referenceCode, emailLogo, sizeInstructions, logo, address, houseNumberAddition, attention, phone',
    },
    audit: {
      summary: 'read the audit trail: who changed what, when',
      list: 'list audit records, newest first',
      listExamples:
        'Examples:\n  $ ecm audit list\n  $ ecm audit list --klant KPN\n  $ ecm audit list --action klant.retire --limit 10 --output json\n',
      klant: 'only the records of this klantomgeving (acro)',
      action: 'only records of this action (e.g. klant.create, klant.retire)',
      limit: 'at most this many records (default 50)',
    },
  },

  summary: {
    initDone: (url: string) => `Supplier installation ready at ${url}`,
    firstAdmin: (username: string, email: string) => `leverancieradmin ${username} <${email}>`,
    adminAdded: (username: string, email: string, environments: number) =>
      `leverancieradmin ${username} <${email}> added, and created in ${environments} ${environments === 1 ? 'klantomgeving' : 'klantomgevingen'}`,
    empty: '(none)',
    created: (acro: string) => `Klantomgeving ${acro} created`,
    dryRun: (acro: string) => `Dry run for ${acro}: everything checked, nothing written`,
    labels: {
      acro: 'Acro',
      name: 'Name',
      referenceCode: 'Reference code',
      url: 'URL',
      template: 'Template',
      emailLogo: 'E-mail logo',
      logo: 'Portal logo',
      sizeInstructions: 'Size instructions',
      address: 'Address',
      copied: 'Copied',
      leverancieradmins: 'Leverancieradmins',
      createdAt: 'Created',
      status: 'Status',
      users: 'Users',
      settings: 'Settings (rows)',
      wouldCopy: 'Would copy',
    },
    none: '—',
    pages: (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`,
    createdBy: (at: string, by: string) => `${at} by ${by}`,
    status: { active: 'active', retired: 'retired' },
    retiredBy: (at: string, by: string) => `retired ${at} by ${by}`,
    klantadminHeading: 'Klantadmin',
    klantadminUsername: 'Username',
    klantadminEmail: 'E-mail',
    temporaryPassword: 'Temporary password',
    passwordExpires: (at: string) => `valid until ${at}; must be changed at first login`,
    passwordHidden: 'not shown (stdout is not a terminal: use --show-password or --password-file)',
    passwordWritten: (path: string) => `written to ${path}`,
    passwordOnTerminal: 'shown once on the terminal, not here',
    passwordFileFailed: (path: string) => `the password could not be written to ${path}; it is shown here instead`,
    passwordNotice: (username: string) => `Temporary password of klantadmin ${username} (shown once):`,
    klantadminOnly: 'This klantadmin has access to this klantomgeving only.',
    warning: 'warning',
    rowCount: (category: string, n: number) => `${category}: ${n}`,
  },

  categories: {
    customerSettings:
      'Customer settings (address choice, budget, complaints, import, order screen, payment methods, signalling, user, workflow)',
    emailSettings: 'E-mail settings and texts',
    languageSettings: 'Language settings',
    permissions: 'Role permissions',
    customFields: 'Custom fields (classes and attributes)',
    validationSettings: 'Validation settings',
    orderStatuses: 'Order statuses',
    returnReasons: 'Return reasons',
    orderCosts: 'Order costs',
    employmentTypes: 'Employment types',
    functions: 'Functions',
    assortment: 'Assortment (product groups, products, sizes and prices)',
    sets: 'Sets',
  } satisfies Record<CategoryId, string>,

  /** The standard templates' descriptions, as `init` stores them (a changed or added one is shown as stored). */
  templates: {
    standaard: 'Clean white layout with the customer logo in the header',
    donker: 'Dark header bar with a light content area, for logos in light colours',
    compact: 'Dense product lists for large assortments and experienced purchasers',
  },

  steps: {
    validate: 'Check the input and the files',
    environment: 'Create the klantomgeving',
    files: 'Store the files',
    department: 'Create the root department with the address',
    defaults: 'Create the standard roles and default settings',
    copy: 'Copy settings from another environment',
    template: 'Apply the template',
    leverancieradmins: 'Create the leverancieradmins',
    klantadmin: 'Create the klantadmin',
    activate: 'Activate the environment and record the audit',
  },
  skip: {
    noCopy: 'no environment to copy from',
    noKlantadmin: 'no klantadmin given',
    noFiles: 'no files given',
  },
  stepStatus: { done: 'done', skipped: 'skipped', failed: 'failed', wouldRun: 'would run' },

  prompts: {
    headings: {
      company: 'Bedrijfsgegevens / company',
      admin: 'Beheerder/klantadmin (optional)',
      portal: 'Portaalgegevens / portal',
      address: 'Adresgegevens / address (optional)',
    },
    company: {
      acro: 'Acro (bedrijfscode, e.g. KPN; part of the URL and order numbers, cannot be changed later)',
      name: 'Company name',
      referenceCode: 'Reference code, e.g. a debtor number (optional)',
      emailLogo: 'E-mail logo, a .png or .jpg file (optional)',
      sizeInstructions: 'Size instructions, a .pdf file (optional)',
    },
    admin: {
      username: 'Klantadmin username (leave empty for no klantadmin)',
      usernameRequired: 'Klantadmin username',
      email: 'Klantadmin e-mail address',
      normalised: (username: string) => `  the username is stored as "${username}"`,
    },
    portal: {
      copyFrom: 'Copy settings from',
      none: 'none (start with the default settings)',
      categories: 'Which categories to copy?',
      categoriesOrNone: 'Which categories to copy? (tick none to copy nothing after all)',
      logo: 'Portal logo, a .png or .jpg file; taller than 90 px is scaled down (optional)',
      template: 'Template',
      defaultTemplate: '(default)',
    },
    address: {
      street: 'Street (leave empty for no address)',
      streetRequired: 'Street',
      houseNumber: 'House number',
      houseNumberAddition: 'House number addition (optional)',
      country: 'Country (two-letter ISO code)',
      postalCode: 'Postal code',
      city: 'City',
      attention: 'Attention line (optional)',
      phone: 'Phone (optional)',
    },
    summary: {
      title: 'Your answers',
      notGiven: '—',
      allCategories: 'all categories',
      labels: {
        company: {
          acro: 'Acro',
          name: 'Name',
          referenceCode: 'Reference code',
          emailLogo: 'E-mail logo',
          sizeInstructions: 'Size instructions',
        },
        admin: { username: 'Username', email: 'E-mail address' },
        portal: { copyFrom: 'Copy settings from', copy: 'Categories', logo: 'Logo', template: 'Template' },
        address: {
          street: 'Street',
          houseNumber: 'House number',
          houseNumberAddition: 'Addition',
          postalCode: 'Postal code',
          city: 'City',
          country: 'Country',
          attention: 'Attention',
          phone: 'Phone',
        },
      },
    },
    confirm: 'Create this klantomgeving?',
    /**
     * The choices at the summary of the answers. Yes and no start with the letters that answered it when it was
     * a yes/no question, and typing a choice's first letters picks it.
     */
    review: {
      create: 'Yes, create it',
      change: (heading: string) => `Change ${heading}`,
      cancel: 'No, cancel (nothing is created)',
      editing:
        '  Each answer stands on the line, ready to edit; Enter keeps it.\n  To empty an optional one, erase it and press Backspace once more.',
    },
    /** The confirmation's answers, and the keys under a list, as @inquirer/prompts shows them in English. */
    yes: 'Yes',
    no: 'No',
    yesNo: { yes: 'Y/n', no: 'y/N' },
    keys: {
      space: 'space',
      navigate: 'navigate',
      select: 'select',
      tick: 'select',
      all: 'all',
      invert: 'invert',
      submit: 'submit',
      type: 'type',
      search: 'to search',
    },
    matches: {
      /** Under a search that found nothing. */
      none: 'nothing matches what you typed',
      /** After the list of files a Tab matched, when it is too long to show whole. */
      more: (count: number) => `… and ${count} more`,
    },
    update: {
      fields: (acro: string) => `Which fields of ${acro} do you want to change?`,
      atLeastOne: 'tick at least one field with the space bar, or press Ctrl-C to change nothing',
      now: (value: string) => `now: ${value}`,
      name: 'Company name',
      referenceCode: 'Reference code (Backspace, then Enter, removes it)',
      referenceCodeNew: 'Reference code',
      fileAction: (label: string, now: string) => `${label} (now ${now})`,
      replace: 'replace it with another file',
      remove: 'remove it',
      emailLogo: 'New e-mail logo, a .png or .jpg file',
      sizeInstructions: 'New size instructions, a .pdf file',
      logo: 'New portal logo, a .png or .jpg file; taller than 90 px is scaled down',
      template: 'Template',
      street: 'Street (Backspace, then Enter, removes the address)',
      confirm: 'Save these changes?',
    },
  },
  // The contract's "Documents for people": the handover page, the branding preview and shell completion.
  documents: {
    help: {
      completion: 'print a shell completion script for bash, zsh or fish',
      completionExamples: [
        'Examples:',
        '  $ source <(ecm completion bash)                   # in ~/.bashrc',
        '  $ source <(ecm completion zsh)                    # in ~/.zshrc',
        '  $ ecm completion fish > ~/.config/fish/completions/ecm.fish',
        '',
      ].join('\n'),
      shell: 'bash, zsh or fish',
      preview: "draw the environment's branding (portal and e-mail header) into a PNG file",
      previewExamples: [
        'Examples:',
        '  $ ecm klant preview KPN --file kpn-preview.png',
        '  $ ecm klant preview KPN --file kpn-preview.png --force --output json',
        '',
      ].join('\n'),
      previewFile: 'the PNG file to write (refused if it exists)',
      force: 'replace the file if it exists',
      handover: "write a one-page PDF for the customer's contact person: portal address, usernames, sign-in",
      handoverExamples: [
        'Examples:',
        '  $ ecm klant handover KPN --file kpn-welkom.pdf',
        '  $ ecm klantadmin reset-password KPN kpn.beheer --handover kpn-beheer.pdf   # with the new password',
        '',
      ].join('\n'),
      handoverFile: 'the PDF file to write (mode 0600; refused if it exists)',
      handoverWithPassword:
        "also write the handover page with this klantadmin's temporary password to this new PDF file (mode 0600)",
    },
    handover: {
      title: (customer: string) => `Welcome to your ordering portal, ${customer}`,
      from: (supplier: string) => `Your workwear is ordered through ${supplier}'s ordering platform.`,
      portalHeading: 'Your portal',
      signIn: (url: string) => `Sign in at ${url} with your username and password.`,
      usernamesHeading: 'Your administrators (klantadmins)',
      noUsernames: 'No klantadmin has been set up yet; your supplier will let you know when one is.',
      passwordHeading: (username: string) => `Temporary password of ${username}`,
      passwordExpires: (at: Date) =>
        `Valid until ${at.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.`,
      changeAtFirstLogin: 'You must change it when you sign in for the first time.',
      keepSafe: 'Keep this page safe until the password has been changed, then destroy it.',
      footer: (supplier: string) => `Handed over by ${supplier}.`,
    },
    fileExists: (path: string) => `${path} already exists; give --force to replace it`,
    fileUnwritable: (path: string) => `cannot write ${path}`,
    handoverWritten: (acro: string, file: string) => `Handover page of ${acro} written to ${file}`,
    handoverFailed: (file: string) => `could not write the handover page ${file}`,
    previewWritten: (acro: string, file: string, width: number, height: number) =>
      `Preview of ${acro} written to ${file} (${width} × ${height} px)`,
    unknownShell: (shell: string | undefined, shells: readonly string[]) =>
      shell === undefined ? `give the shell: ${list(shells)}` : `unknown shell "${shell}"; expected ${list(shells)}`,
    unknownLookup: (lookup: string, lookups: readonly string[]) =>
      `unknown lookup "${lookup}"; expected ${list(lookups)}`,
  },
} as const;
