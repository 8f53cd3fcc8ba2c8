// Property tests explore new random inputs on every local run; in CI they replay one fixed seed
// (FC_SEED to choose another), so a red build is reproducible rather than a roll of the dice.
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261125) });
