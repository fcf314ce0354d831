import * as migration_20261123_165809_initial from './20261123_165809_initial';
import * as migration_20261123_185203_search_navigation_footer from './20261123_185203_search_navigation_footer';

export const migrations = [
  {
    up: migration_20261123_165809_initial.up,
    down: migration_20261123_165809_initial.down,
    name: '20261123_165809_initial',
  },
  {
    up: migration_20261123_185203_search_navigation_footer.up,
    down: migration_20261123_185203_search_navigation_footer.down,
    name: '20261123_185203_search_navigation_footer'
  },
];
