/**
 * The database boundary. The domain, the steps and the CLI see only these interfaces; both engines implement
 * them with the same queries (queries/). Every method is async because a network database is.
 */
import type { CategoryId } from '../klant/categories.js';
import type { KlantAddress } from '../klant/schema.js';

export interface Supplier {
  name: string;
  domain: string;
}

export interface Template {
  id: number;
  name: string;
  description: string;
  isDefault: boolean;
}

/** A template as it is created: the theme keys in `styles` are written into an environment by `applyTemplate`. */
export interface NewTemplate extends Omit<Template, 'id'> {
  styles: Record<string, string>;
  /** The header of the branding preview, as #rrggbb. */
  headerBackground: string;
  headerText: string;
}

export interface SupplierAdmin {
  id: number;
  username: string;
  email: string;
}

export interface EnvironmentRow {
  id: number;
  acro: string;
  name: string;
  referenceCode: string | null;
  url: string;
  template: string;
  status: 'provisioning' | 'active';
  createdAt: string;
  createdBy: string;
  /** Set while the environment is retired: when, and by which leverancieradmin. */
  retiredAt: string | null;
  retiredBy: string | null;
}

export type FileKind = 'emailLogo' | 'logo' | 'sizeInstructions';

/** A file as it is stored: the bytes and the facts the summary reports about them. */
export interface StoredFile {
  kind: FileKind;
  format: 'png' | 'jpeg' | 'pdf';
  width: number | null;
  height: number | null;
  pages: number | null;
  bytes: number;
  sha256: string;
  content: Uint8Array;
}

export type StoredFileFacts = Omit<StoredFile, 'content'>;

export interface NewEnvironment {
  acro: string;
  name: string;
  referenceCode: string | null;
  url: string;
  orderNumberPrefix: string;
  templateId: number;
  createdAt: string;
  createdBy: string;
}

export interface NewUser {
  username: string;
  email: string;
  role: RoleKey;
  supplierAdminId: number | null;
  passwordHash: string | null;
  passwordExpiresAt: string | null;
  mustChangePassword: boolean;
}

/** The five standard roles, in rising level. */
export type RoleKey = 'drager' | 'groepsleider' | 'besteller' | 'klantadmin' | 'leverancieradmin';

export interface EnvironmentUser {
  username: string;
  email: string;
  role: RoleKey;
}

export interface EnvironmentDetails extends EnvironmentRow {
  address: KlantAddress | null;
  files: StoredFileFacts[];
}

/** Every query the tool makes. One instance is bound to one connection or to one open transaction. */
export interface Repositories {
  supplier(): Promise<Supplier | null>;
  createSupplier(supplier: Supplier): Promise<void>;

  templates(): Promise<Template[]>;
  createTemplates(templates: readonly NewTemplate[]): Promise<void>;

  supplierAdmins(): Promise<SupplierAdmin[]>;
  /**
   * Serialises the writers that must see every supplier admin — a create and `leverancieradmin add` — until
   * the transaction ends, so an admin added during a create still ends up in the new environment.
   */
  lockSupplierAdmins(): Promise<void>;
  /** Throws a UniqueViolation when the username is taken. */
  createSupplierAdmin(admin: { username: string; email: string; createdAt: string }): Promise<SupplierAdmin>;

  environments(): Promise<EnvironmentRow[]>;
  /** Matches the acro ignoring case. */
  findEnvironment(acro: string): Promise<EnvironmentDetails | null>;
  /** Whether an environment (other than `exceptEnvironmentId`) has this reference code, ignoring case. */
  referenceCodeInUse(referenceCode: string, exceptEnvironmentId?: number): Promise<boolean>;
  /** Acros of the environments that have a user with this (normalised) username. */
  environmentsWithUser(username: string): Promise<string[]>;

