/** The provisioning recipe: the ten steps of "Klant aanmaken", in the order they run. */
import type { Step } from './step.js';
import { validateStep } from './steps/validate.js';
import { environmentStep } from './steps/environment.js';
import { filesStep } from './steps/files.js';
import { departmentStep } from './steps/department.js';
import { defaultsStep } from './steps/defaults.js';
import { copyStep } from './steps/copy.js';
import { templateStep } from './steps/template.js';
import { leverancieradminsStep } from './steps/leverancieradmins.js';
import { klantadminStep } from './steps/klantadmin.js';
import { activateStep } from './steps/activate.js';

export const RECIPE: readonly Step[] = [
  validateStep,
  environmentStep,
  filesStep,
  departmentStep,
  defaultsStep,
  copyStep,
  templateStep,
  leverancieradminsStep,
  klantadminStep,
  activateStep,
];
