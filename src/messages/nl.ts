/**
 * Nederlandse teksten, in de woorden van de handleiding "Klant aanmaken": klantomgeving, bedrijfsgegevens,
 * portaalgegevens, adresgegevens, acro (bedrijfscode), referentiecode, maatinstructies, klantadmin,
 * leverancieradmin, afdeling. Zelfde vorm als `en.ts`; de compiler weigert een tekst die ontbreekt.
 */
import type { Messages } from './index.js';
import { help } from './nl/help.js';
import { prompts } from './nl/prompts.js';

const list = (items: readonly string[]): string => items.join(', ');

/** "a list", "a number": how `copy.notText` names a value that is not text. */
const KINDS: Record<string, string> = {
  list: 'een lijst',
  null: 'null',
  number: 'een getal',
  boolean: 'een waarheidswaarde',
  object: 'een object',
  bigint: 'een getal',
  undefined: 'niets',
};

export const nl: Messages = {
  /**
   * Een melding volgt het pad van een veld ("company.name: is verplicht"); onder een vraag staat ze op zichzelf
   * en wordt ze een zin. Een melding die met een bestandspad begint, houdt dat zoals het is getypt.
   */
  sentence: (message: string) => {
    if (/^(is|moet|mag) /.test(message)) return `Dit ${message}`;
    return /^[a-zë]+ /.test(message) ? message.charAt(0).toUpperCase() + message.slice(1) : message;
  },
  field: {
    required: 'is verplicht',
    notText: 'moet tekst zijn',
    notAnObject: 'moet een JSON-object zijn',
    tooLong: (max: number) => `mag hoogstens ${max} tekens lang zijn`,
    invalidEmail: 'is geen geldig e-mailadres (verwacht iets als naam@voorbeeld.nl)',
    unknownKey: (key: string) => `onbekend veld "${key}" (controleer de spelling)`,
  },
  text: {
    control_character: 'mag geen stuurtekens bevatten (zoals escape, NUL, tab of een regeleinde)',
    bidi_control: 'mag geen tekens bevatten die de schrijfrichting omkeren of isoleren (U+202A–U+202E, U+2066–U+2069)',
    invalid_unicode: 'mag geen kapotte tekens bevatten (een losse UTF-16-surrogaat)',
    no_visible_text: 'moet minstens één zichtbaar teken bevatten',
  },
  acro: {
    too_long:
      'de acro mag hoogstens 50 tekens lang zijn (korter is beter: hij is onderdeel van de URL en van elk ordernummer)',
    acro_invalid_characters:
      'de acro mag alleen letters A-Z, cijfers en losse koppeltekens bevatten, en moet met een letter of cijfer beginnen en eindigen',
    acro_reserved: 'deze acro is een pad dat de leverancierssite zelf gebruikt; kies een andere',
    taken: (acro: string) => `acro "${acro}" is al in gebruik (hoofd- en kleine letters tellen niet mee)`,
  },
  username: {
    empty: 'van de gebruikersnaam blijft na het normaliseren geen bruikbaar teken over (a-z, 0-9, ".", "_", "-", "@")',
    takenBySupplierAdmin: (username: string) =>
      `gebruikersnaam "${username}" hoort bij een leverancieradmin, die in elke nieuwe klantomgeving wordt aangemaakt; kies een andere`,
    supplierAdminExists: (username: string) => `er bestaat al een leverancieradmin met gebruikersnaam "${username}"`,
    takenInEnvironments: (username: string, acros: readonly string[]) =>
      `gebruikersnaam "${username}" is al in gebruik in ${acros.length === 1 ? 'klantomgeving' : 'klantomgevingen'} ${list(acros)}`,
  },
  admin: {
    emailRequired: 'een e-mailadres is verplicht als er een gebruikersnaam voor de klantadmin is opgegeven',
    usernameRequired: 'een gebruikersnaam is verplicht als er een e-mailadres voor de klantadmin is opgegeven',
  },
  referenceCode: {
    taken: (code: string) => `referentiecode "${code}" wordt al door een andere klantomgeving gebruikt`,
  },
  copy: {
    notAList: 'moet een lijst van categorie-id\'s zijn, of "all"',
    notText: (kind: string) => `(${KINDS[kind] ?? kind}, geen tekst)`,
    empty: 'kies minstens één categorie om over te nemen, of laat "instellingen overnemen van" leeg',
    unknownCategory: (given: string, ids: readonly string[]) =>
      `onbekende categorie ${given}; bekend zijn: ${list(ids)}`,
    categoriesRequired: 'kies welke categorieën worden overgenomen (een lijst van categorie-id\'s, of "all")',
    sourceRequired: 'over te nemen categorieën hebben een klantomgeving nodig om ze van over te nemen (copyFrom)',
    requires: (category: string, needs: string) =>
      `"${category}" kan alleen samen met "${needs}" worden overgenomen, naar wiens rijen het verwijst`,
    sourceNotFound: (acro: string) => `er is geen klantomgeving "${acro}" om instellingen van over te nemen`,
  },
  template: {
    unknown: (name: string, names: readonly string[]) => `onbekende template "${name}"; beschikbaar: ${list(names)}`,
  },
  address: {
    required: 'is verplicht als er een adres is opgegeven',
    invalidCountry: 'moet een landcode van twee letters zijn (ISO), zoals NL, BE of DE',
    invalidPostalCode: 'een Nederlandse postcode ziet eruit als 1234 AB',
    invalidHouseNumber: 'een huisnummer begint met een cijfer (letters horen in de toevoeging)',
    invalidPhone: 'een telefoonnummer bevat cijfers, spaties, "-", "(", ")" en eventueel een "+" vooraan',
  },
  file: {
    wrongExtension: (extensions: readonly string[]) => `de bestandsnaam moet eindigen op ${list(extensions)}`,
    missing: (path: string) => `bestand niet gevonden: ${path}`,
    notAFile: (path: string) => `geen gewoon bestand: ${path}`,
    unreadable: (path: string) => `bestand kan niet worden gelezen: ${path}`,
    tooLarge: (path: string, maxMb: number) => `${path} is groter dan ${maxMb} MB`,
    empty: (path: string) => `${path} is leeg`,
    notAnImage: (path: string) => `${path} is geen PNG- of JPEG-afbeelding (beoordeeld op de inhoud, niet op de naam)`,
    corruptImage: (path: string) => `${path} is beschadigd en kan niet als afbeelding worden gelezen`,
    tooManyPixels: (path: string, megapixels: number, max: number) =>
      `${path} heeft ${megapixels.toFixed(1).replace('.', ',')} megapixel; hoogstens ${max} is toegestaan`,
    notAPdf: (path: string) => `${path} is geen PDF-document`,
    corruptPdf: (path: string) => `${path} is beschadigd en kan niet als PDF worden gelezen`,
    encryptedPdf: (path: string) =>
      `${path} heeft een wachtwoord nodig om te openen; upload een kopie zonder wachtwoord`,
    pdfWithoutPages: (path: string) => `${path} heeft geen pagina's`,
    pdfTimeout: (path: string) => `het lezen van ${path} duurde te lang en is afgebroken`,
    emailLogoTooLarge: (width: number, height: number) =>
      `het e-mail logo is ${width}×${height} px; hoogstens 600×100 px wordt aangeraden, anders kan het in e-mails te groot worden getoond`,
  },
  operator: {
    noneNamed: (names: readonly string[]) =>
      `er zijn meerdere leverancieradmins (${list(names)}); zeg wie u bent met --as <gebruikersnaam> of ECM_USER`,
    noneExists: 'er is nog geen leverancieradmin; voeg er een toe met "ecm leverancieradmin add"',
    unknown: (name: string, names: readonly string[]) =>
      `"${name}" is geen leverancieradmin; bekend zijn: ${list(names)}`,
    question: 'Welke leverancieradmin bent u?',
    cancelled: 'geannuleerd; er is niets gedaan',
  },
  savedInput: {
    exists: (path: string) => `--save-input ${path} bestaat al; geef --force om het te vervangen`,
    unwritable: (path: string) =>
      `--save-input ${path} kan niet worden geschreven: de map ontbreekt of is niet schrijfbaar`,
    saved: (path: string) =>
      `De antwoorden zijn bewaard in ${path}; "ecm klant create --json ${path}" voert ze opnieuw uit.`,
  },
  setup: {
    notInitialised:
      'deze database is nog niet ingericht; voer eerst "ecm init --supplier <naam> --admin <gebruikersnaam> --admin-email <e-mailadres>" uit',
    noDatabase: (path: string) =>
      `er is geen database op ${path}; controleer --database of ECM_DATABASE_URL, of richt hem in met "ecm init --supplier <naam> --admin <gebruikersnaam> --admin-email <e-mailadres>"`,
    alreadyInitialised: (name: string) => `deze database is al ingericht voor leverancier "${name}"`,
    invalidSupplierName:
      'de naam van de leverancier mag alleen kleine letters, cijfers en koppeltekens bevatten (het is de hostnaam)',
    invalidDomain: 'moet een domeinnaam zijn, zoals ecmanage.nl',
  },
  database: {
    unreachable: (detail: string) => `de database kon niet worden geopend: ${detail}`,
    unsupportedUrl: (url: string) =>
      `database-URL "${url}" wordt niet ondersteund; gebruik een bestandspad, een file:-URL of postgres://`,
    busy: 'de database is bezig met een andere wijziging die niet binnen 5 seconden klaar was; probeer het opnieuw',
    newerSchema: 'deze database is ingericht door een nieuwere versie van ecm; werk ecm bij om hem te gebruiken',
    serverUnreachable: (url: string, detail: string) => `de PostgreSQL-server van ${url} is niet bereikbaar: ${detail}`,
    noAnswer: (seconds: number) => `geen antwoord binnen ${seconds} s`,
    authFailed: (url: string) =>
      `de PostgreSQL-server weigerde de gebruikersnaam of het wachtwoord in ${url}; controleer ze, en of deze gebruiker mag inloggen`,
    missing: (url: string) => `de database in ${url} bestaat niet op die server; maak hem eerst aan (createdb)`,
  },
  retired: {
    refused: (acro: string) =>
      `klantomgeving ${acro} is buiten gebruik gesteld; neem hem eerst weer in gebruik ("ecm klant reactivate ${acro}")`,
  },
  klantadmin: {
    usernameTaken: (username: string, acro: string) =>
      `gebruikersnaam "${username}" is al in gebruik in klantomgeving ${acro}; kies een andere`,
    notFound: (username: string, acro: string) => `klantomgeving ${acro} heeft geen klantadmin "${username}"`,
  },
  klantadminSummary: {
    added: (username: string, acro: string) => `Klantadmin ${username} toegevoegd aan klantomgeving ${acro}`,
    reset: (username: string, acro: string) => `Nieuw tijdelijk wachtwoord voor klantadmin ${username} van ${acro}`,
    addDryRun: (username: string, acro: string) =>
      `Proefrun: klantadmin ${username} kan aan ${acro} worden toegevoegd; niets opgeslagen, geen wachtwoord gemaakt`,
    resetDryRun: (username: string, acro: string) =>
      `Proefrun: het wachtwoord van klantadmin ${username} van ${acro} kan opnieuw worden ingesteld; niets opgeslagen, geen wachtwoord gemaakt`,
  },
  list: {
    invalidStatus: (values: readonly string[]) => `--status moet een van deze zijn: ${list(values)}`,
  },
  show: {
    notFound: (acro: string) => `er is geen klantomgeving "${acro}"`,
  },
  update: {
    acroImmutable:
      'de acro kan niet worden gewijzigd: hij is onderdeel van het internetadres en van elk ordernummer (maak in plaats daarvan een nieuwe klantomgeving aan)',
    notChangeable: {
      admin: 'klantadmins horen niet bij "klant update"; voeg er een toe met "ecm klantadmin add"',
      copy: 'instellingen worden alleen overgenomen bij het aanmaken van een klantomgeving',
    },
    nothingToChange:
      'niets te wijzigen: geef de te wijzigen velden als opties, --clear <veld,...> of --json (zie "ecm klant update --help")',
    templateRequired: 'een klantomgeving heeft altijd een template; noem er een (zie "ecm template list")',
    notClearable: 'is verplicht en kan niet worden leeggemaakt',
    addressKeyNotClearable:
      'is verplicht zolang er een adres is en kan niet los worden leeggemaakt; maak het hele adres leeg met --clear address',
    unknownClear: (given: string, names: readonly string[]) =>
      `--clear noemt een onbekend veld "${given}"; velden die leeggemaakt kunnen worden: ${list(names)}`,
    setAndCleared: (flag: string) => `is zowel opgegeven (${flag}) als leeggemaakt (--clear); kies een van beide`,
    referenceCodeTakenWhileWriting:
      'een andere klantomgeving nam deze referentiecode in gebruik terwijl de wijziging werd opgeslagen; er is niets gewijzigd',
    failed: (detail: string) => `de wijziging kon niet worden opgeslagen: ${detail}; er is niets gewijzigd`,
    cancelled: 'afgebroken; er is niets gewijzigd',
    changed: (acro: string) => `Klantomgeving ${acro} gewijzigd`,
    unchanged: (acro: string) => `Klantomgeving ${acro}: niets gewijzigd (deze waarden had hij al)`,
    dryRun: (acro: string) => `Proefrun voor ${acro}: alles gecontroleerd, niets opgeslagen`,
    wouldChange: 'Zou wijzigen:',
    nothingWouldChange: 'Er zou niets wijzigen: deze waarden zijn er al.',
    addressKey: (label: string) => `Adres: ${label.toLowerCase()}`,
  },
  input: {
    jsonWithFlags: (flags: readonly string[]) =>
      `--json kan niet samen met opties voor velden worden gebruikt (${list(flags)})`,
    jsonUnreadable: (source: string, detail: string) => `kan geen JSON lezen uit ${source}: ${detail}`,
    jsonInvalid: (source: string, detail: string) => `${source} is geen geldige JSON: ${detail}`,
    missingRequired: (flag: string) =>
      `is verplicht (geef ${flag}, of start in een terminal om het gevraagd te worden)`,
    passwordFileExists: (path: string) => `${path} bestaat al; het wachtwoordbestand moet nieuw zijn`,
    passwordFileDir: (path: string) => `het wachtwoordbestand ${path} kan niet worden aangemaakt`,
    invalidOutput: '--output moet "json" of "text" zijn',
    missingCommand: 'er ontbreekt een opdracht; zie de hulp hierboven, of voer "ecm --help" uit',
    invalidArguments: (detail: string) => `${detail} (zie ecm --help)`,
    invalidLanguage: (given: string) => `--lang moet "nl" of "en" zijn, niet "${given}"`,
    standardInput: 'standaardinvoer',
    noSuchFile: 'bestand bestaat niet',
  },
  commander: {
    unknownOption: (flag: string) => `onbekende optie '${flag}'`,
    unknownCommand: (name: string) => `onbekende opdracht '${name}'`,
    missingArgument: (name: string) => `verplicht argument '${name}' ontbreekt`,
    optionMissingArgument: (flags: string) => `bij optie '${flags}' ontbreekt de waarde`,
    excessArguments: (command: string | null, expected: number, got: number) =>
      `te veel argumenten${command === null ? '' : ` voor '${command}'`}: ${expected === 1 ? '1 verwacht' : `${expected} verwacht`}, ${got} gekregen.`,
    didYouMean: (names: readonly string[]) =>
      names.length === 1 ? `(Bedoelde u ${names[0]}?)` : `(Bedoelde u een van ${names.join(', ')}?)`,
  },
  retirement: {
    confirmationRequired: 'buiten gebruik stellen vraagt om --yes als er geen terminal is om het op te bevestigen',
    typeAcro: (acro: string) =>
      `Buiten gebruik stellen sluit ${acro}: niemand kan nog inloggen of bestellen. Typ de acro (${acro}) om te bevestigen`,
    cancelled: 'afgebroken; er is niets gewijzigd',
    copySource: (acro: string) =>
      `klantomgeving ${acro} is buiten gebruik gesteld; er kunnen geen instellingen van worden overgenomen`,
    retired: (acro: string) => `Klantomgeving ${acro} buiten gebruik gesteld`,
    reactivated: (acro: string) => `Klantomgeving ${acro} weer in gebruik genomen`,
    alreadyRetired: (acro: string) => `Klantomgeving ${acro} was al buiten gebruik gesteld; er is niets gewijzigd`,
    alreadyActive: (acro: string) => `Klantomgeving ${acro} was al in gebruik; er is niets gewijzigd`,
    wouldRetire: (acro: string) =>
      `Proefrun: klantomgeving ${acro} zou buiten gebruik worden gesteld; niets opgeslagen`,
    wouldReactivate: (acro: string) =>
      `Proefrun: klantomgeving ${acro} zou weer in gebruik worden genomen; niets opgeslagen`,
  },
  audit: {
    invalidAction: (values: readonly string[]) => `--action moet een van deze zijn: ${list(values)}`,
    invalidLimit: '--limit moet een positief geheel getal zijn',
  },
  import: {
    duplicate: (value: string, earlier: number) => `${value} staat ook in record ${earlier} van dit bestand`,
    cancelled: 'afgebroken; de klantomgevingen die al waren aangemaakt blijven bestaan, de rest is niet geprobeerd',
    failed: (detail: string) => `aanmaken mislukt: ${detail}; van deze klantomgeving is niets aangemaakt`,
    stoppedAt: (acro: string) =>
      `Het importeren is gestopt bij ${acro}: de klantomgevingen die al waren aangemaakt blijven bestaan, de rest is niet geprobeerd; importeer het bestand opnieuw met --skip-existing om verder te gaan`,
    unreadable: (source: string, detail: string) => `kan ${source} niet lezen: ${detail}`,
    invalidJson: (detail: string) => `is geen geldige JSON: ${detail}`,
    notAList: 'een JSON-importbestand moet een array van formulieren bevatten, of één formulier per regel (NDJSON)',
    invalidCsv: (detail: string) => `is geen geldige CSV: ${detail}`,
    badCsvHeader: (header: string) =>
      `de CSV-kop "${header}" is geen veld van het formulier; koppen zijn paden met punten, zoals company.acro of address.city`,
    invalidFormat: '--format moet "csv", "json" of "ndjson" zijn',
    progress: (status: string, acro: string, done: number, total: number) => `${status} ${acro} (${done}/${total})`,
    bar: (done: number, total: number, rate: string, left: string) =>
      `${done}/${total}  ${rate.replace('.', ',')}/s  nog ${left}`,
    counts: (counts: readonly (readonly [string, number])[]) =>
      counts.map(([status, n]) => `${n} ${status}`).join(', '),
    dryRun: 'Proefrun: er is niets opgeslagen',
    status: {
      planned: 'gepland',
      created: 'aangemaakt',
      skipped: 'overgeslagen',
      failed: 'mislukt',
      not_attempted: 'niet geprobeerd',
    },
    passwordsNotShown:
      'De tijdelijke wachtwoorden van de klantadmins worden niet getoond; gebruik --password-file, of stel ze later opnieuw in',
  },
  cancelled: 'afgebroken; er is niets aangemaakt',
  internal: 'er is een interne fout opgetreden; voer de opdracht opnieuw uit met --debug voor details',
  conflictWhileWriting: (step: string) =>
    `een andere aanmaak nam dezelfde acro, referentiecode of gebruikersnaam in gebruik tijdens stap "${step}"; er is niets aangemaakt`,
  provisionFailed: (step: string, detail: string) => `stap "${step}" is mislukt: ${detail}; er is niets aangemaakt`,

  help,

  summary: {
    initDone: (url: string) => `Leveranciersinstallatie klaar op ${url}`,
    firstAdmin: (username: string, email: string) => `leverancieradmin ${username} <${email}>`,
    adminAdded: (username: string, email: string, environments: number) =>
      `leverancieradmin ${username} <${email}> toegevoegd, en aangemaakt in ${environments} ${environments === 1 ? 'klantomgeving' : 'klantomgevingen'}`,
    empty: '(geen)',
    created: (acro: string) => `Klantomgeving ${acro} aangemaakt`,
    dryRun: (acro: string) => `Proefrun voor ${acro}: alles gecontroleerd, niets opgeslagen`,
    labels: {
      acro: 'Acro',
      name: 'Naam',
      referenceCode: 'Referentiecode',
      url: 'URL',
      template: 'Template',
      emailLogo: 'E-mail logo',
      logo: 'Portaallogo',
      sizeInstructions: 'Maatinstructies',
      address: 'Adres',
      copied: 'Overgenomen',
      leverancieradmins: 'Leverancieradmins',
      createdAt: 'Aangemaakt',
      status: 'Status',
      users: 'Gebruikers',
      settings: 'Instellingen (rijen)',
      wouldCopy: 'Zou overnemen',
    },
    none: '—',
    pages: (n: number) => `${n} ${n === 1 ? 'pagina' : "pagina's"}`,
    createdBy: (at: string, by: string) => `${at} door ${by}`,
    status: { active: 'in gebruik', retired: 'buiten gebruik' },
    retiredBy: (at: string, by: string) => `buiten gebruik gesteld ${at} door ${by}`,
    klantadminHeading: 'Klantadmin',
    klantadminUsername: 'Gebruikersnaam',
    klantadminEmail: 'E-mailadres',
    temporaryPassword: 'Tijdelijk wachtwoord',
    passwordExpires: (at: string) => `geldig tot ${at}; moet bij de eerste keer inloggen worden gewijzigd`,
    passwordHidden: 'niet getoond (stdout is geen terminal: gebruik --show-password of --password-file)',
    passwordWritten: (path: string) => `geschreven naar ${path}`,
    passwordOnTerminal: 'eenmaal getoond in de terminal, niet hier',
    passwordFileFailed: (path: string) =>
      `het wachtwoord kon niet naar ${path} worden geschreven; het wordt in plaats daarvan hier getoond`,
    passwordNotice: (username: string) => `Tijdelijk wachtwoord van klantadmin ${username} (eenmaal getoond):`,
    klantadminOnly: 'Deze klantadmin heeft alleen toegang tot deze klantomgeving.',
    warning: 'waarschuwing',
    rowCount: (category: string, n: number) => `${category}: ${n}`,
  },

  categories: {
    customerSettings:
      'Klantinstellingen (adreskeuze, budget, klachten, import, bestelscherm, betaalmethoden, signalering, gebruiker, workflow)',
    emailSettings: 'E-mailinstellingen en -teksten',
    languageSettings: 'Taalinstellingen',
    permissions: 'Rechten per rol',
    customFields: 'Vrije velden (klassen en attributen)',
    validationSettings: 'Validatie-instellingen',
    orderStatuses: 'Orderstatussen',
    returnReasons: 'Retourredenen',
    orderCosts: 'Orderkosten',
    employmentTypes: 'Dienstverbanden',
    functions: 'Functies',
    assortment: 'Assortiment (productgroepen, producten, maten en prijzen)',
    sets: 'Pakketten (sets)',
  },

  templates: {
    standaard: 'Rustige witte opmaak met het logo van de klant in de kop',
    donker: "Donkere kopbalk boven een licht inhoudsvlak, voor logo's in lichte kleuren",
    compact: 'Compacte productlijsten voor grote assortimenten en ervaren inkopers',
  },

  steps: {
    validate: 'Invoer en bestanden controleren',
    environment: 'Klantomgeving aanmaken',
    files: 'Bestanden opslaan',
    department: 'Hoofdafdeling met het adres aanmaken',
    defaults: 'Standaardrollen en standaardinstellingen aanmaken',
    copy: 'Instellingen overnemen van een andere klantomgeving',
    template: 'Template toepassen',
    leverancieradmins: 'Leverancieradmins aanmaken',
    klantadmin: 'Klantadmin aanmaken',
    activate: 'Klantomgeving activeren en de audit vastleggen',
  },
  skip: {
    noCopy: 'geen klantomgeving om van over te nemen',
    noKlantadmin: 'geen klantadmin opgegeven',
    noFiles: 'geen bestanden opgegeven',
  },
  stepStatus: { done: 'klaar', skipped: 'overgeslagen', failed: 'mislukt', wouldRun: 'zou worden uitgevoerd' },

  prompts,
  documents: {
    help: {
      completion: 'druk een script af dat ecm-opdrachten aanvult in bash, zsh of fish',
      completionExamples: [
        'Voorbeelden:',
        '  $ source <(ecm completion bash)                   # in ~/.bashrc',
        '  $ source <(ecm completion zsh)                    # in ~/.zshrc',
        '  $ ecm completion fish > ~/.config/fish/completions/ecm.fish',
        '',
      ].join('\n'),
      shell: 'bash, zsh of fish',
      preview: 'teken de huisstijl van de klantomgeving (kop van het portaal en van de e-mail) in een PNG-bestand',
      previewExamples: [
        'Voorbeelden:',
        '  $ ecm klant preview KPN --file kpn-voorbeeld.png',
        '  $ ecm klant preview KPN --file kpn-voorbeeld.png --force --output json',
        '',
      ].join('\n'),
      previewFile: 'het PNG-bestand dat wordt geschreven (geweigerd als het al bestaat)',
      force: 'vervang het bestand als het al bestaat',
      handover:
        'schrijf een PDF van één pagina voor de contactpersoon van de klant: portaaladres, gebruikersnamen, inloggen',
      handoverExamples: [
        'Voorbeelden:',
        '  $ ecm klant handover KPN --file kpn-welkom.pdf',
        '  $ ecm klantadmin reset-password KPN kpn.beheer --handover kpn-beheer.pdf   # met het nieuwe wachtwoord',
        '',
      ].join('\n'),
      handoverFile: 'het PDF-bestand dat wordt geschreven (modus 0600; geweigerd als het al bestaat)',
      handoverWithPassword:
        'schrijf ook de overdrachtspagina met het tijdelijke wachtwoord van deze klantadmin naar dit nieuwe PDF-bestand (modus 0600)',
    },
    handover: {
      title: (customer: string) => `Welkom in uw bestelportaal, ${customer}`,
      from: (supplier: string) => `Uw bedrijfskleding bestelt u via het bestelplatform van ${supplier}.`,
      portalHeading: 'Uw portaal',
      signIn: (url: string) => `Log in op ${url} met uw gebruikersnaam en wachtwoord.`,
      usernamesHeading: 'Uw beheerders (klantadmins)',
      noUsernames: 'Er is nog geen klantadmin aangemaakt; uw leverancier laat het u weten zodra dat zo is.',
      passwordHeading: (username: string) => `Tijdelijk wachtwoord van ${username}`,
      passwordExpires: (at: Date) =>
        `Geldig tot ${at.toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' })}.`,
      changeAtFirstLogin: 'U moet het wijzigen als u voor het eerst inlogt.',
      keepSafe: 'Bewaar deze pagina veilig tot het wachtwoord is gewijzigd en vernietig haar daarna.',
      footer: (supplier: string) => `Overgedragen door ${supplier}.`,
    },
    fileExists: (path: string) => `${path} bestaat al; geef --force om het te vervangen`,
    fileUnwritable: (path: string) => `kan ${path} niet schrijven`,
    handoverWritten: (acro: string, file: string) => `Overdrachtspagina van ${acro} geschreven naar ${file}`,
    handoverFailed: (file: string) => `kon de overdrachtspagina ${file} niet schrijven`,
    previewWritten: (acro: string, file: string, width: number, height: number) =>
      `Voorbeeld van ${acro} geschreven naar ${file} (${width} × ${height} px)`,
    unknownShell: (shell: string | undefined, shells: readonly string[]) =>
      shell === undefined ? `geef de shell: ${list(shells)}` : `onbekende shell "${shell}"; verwacht: ${list(shells)}`,
    unknownLookup: (lookup: string, lookups: readonly string[]) =>
      `onbekende opzoeking "${lookup}"; verwacht: ${list(lookups)}`,
  },
};