  /** Throws a UniqueViolation when acro or reference code is taken. */
  createEnvironment(environment: NewEnvironment): Promise<number>;
  storeFile(environmentId: number, file: StoredFile): Promise<number>;
  setEnvironmentLogo(environmentId: number, fileId: number): Promise<void>;
  createRootDepartment(
    environmentId: number,
    root: {
      name: string;
      address: KlantAddress | null;
      emailLogoFileId: number | null;
      sizeInstructionsFileId: number | null;
    },
  ): Promise<number>;
  createStandardRoles(environmentId: number): Promise<void>;
  /** Default rows of one configuration category; returns how many were written. */
  createCategoryDefaults(environmentId: number, category: CategoryId): Promise<number>;
  /** Copies one category inside the database, with new identities and remapped references; returns the row count. */
  copyCategory(sourceEnvironmentId: number, targetEnvironmentId: number, category: CategoryId): Promise<number>;
  countCategoryRows(environmentId: number, category: CategoryId): Promise<number>;
  applyTemplate(environmentId: number, templateId: number): Promise<void>;
  /** Creates a user in the root department; throws a UniqueViolation when the username is taken there. */
  createUser(environmentId: number, user: NewUser): Promise<void>;
  /** Creates the supplier admin in every environment; returns how many. */
  addUserToEveryEnvironment(user: NewUser): Promise<number>;
  environmentUsers(environmentId: number): Promise<EnvironmentUser[]>;
  activateEnvironment(environmentId: number): Promise<void>;
  /**
   * Holds the environment's row until the transaction ends, so that two changes of one environment take turns
   * and each reads what the other wrote before it; on SQLite the write lock of the transaction does this.
   */
  lockEnvironment(environmentId: number): Promise<void>;
  /** The company name, on the environment and on its root department (which is the customer itself). */
  renameEnvironment(environmentId: number, name: string): Promise<void>;
  /** Throws a UniqueViolation when another environment has the reference code. */
  setReferenceCode(environmentId: number, referenceCode: string | null): Promise<void>;
  /**
   * Stores the new file of this kind (or none), points the environment or its root department at it, and
   * deletes the file it replaces.
   */
  replaceFile(environmentId: number, kind: FileKind, file: StoredFile | null): Promise<void>;
  setRootAddress(environmentId: number, address: KlantAddress | null): Promise<void>;
  recordAudit(entry: {
    environmentId: number | null;
    action: string;
    actor: string;
    at: string;
    input: unknown;
  }): Promise<void>;

  // Retiring and the audit trail (klant retire/reactivate, audit list).
  /**
   * Retires (`{ at, by }`) or reactivates (`null`) the environment when it is not so already; returns whether
   * it changed. The check is in the statement itself, so of two simultaneous retires only one changes anything.
   */
  setEnvironmentRetired(environmentId: number, retired: { at: string; by: string } | null): Promise<boolean>;
  /** Audit records, newest first (ties by the order they were written), optionally of one environment or action. */
  auditEntries(filter: { environmentId: number | null; action: string | null; limit: number }): Promise<AuditEntry[]>;

  // klantadmin add / reset-password
  /**
   * Gives the user a new temporary password that must be changed at first login; the old hash is gone.
   * Returns how many users it changed (0 or 1).
   */
  replaceTemporaryPassword(
    environmentId: number,
    username: string,
    password: { passwordHash: string; passwordExpiresAt: string },
  ): Promise<number>;

  // klant handover / preview
  /** The template's header colours and the stored logos, content included. */
  branding(environmentId: number): Promise<Branding>;
}

export interface Branding {
  /** #rrggbb */
  headerBackground: string;
  headerText: string;
  logo: StoredFile | null;
  emailLogo: StoredFile | null;
}

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  /** The environment's acro; null for actions on no environment. */
  acro: string | null;
  input: unknown;
}

/** The database: reads outside a transaction, and one transaction for all writes of a command. */
export interface Database {
  readonly dialect: 'sqlite' | 'postgres';
  readonly read: Repositories;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Raised by a repository when a unique index refuses a row; `constraint` says which one. */
export class UniqueViolation extends Error {
  constructor(
    readonly constraint: 'acro' | 'reference_code' | 'username' | 'supplier_admin' | 'other',
    options?: { cause?: unknown },
  ) {
    super(`unique constraint violated: ${constraint}`, options);
    this.name = 'UniqueViolation';
  }
}
