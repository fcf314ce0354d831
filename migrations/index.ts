import * as migration_20261123_164410_initial from './20261123_164410_initial';

export const migrations = [
  {
    up: migration_20261123_164410_initial.up,
    down: migration_20261123_164410_initial.down,
    name: '20261123_164410_initial'
  },
];
