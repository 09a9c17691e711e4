/** The `klant` object of the contract, shared by the create result and `klant show`. */
import type { KlantAddress } from '../klant/schema.js';
import type { EnvironmentDetails, EnvironmentRow, StoredFileFacts } from '../db/ports.js';

export interface ImageFacts {
  format: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
}

export interface KlantView {
  acro: string;
  name: string;
  referenceCode: string | null;
  url: string;
  template: string;
  emailLogo: ImageFacts | null;
  logo: ImageFacts | null;
  sizeInstructions: { pages: number; bytes: number; sha256: string } | null;
  address: KlantAddress | null;
  createdAt: string;
  createdBy: string;
}

/** What `klant list` and `klant show` add to the create result's klant. */
export interface KlantState {
  status: KlantStatus;
  retiredAt: string | null;
  retiredBy: string | null;
}

export type KlantStatus = 'active' | 'retired';

export function statusOf(environment: Pick<EnvironmentRow, 'retiredAt'>): KlantStatus {
  return environment.retiredAt === null ? 'active' : 'retired';
}

export function klantState({ retiredAt, retiredBy }: Pick<EnvironmentRow, 'retiredAt' | 'retiredBy'>): KlantState {
  return { status: statusOf({ retiredAt }), retiredAt, retiredBy };
}

export function klantView(environment: EnvironmentDetails): KlantView {
  const { files } = environment;
  const image = (kind: StoredFileFacts['kind']): ImageFacts | null => {
    const f = files.find((file) => file.kind === kind);
    return f
      ? { format: f.format, width: f.width ?? 0, height: f.height ?? 0, bytes: f.bytes, sha256: f.sha256 }
      : null;
  };
  const pdf = files.find((file) => file.kind === 'sizeInstructions');
  return {
    acro: environment.acro,
    name: environment.name,
    referenceCode: environment.referenceCode,
    url: environment.url,
    template: environment.template,
    emailLogo: image('emailLogo'),
    logo: image('logo'),
    sizeInstructions: pdf ? { pages: pdf.pages ?? 0, bytes: pdf.bytes, sha256: pdf.sha256 } : null,
    address: environment.address,
    createdAt: environment.createdAt,
    createdBy: environment.createdBy,
  };
}
