/** The data a monthly office bundle carries to head office, shared by export and import. */
export * from './bundle-data';
