/** The templates every new supplier installation starts with; `standaard` is the default. */
export const STANDARD_TEMPLATES = [
  {
    name: 'standaard',
    description: 'Clean white layout with the customer logo in the header',
    isDefault: true,
    styles: { primaryColor: '#00558c', fontFamily: 'Open Sans', headerStyle: 'light' },
  },
  {
    name: 'donker',
    description: 'Dark header bar with a light content area, for logos in light colours',
    isDefault: false,
    styles: { primaryColor: '#1f2933', fontFamily: 'Open Sans', headerStyle: 'dark' },
  },
  {
    name: 'compact',
    description: 'Dense product lists for large assortments and experienced purchasers',
    isDefault: false,
    styles: { primaryColor: '#2f6f4e', fontFamily: 'Roboto Condensed', headerStyle: 'light' },
  },
];
