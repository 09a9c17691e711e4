import type { NewTemplate } from '../db/ports.js';

/** The templates every new supplier installation starts with; `standaard` is the default. */
export const STANDARD_TEMPLATES: readonly NewTemplate[] = [
  {
    name: 'standaard',
    description: 'Clean white layout with the customer logo in the header',
    isDefault: true,
    styles: { primaryColor: '#00558c', fontFamily: 'Open Sans', headerStyle: 'light' },
    headerBackground: '#ffffff',
    headerText: '#00558c',
  },
  {
    name: 'donker',
    description: 'Dark header bar with a light content area, for logos in light colours',
    isDefault: false,
    styles: { primaryColor: '#1f2933', fontFamily: 'Open Sans', headerStyle: 'dark' },
    headerBackground: '#1f2933',
    headerText: '#ffffff',
  },
  {
    name: 'compact',
    description: 'Dense product lists for large assortments and experienced purchasers',
    isDefault: false,
    styles: { primaryColor: '#2f6f4e', fontFamily: 'Roboto Condensed', headerStyle: 'light' },
    headerBackground: '#eef5f1',
    headerText: '#2f6f4e',
  },
];
