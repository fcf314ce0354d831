import * as migration_20261123_165809_initial from './20261123_165809_initial';
import * as migration_20261123_185203_search_navigation_footer from './20261123_185203_search_navigation_footer';
import * as migration_20261123_193708_users_global_editor from './20261123_193708_users_global_editor';
import * as migration_20261123_195235_scheduled_publishing from './20261123_195235_scheduled_publishing';
import * as migration_20261123_195943_translation_status from './20261123_195943_translation_status';
import * as migration_20261123_200556_review_workflow from './20261123_200556_review_workflow';
import * as migration_20261201_091341_media_public from './20261201_091341_media_public';
import * as migration_20261204_060021_list_indexes from './20261204_060021_list_indexes';
import * as migration_20261204_124109_media_offices from './20261204_124109_media_offices';
import * as migration_20261204_191156_sites_azerbaijani from './20261204_191156_sites_azerbaijani';
import * as migration_20261204_215521_site_home from './20261204_215521_site_home';
import * as migration_20261204_225010_user_notifications from './20261204_225010_user_notifications';
import * as migration_20261205_013254_partner_changes from './20261205_013254_partner_changes';
import * as migration_20261205_021852_admin_language from './20261205_021852_admin_language';
import * as migration_20261205_040443_partner_webhooks from './20261205_040443_partner_webhooks';
import * as migration_20261205_044427_webhook_sweep from './20261205_044427_webhook_sweep';
import * as migration_20261205_070840_partner_changes_items from './20261205_070840_partner_changes_items';
import * as migration_20261205_073034_webhook_claims from './20261205_073034_webhook_claims';
import * as migration_20261205_073558_seo_meta from './20261205_073558_seo_meta';
import * as migration_20261205_075241_redirects from './20261205_075241_redirects';
import * as migration_20261205_101204_items_stamp_index from './20261205_101204_items_stamp_index';
import * as migration_20261205_102057_pages from './20261205_102057_pages';
import * as migration_20261205_103550_pages_redirects from './20261205_103550_pages_redirects';
import * as migration_20261205_110620_pages_top_level from './20261205_110620_pages_top_level';
import * as migration_20261205_111826_redirects_per_site from './20261205_111826_redirects_per_site';
import * as migration_20261205_133221_pages_home from './20261205_133221_pages_home';
import * as migration_20261205_141135_covering_dated_index from './20261205_141135_covering_dated_index';
import * as migration_20261205_141827_one_dated_index from './20261205_141827_one_dated_index';
import * as migration_20261205_195730_sitemap_office_index from './20261205_195730_sitemap_office_index';
import * as migration_20261206_060653_title_index from './20261206_060653_title_index';

