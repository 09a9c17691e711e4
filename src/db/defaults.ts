/**
 * The data every new customer environment starts with. Plain objects, free of any database, so that every
 * implementation of the repositories writes the same defaults. Nothing here may depend on the environment
 * itself (its acro, name or URL): these rows are what another environment later copies.
 */
import type { RoleKey } from './ports.js';

export const STANDARD_ROLES: readonly { key: RoleKey; name: string; level: number }[] = [
  { key: 'drager', name: 'Drager', level: 1 },
  { key: 'groepsleider', name: 'Groepsleider', level: 2 },
  { key: 'besteller', name: 'Besteller', level: 3 },
  { key: 'klantadmin', name: 'Klantadmin', level: 4 },
  { key: 'leverancieradmin', name: 'Leverancieradmin', level: 5 },
];

export type SettingsCategory = 'customerSettings' | 'emailSettings' | 'languageSettings' | 'validationSettings';

export const DEFAULT_SETTINGS: Record<SettingsCategory, Record<string, string>> = {
  customerSettings: {
    // Offers the root department's address (the company address) as delivery address in the order screen.
    'addressChoice.offerCompanyAddress': 'true',
    'addressChoice.offerDepartmentAddress': 'true',
    'addressChoice.allowOtherAddress': 'false',
    'budget.enabled': 'false',
    'budget.period': 'year',
    'budget.allowOverspend': 'false',
    'complaints.enabled': 'true',
    'complaints.photoRequired': 'false',
    'import.usersEnabled': 'false',
    'import.delimiter': ';',
    'orderScreen.showPrices': 'true',
    'orderScreen.showStock': 'false',
    'orderScreen.showSizeInstructions': 'true',
    'orderScreen.maxQuantityPerLine': '10',
    'paymentMethods.invoice': 'true',
    'paymentMethods.ideal': 'false',
    'paymentMethods.creditCard': 'false',
    'signalling.budgetWarningPercent': '80',
    'signalling.notifyApproverOnOrder': 'true',
    'user.allowSelfRegistration': 'false',
    'user.sessionTimeoutMinutes': '30',
    'workflow.approvalRequired': 'true',
    'workflow.approvalRole': 'groepsleider',
    'workflow.autoApproveBelowCents': '0',
  },
  emailSettings: {
    'settings.senderName': '{{leverancier.naam}}',
    'settings.sendOrderConfirmation': 'true',
    'settings.sendShippingNotification': 'true',
    'settings.bccOrderConfirmations': 'false',
    'texts.orderConfirmation.subject': 'Bevestiging van uw bestelling {{bestelling.nummer}}',
    'texts.orderConfirmation.body':
      'Beste {{gebruiker.naam}},\n\nWij hebben uw bestelling {{bestelling.nummer}} ontvangen en gaan ermee aan de slag.',
    'texts.shippingNotification.subject': 'Uw bestelling {{bestelling.nummer}} is verzonden',
    'texts.shippingNotification.body':
      'Beste {{gebruiker.naam}},\n\nUw bestelling {{bestelling.nummer}} is onderweg. Track & trace: {{zending.trackTrace}}',
    'texts.passwordReset.subject': 'Nieuw wachtwoord voor {{portaal.naam}}',
  },
  languageSettings: {
    defaultLanguage: 'nl',
    availableLanguages: 'nl,en',
    dateFormat: 'dd-MM-yyyy',
    decimalSeparator: ',',
  },
  validationSettings: {
    'email.required': 'true',
    'personnelNumber.required': 'false',
    'personnelNumber.pattern': '^[0-9]{1,10}$',
    'costCenter.required': 'false',
    'phone.required': 'false',
    'orderReference.required': 'false',
  },
};

// Each role may do what the roles below it may, plus these.
const PERMISSIONS_ADDED_BY: Record<RoleKey, readonly string[]> = {
  drager: ['order.create', 'order.viewOwn', 'return.create', 'complaint.create', 'budget.viewOwn'],
  groepsleider: ['order.viewDepartment', 'order.approve', 'budget.viewDepartment', 'user.viewDepartment'],
  besteller: ['order.createForOthers', 'return.createForOthers'],
  klantadmin: [
    'order.viewAll',
    'return.approve',
    'user.manage',
    'department.manage',
    'budget.manage',
    'settings.manage',
    'report.view',
  ],
  leverancieradmin: ['environment.manage', 'assortment.manage', 'template.manage', 'import.run'],
};

export const DEFAULT_ROLE_PERMISSIONS: readonly { role: RoleKey; permissions: readonly string[] }[] =
  STANDARD_ROLES.map((role, i) => ({
    role: role.key,
    permissions: STANDARD_ROLES.slice(0, i + 1).flatMap((lower) => PERMISSIONS_ADDED_BY[lower.key]),
  }));

export const DEFAULT_CUSTOM_FIELDS: readonly {
  code: string;
  name: string;
  appliesTo: string;
  attributes: readonly { code: string; name: string; type: string; required: boolean }[];
}[] = [
  {
    code: 'person',
    name: 'Persoonsgegevens',
    appliesTo: 'user',
    attributes: [
      { code: 'personnelNumber', name: 'Personeelsnummer', type: 'text', required: false },
      { code: 'costCenter', name: 'Kostenplaats', type: 'text', required: false },
      { code: 'startDate', name: 'Datum in dienst', type: 'date', required: false },
    ],
  },
  {
    code: 'order',
    name: 'Bestelgegevens',
    appliesTo: 'order',
    attributes: [{ code: 'purchaseOrderNumber', name: 'Inkoopordernummer', type: 'text', required: false }],
  },
  { code: 'department', name: 'Afdelingsgegevens', appliesTo: 'department', attributes: [] },
];

export const DEFAULT_ORDER_STATUSES: readonly { code: string; name: string }[] = [
  { code: 'new', name: 'Nieuw' },
  { code: 'approved', name: 'Goedgekeurd' },
  { code: 'in_progress', name: 'In behandeling' },
  { code: 'shipped', name: 'Verzonden' },
  { code: 'delivered', name: 'Geleverd' },
  { code: 'cancelled', name: 'Geannuleerd' },
];

export const DEFAULT_RETURN_REASONS: readonly { code: string; name: string }[] = [
  { code: 'wrong_size', name: 'Verkeerde maat' },
  { code: 'damaged', name: 'Beschadigd ontvangen' },
  { code: 'wrong_article', name: 'Verkeerd artikel geleverd' },
  { code: 'not_as_expected', name: 'Voldoet niet aan verwachting' },
  { code: 'left_employment', name: 'Uit dienst getreden' },
];

export const DEFAULT_ORDER_COSTS: readonly { code: string; name: string; amountCents: number }[] = [
  { code: 'shipping', name: 'Verzendkosten', amountCents: 695 },
  { code: 'small_order', name: 'Toeslag kleine order', amountCents: 1500 },
  { code: 'express', name: 'Spoedlevering', amountCents: 2500 },
];
