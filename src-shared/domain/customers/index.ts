export * from './contact-rules';
export * from './normalize';
