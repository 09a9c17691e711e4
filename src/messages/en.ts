/**
 * English texts, with the manual's Dutch terms kept where staff know them by those names
 * (klant, klantadmin, leverancieradmin, acro, klantomgeving).
 */
import type { RecordStatus } from '../app/import-klanten.js';
import type { CategoryId } from '../klant/categories.js';
import { help } from './en/help.js';
import { prompts } from './en/prompts.js';

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

  help,

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

  prompts,
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
