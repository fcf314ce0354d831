import type { Locale } from './locales'

/**
 * What the write guards say when they refuse (lib/refuse.ts), in every admin language. Payload
 * gets them as custom translations (payload.config.ts, namespace `kopru`) and answers in the
 * request's admin language: the user's choice in the admin (the `payload-lng` cookie), else
 * Accept-Language, else English. Each says how to fix the problem. Plural forms follow Payload's
 * suffixes (`_zero`, `_one`, `_other`, chosen by the `count` variable); `{{name}}` is a variable.
 * tests/unit/refusals.test.ts keeps the languages in parity (keys and variables).
 */
const en = {
  publish: 'Only an editor of this office can publish. Save your changes as a draft and submit them for review.',
  draft: 'Save your changes as a draft (add ?draft=true): an editor of this office publishes them.',
  translate: 'Translators edit the translations only: choose a language other than {{defaultLocale}} (e.g. ?locale=tr).',
  restore: 'Only an editor of this office can restore a version.',
  noDrafts: 'These have no drafts, so a change is live at once: only an editor of this office changes them.',
  sharedValues_one: 'Translators change the text of their language only: {{fields}} is shared by every language. Ask an editor of this office to change it.',
  sharedValues_other: 'Translators change the text of their language only: {{fields}} are shared by every language. Ask an editor of this office to change them.',
  factsOwnOffice: 'You can only place figures in your own country office (global figures need the site-wide flag).',
  duplicateOwnOffice_one: 'You can only duplicate documents of your own country office.',
  duplicateOwnOffice_other: 'You can only duplicate documents of your own country offices.',
  ownOffice_zero: 'Choose your own country office: your account belongs to no office yet; ask an administrator to add yours.',
  ownOffice_one: 'Choose your own country office: you work for office {{offices}}.',
  ownOffice_other: 'Choose your own country offices: you work for offices {{offices}}.',
  foreignProgrammes_one: 'Link only to programmes of your own country office: programme {{ids}} belongs to another office (its page would show this).',
  foreignProgrammes_other: 'Link only to programmes of your own country office: programmes {{ids}} belong to another office (their pages would show this).',
  approveOnlyEditors: 'Only an editor can approve a draft or send it back. Choose "In review" to submit it.',
  commentRequired: 'Say in the review comment what should change before this can be published.',
  schedule: 'Only an editor of this document’s office can schedule or cancel its publishing.',
}

/** The refusals by name, without Payload's plural suffixes. */
export type RefusalKey = keyof typeof en extends infer Key ? (Key extends `${infer Name}_${'zero' | 'one' | 'other'}` ? Name : Key) : never

const tr: Record<keyof typeof en, string> = {
  publish: 'Yalnızca bu ofisin bir editörü yayımlayabilir. Değişikliklerinizi taslak olarak kaydedip incelemeye gönderin.',
  draft: 'Değişikliklerinizi taslak olarak kaydedin (?draft=true ekleyin): onları bu ofisin bir editörü yayımlar.',
  translate: 'Çevirmenler yalnızca çevirileri düzenler: {{defaultLocale}} dışında bir dil seçin (ör. ?locale=tr).',
  restore: 'Bir sürümü yalnızca bu ofisin bir editörü geri yükleyebilir.',
  noDrafts: 'Bunların taslağı yok, bir değişiklik hemen yayına girer: onları yalnızca bu ofisin bir editörü değiştirir.',
  sharedValues_one: 'Çevirmenler yalnızca kendi dillerindeki metni değiştirir: {{fields}} bütün dillerde ortaktır. Değiştirmesi için bu ofisin bir editörüne başvurun.',
  sharedValues_other: 'Çevirmenler yalnızca kendi dillerindeki metni değiştirir: {{fields}} bütün dillerde ortaktır. Onları değiştirmesi için bu ofisin bir editörüne başvurun.',
  factsOwnOffice: 'Rakamları yalnızca kendi ülke ofisinize yerleştirebilirsiniz (genel rakamlar için site geneli yetkisi gerekir).',
  duplicateOwnOffice_one: 'Yalnızca kendi ülke ofisinizin belgelerini çoğaltabilirsiniz.',
  duplicateOwnOffice_other: 'Yalnızca kendi ülke ofislerinizin belgelerini çoğaltabilirsiniz.',
  ownOffice_zero: 'Kendi ülke ofisinizi seçin: hesabınız henüz hiçbir ofise bağlı değil; bir yöneticiden ofisinizi eklemesini isteyin.',
  ownOffice_one: 'Kendi ülke ofisinizi seçin: {{offices}} numaralı ofiste çalışıyorsunuz.',
  ownOffice_other: 'Kendi ülke ofislerinizden birini seçin: {{offices}} numaralı ofislerde çalışıyorsunuz.',
  foreignProgrammes_one: 'Yalnızca kendi ülke ofisinizin programlarına bağlantı verin: {{ids}} numaralı program başka bir ofise ait (sayfası bunu gösterirdi).',
  foreignProgrammes_other: 'Yalnızca kendi ülke ofisinizin programlarına bağlantı verin: {{ids}} numaralı programlar başka bir ofise ait (sayfaları bunu gösterirdi).',
  approveOnlyEditors: 'Bir taslağı yalnızca bir editör onaylayabilir ya da geri gönderebilir. Göndermek için "İncelemede"yi seçin.',
  commentRequired: 'Yayımlanmadan önce neyin değişmesi gerektiğini inceleme notuna yazın.',
  schedule: 'Bu belgenin yayımlanmasını yalnızca belgenin ofisindeki bir editör zamanlayabilir ya da zamanlamasını iptal edebilir.',
}

export const refusals: Record<Locale, Record<keyof typeof en, string>> = { en, tr }

/** Payload's namespace for them: `req.t('kopru:publish')`. */
export const refusalNamespace = 'kopru'
