import fc from 'fast-check';

// Property tests run with a fixed seed so that CI is deterministic; FC_SEED=random explores.
const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20200820);
fc.configureGlobal({ seed });
