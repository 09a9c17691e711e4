/** The questions of the interactive forms, their choices and the keys under them, in English. */
export const prompts = {
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
} as const;