export const migrations = [
  {
    up: migration_20261123_165809_initial.up,
    down: migration_20261123_165809_initial.down,
    name: '20261123_165809_initial',
  },
  {
    up: migration_20261123_185203_search_navigation_footer.up,
    down: migration_20261123_185203_search_navigation_footer.down,
    name: '20261123_185203_search_navigation_footer',
  },
  {
    up: migration_20261123_193708_users_global_editor.up,
    down: migration_20261123_193708_users_global_editor.down,
    name: '20261123_193708_users_global_editor',
  },
  {
    up: migration_20261123_195235_scheduled_publishing.up,
    down: migration_20261123_195235_scheduled_publishing.down,
    name: '20261123_195235_scheduled_publishing',
  },
  {
    up: migration_20261123_195943_translation_status.up,
    down: migration_20261123_195943_translation_status.down,
    name: '20261123_195943_translation_status',
  },
  {
    up: migration_20261123_200556_review_workflow.up,
    down: migration_20261123_200556_review_workflow.down,
    name: '20261123_200556_review_workflow',
  },
  {
    up: migration_20261201_091341_media_public.up,
    down: migration_20261201_091341_media_public.down,
    name: '20261201_091341_media_public',
  },
  {
    up: migration_20261204_060021_list_indexes.up,
    down: migration_20261204_060021_list_indexes.down,
    name: '20261204_060021_list_indexes',
  },
  {
    up: migration_20261204_124109_media_offices.up,
    down: migration_20261204_124109_media_offices.down,
    name: '20261204_124109_media_offices',
  },
  {
    up: migration_20261204_191156_sites_azerbaijani.up,
    down: migration_20261204_191156_sites_azerbaijani.down,
    name: '20261204_191156_sites_azerbaijani',
  },
  {
    up: migration_20261204_215521_site_home.up,
    down: migration_20261204_215521_site_home.down,
    name: '20261204_215521_site_home',
  },
  {
    up: migration_20261204_225010_user_notifications.up,
    down: migration_20261204_225010_user_notifications.down,
    name: '20261204_225010_user_notifications',
  },
  {
    up: migration_20261205_013254_partner_changes.up,
    down: migration_20261205_013254_partner_changes.down,
    name: '20261205_013254_partner_changes',
  },
  {
    up: migration_20261205_021852_admin_language.up,
    down: migration_20261205_021852_admin_language.down,
    name: '20261205_021852_admin_language',
  },
  {
    up: migration_20261205_040443_partner_webhooks.up,
    down: migration_20261205_040443_partner_webhooks.down,
    name: '20261205_040443_partner_webhooks',
  },
  {
    up: migration_20261205_044427_webhook_sweep.up,
    down: migration_20261205_044427_webhook_sweep.down,
    name: '20261205_044427_webhook_sweep',
  },
  {
    up: migration_20261205_070840_partner_changes_items.up,
    down: migration_20261205_070840_partner_changes_items.down,
    name: '20261205_070840_partner_changes_items',
  },
  {
    up: migration_20261205_073034_webhook_claims.up,
    down: migration_20261205_073034_webhook_claims.down,
    name: '20261205_073034_webhook_claims',
  },
  {
    up: migration_20261205_073558_seo_meta.up,
    down: migration_20261205_073558_seo_meta.down,
    name: '20261205_073558_seo_meta',
  },
  {
    up: migration_20261205_075241_redirects.up,
    down: migration_20261205_075241_redirects.down,
    name: '20261205_075241_redirects',
  },
  {
    up: migration_20261205_101204_items_stamp_index.up,
    down: migration_20261205_101204_items_stamp_index.down,
    name: '20261205_101204_items_stamp_index',
  },
  {
    up: migration_20261205_102057_pages.up,
    down: migration_20261205_102057_pages.down,
    name: '20261205_102057_pages',
  },
  {
    up: migration_20261205_103550_pages_redirects.up,
    down: migration_20261205_103550_pages_redirects.down,
    name: '20261205_103550_pages_redirects',
  },
  {
    up: migration_20261205_110620_pages_top_level.up,
    down: migration_20261205_110620_pages_top_level.down,
    name: '20261205_110620_pages_top_level',
  },
  {
    up: migration_20261205_111826_redirects_per_site.up,
    down: migration_20261205_111826_redirects_per_site.down,
    name: '20261205_111826_redirects_per_site',
  },
  {
    up: migration_20261205_133221_pages_home.up,
    down: migration_20261205_133221_pages_home.down,
    name: '20261205_133221_pages_home',
  },
  {
    up: migration_20261205_141135_covering_dated_index.up,
    down: migration_20261205_141135_covering_dated_index.down,
    name: '20261205_141135_covering_dated_index',
  },
  {
    up: migration_20261205_141827_one_dated_index.up,
    down: migration_20261205_141827_one_dated_index.down,
    name: '20261205_141827_one_dated_index',
  },
  {
    up: migration_20261205_195730_sitemap_office_index.up,
    down: migration_20261205_195730_sitemap_office_index.down,
    name: '20261205_195730_sitemap_office_index',
  },
  {
    up: migration_20261206_060653_title_index.up,
    down: migration_20261206_060653_title_index.down,
    name: '20261206_060653_title_index'
  },
];
