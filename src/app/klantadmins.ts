/**
 * `ecm klantadmin add|reset-password`: klantadmins of an environment that exists already, with the create's
 * rules for the username and e-mail and for the temporary password.
 */
import * as z from 'zod';
import { EcmError, type Problem } from '../errors.js';
import { emailField, usernameField, zodProblems } from '../klant/schema.js';
import { generateTemporaryPassword, hashPassword, temporaryPasswordExpiry } from '../klant/password.js';
import { normaliseUsername } from '../klant/username.js';
import { messages as m } from '../messages/index.js';
import { UniqueViolation, type Database, type EnvironmentDetails, type Repositories } from '../db/ports.js';
import { findKlant, requireActive } from './environment.js';

// Nested under `admin`, so that the problems name the fields as the create form does.
const newKlantadminSchema = z.object({ admin: z.object({ username: usernameField, email: emailField }) });

export type NewKlantadmin = z.output<typeof newKlantadminSchema>['admin'];

export interface KlantadminOptions {
  operator: string;
  now: Date;
  dryRun: boolean;
}

/** What was done, or with `dryRun` what would be: then no password is made, so it and its expiry are null. */
export type KlantadminResult =
  | {
      dryRun: false;
      acro: string;
      klantadmin: { username: string; email: string; temporaryPassword: string; passwordExpiresAt: string };
    }
  | {
      dryRun: true;
      acro: string;
      klantadmin: { username: string; email: string; temporaryPassword: null; passwordExpiresAt: null };
    };

/** The create's rules and normalisation; every problem at once, as `admin.username` and `admin.email`. */
export async function parseNewKlantadmin(raw: { username?: string; email?: string }): Promise<NewKlantadmin> {
  const parsed = newKlantadminSchema.safeParse({ admin: raw }, { reportInput: true });
  if (!parsed.success) throw new EcmError('input', zodProblems(parsed.error));
  return parsed.data.admin;
}

export async function addKlantadmin(
  db: Database,
  acro: string,
  admin: NewKlantadmin,
  options: KlantadminOptions,
): Promise<KlantadminResult> {
  if (options.dryRun) {
    const environment = await checkAdd(db.read, acro, admin.username);
    return { dryRun: true, acro: environment.acro, klantadmin: { ...admin, ...noPassword } };
  }
  try {
    return await db.transaction(async (tx) => {
      // Held until the end, so that a leverancieradmin of this name cannot be added in between.
      await tx.lockSupplierAdmins();
      const environment = await checkAdd(tx, acro, admin.username);
      const password = await newTemporaryPassword(options.now);
      await tx.createUser(environment.id, {
        ...admin,
        role: 'klantadmin',
        supplierAdminId: null,
        passwordHash: password.hash,
        passwordExpiresAt: password.expiresAt,
        mustChangePassword: true,
      });
      await audit(tx, environment, 'klantadmin.add', admin, options);
      return { dryRun: false, acro: environment.acro, klantadmin: { ...admin, ...password.shown } };
    });
  } catch (error) {
    // Another writer gave this environment a user of that name after the check.
    if (error instanceof UniqueViolation && error.constraint === 'username')
      throw new EcmError('conflict', [problem(m.klantadmin.usernameTaken(admin.username, acro))]);
    throw error;
  }
}

export async function resetKlantadminPassword(
  db: Database,
  acro: string,
  rawUsername: string,
  options: KlantadminOptions,
): Promise<KlantadminResult> {
  const username = normaliseUsername(rawUsername);
  if (options.dryRun) {
    const { environment, klantadmin } = await checkReset(db.read, acro, username);
    return { dryRun: true, acro: environment.acro, klantadmin: { ...klantadmin, ...noPassword } };
  }
  return db.transaction(async (tx) => {
    const { environment, klantadmin } = await checkReset(tx, acro, username);
    const password = await newTemporaryPassword(options.now);
    await tx.replaceTemporaryPassword(environment.id, klantadmin.username, {
      passwordHash: password.hash,
      passwordExpiresAt: password.expiresAt,
    });
    await audit(tx, environment, 'klantadmin.reset_password', klantadmin, options);
    return { dryRun: false, acro: environment.acro, klantadmin: { ...klantadmin, ...password.shown } };
  });
}

const noPassword = { temporaryPassword: null, passwordExpiresAt: null };

/** What must exist (exit 4), then every conflict at once (exit 3). */
async function checkAdd(db: Repositories, acro: string, username: string): Promise<EnvironmentDetails> {
  const environment = await findKlant(db, acro);
  const conflicts = retiredProblems(environment);
  const [supplierAdmins, users] = await Promise.all([db.supplierAdmins(), db.environmentUsers(environment.id)]);
  if (supplierAdmins.some((a) => a.username === username)) {
    conflicts.push(problem(m.username.takenBySupplierAdmin(username)));
  } else if (users.some((u) => u.username === username)) {
    conflicts.push(problem(m.klantadmin.usernameTaken(username, environment.acro)));
  }
  if (conflicts.length > 0) throw new EcmError('conflict', conflicts);
  return environment;
}

async function checkReset(db: Repositories, acro: string, username: string) {
  const environment = await findKlant(db, acro);
  // A leverancieradmin's user in the environment is no klantadmin: its password is not this tool's to reset.
  const klantadmin = (await db.environmentUsers(environment.id)).find(
    (u) => u.username === username && u.role === 'klantadmin',
  );
  if (!klantadmin) {
    throw EcmError.one('notFound', 'user_not_found', m.klantadmin.notFound(username, environment.acro), 'username');
  }
  const conflicts = retiredProblems(environment);
  if (conflicts.length > 0) throw new EcmError('conflict', conflicts);
  return { environment, klantadmin: { username: klantadmin.username, email: klantadmin.email } };
}

function retiredProblems(environment: EnvironmentDetails): Problem[] {
  try {
    requireActive(environment);
    return [];
  } catch (error) {
    if (error instanceof EcmError) return [...error.problems];
    throw error;
  }
}

const problem = (message: string): Problem => ({ field: 'admin.username', code: 'username_taken', message });

async function newTemporaryPassword(now: Date) {
  const temporaryPassword = generateTemporaryPassword();
  const expiresAt = temporaryPasswordExpiry(now).toISOString();
  return {
    hash: await hashPassword(temporaryPassword),
    expiresAt,
    shown: { temporaryPassword, passwordExpiresAt: expiresAt },
  };
}

/** Who and what, never the password or its hash. */
async function audit(
  tx: Repositories,
  environment: EnvironmentDetails,
  action: 'klantadmin.add' | 'klantadmin.reset_password',
  klantadmin: { username: string; email: string },
  options: KlantadminOptions,
): Promise<void> {
  await tx.recordAudit({
    environmentId: environment.id,
    action,
    actor: options.operator,
    at: options.now.toISOString(),
    input: { username: klantadmin.username, email: klantadmin.email },
  });
}
