import * as migration_20261123_165809_initial from './20261123_165809_initial';

export const migrations = [
  {
    up: migration_20261123_165809_initial.up,
    down: migration_20261123_165809_initial.down,
    name: '20261123_165809_initial'
  },
];
