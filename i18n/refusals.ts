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
  mediaPublic:
    'This file is public (a published page shows it): a change would be live at once, so only an editor of the office that uses it can change it. Upload a new file instead.',
  mediaTranslatorFile: 'Translators translate the alt text only: ask an editor or contributor to replace the file.',
  mediaOtherOffice: 'This file is used by {{documents}} of another office: only an editor of that office (or an admin) can change or delete it.',
  mediaDelete: 'Only an editor of the office that uses this file can delete it.',
  mediaPrivateUse: 'File {{id}} is not public yet and belongs to another office’s draft: only an editor of that office (or an admin) can use it. Upload your own file.',
  mediaPrivateCopy: 'This file is private and used by another office’s documents: only an editor of that office (or an admin) can copy it.',
  editLock: 'You can lock only a document you may edit, in your own name.',
  redirectFrom: 'Write the old address as a path on this site, e.g. /en/news/old-title (up to 500 characters).',
  redirectTaken: 'There is already a redirect from {{from}} for this site: edit that one instead.',
  redirectSite: 'No site has the key {{site}}: write a site’s key (Settings → Sites), or leave it empty for every site.',
  redirectImportAdmin: 'Only an admin imports redirects.',
  redirectImportFormat: 'The file could not be read ({{reason}}): send a CSV file whose first row is from,to,site (site may be left out).',
  redirectImportSize: 'At most {{max}} redirects per file: split the file and import each part.',
  redirectLoop: 'This redirect would lead to itself: choose another target, or an address on another site (https://…).',
  pageSite: 'A page belongs to a site that shows its office’s content: choose one of {{office}}’s sites, or another office.',
  pageParent: 'The parent page must be another page of the same site and office, not this page or one of its own subpages.',
  pageDepth: 'Pages nest at most {{max}} levels deep: choose a parent page higher up.',
  pageParentDraft: 'Publish the parent page first: a subpage of an unpublished page has no address.',
  pageChildren: 'This page has subpages: move them under another page, or delete them, first (a page moves to another site, or is deleted, without its subpages).',
  pageHomeParent: 'The site’s home page is a top-level page: empty its parent page, or untick “Site’s home page”.',
  pageHomeTaken: '“{{title}}” is this site’s home page: untick “Site’s home page” there and publish it first, then publish this page as the home.',
  pageSlugReserved: 'The address /{{slug}} is one of the site’s own lists or routes: give this top-level page another slug.',
  webhookEndpoints:
    'A partner may have at most {{max}} webhook endpoints: delete one you no longer use (DELETE /api/webhook-endpoints/:id), or filter one endpoint by collection, office and language.',
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
  mediaPublic:
    'Bu dosya herkese açık (yayımlanmış bir sayfa gösteriyor): bir değişiklik hemen yayına girer, bu yüzden onu yalnızca kullanan ofisin bir editörü değiştirebilir. Bunun yerine yeni bir dosya yükleyin.',
  mediaTranslatorFile: 'Çevirmenler yalnızca alternatif metni çevirir: dosyayı değiştirmesi için bir editöre ya da içerik yazarına başvurun.',
  mediaOtherOffice: 'Bu dosyayı başka bir ofisin belgeleri kullanıyor ({{documents}}): onu yalnızca o ofisin bir editörü (ya da bir yönetici) değiştirebilir veya silebilir.',
  mediaDelete: 'Bu dosyayı yalnızca onu kullanan ofisin bir editörü silebilir.',
  mediaPrivateUse:
    '{{id}} numaralı dosya henüz herkese açık değil ve başka bir ofisin taslağına ait: onu yalnızca o ofisin bir editörü (ya da bir yönetici) kullanabilir. Kendi dosyanızı yükleyin.',
  mediaPrivateCopy: 'Bu dosya özel ve başka bir ofisin belgelerinde kullanılıyor: onu yalnızca o ofisin bir editörü (ya da bir yönetici) kopyalayabilir.',
  editLock: 'Yalnızca düzenleyebileceğiniz bir belgeyi, kendi adınıza kilitleyebilirsiniz.',
  redirectFrom: 'Eski adresi bu sitede bir yol olarak yazın, ör. /tr/haberler/eski-baslik (en çok 500 karakter).',
  redirectTaken: 'Bu site için {{from}} adresinden zaten bir yönlendirme var: onun yerine onu düzenleyin.',
  redirectSite: '{{site}} anahtarına sahip bir site yok: bir sitenin anahtarını yazın (Ayarlar → Siteler) ya da tüm siteler için boş bırakın.',
  redirectImportAdmin: 'Yönlendirmeleri yalnızca bir yönetici içe aktarabilir.',
  redirectImportFormat: 'Dosya okunamadı ({{reason}}): ilk satırı from,to,site olan bir CSV dosyası gönderin (site boş bırakılabilir).',
  redirectImportSize: 'Dosya başına en çok {{max}} yönlendirme: dosyayı bölün ve her parçayı ayrı içe aktarın.',
  redirectLoop: 'Bu yönlendirme kendine çıkıyor: başka bir hedef ya da başka bir sitedeki adresi (https://…) seçin.',
  pageSite: 'Bir sayfa, ofisinin içeriğini gösteren bir siteye aittir: {{office}} ofisinin sitelerinden birini ya da başka bir ofis seçin.',
  pageParent: 'Üst sayfa aynı sitenin ve ofisin başka bir sayfası olmalı; bu sayfa ya da alt sayfalarından biri olamaz.',
  pageDepth: 'Sayfalar en çok {{max}} düzey iç içe olabilir: daha yukarıda bir üst sayfa seçin.',
  pageParentDraft: 'Önce üst sayfayı yayımlayın: yayımlanmamış bir sayfanın alt sayfasının adresi olmaz.',
  pageChildren: 'Bu sayfanın alt sayfaları var: önce onları başka bir sayfanın altına taşıyın ya da silin.',
  pageHomeParent: 'Sitenin ana sayfası üst düzey bir sayfadır: üst sayfayı boşaltın ya da “Sitenin ana sayfası” işaretini kaldırın.',
  pageHomeTaken: '“{{title}}” bu sitenin ana sayfası: önce oradaki “Sitenin ana sayfası” işaretini kaldırıp yayımlayın, sonra bu sayfayı ana sayfa olarak yayımlayın.',
  pageSlugReserved: '/{{slug}} adresi sitenin kendi listelerinden ya da yollarından biri: bu üst düzey sayfaya başka bir kısa ad verin.',
  webhookEndpoints:
    'Bir ortak en fazla {{max}} webhook uç noktasına sahip olabilir: artık kullanmadığınız birini silin (DELETE /api/webhook-endpoints/:id) ya da tek bir uç noktayı koleksiyon, ofis ve dile göre süzün.',
}

const az: Record<keyof typeof en, string> = {
  publish: 'Yalnız bu ofisin redaktoru dərc edə bilər. Dəyişikliklərinizi qaralama kimi yadda saxlayın və yoxlamaya göndərin.',
  draft: 'Dəyişikliklərinizi qaralama kimi yadda saxlayın (?draft=true əlavə edin): onları bu ofisin redaktoru dərc edəcək.',
  translate: 'Tərcüməçilər yalnız tərcümələri redaktə edir: {{defaultLocale}} dilindən fərqli bir dil seçin (məs. ?locale=az).',
  restore: 'Versiyanı yalnız bu ofisin redaktoru bərpa edə bilər.',
  noDrafts: 'Bunların qaralaması olmur, hər dəyişiklik dərhal saytda görünür: onları yalnız bu ofisin redaktoru dəyişə bilər.',
  sharedValues_one: 'Tərcüməçilər yalnız öz dillərindəki mətni dəyişir: {{fields}} bütün dillər üçün ortaqdır. Onu dəyişmək üçün bu ofisin redaktoruna müraciət edin.',
  sharedValues_other: 'Tərcüməçilər yalnız öz dillərindəki mətni dəyişir: {{fields}} bütün dillər üçün ortaqdır. Onları dəyişmək üçün bu ofisin redaktoruna müraciət edin.',
  factsOwnOffice: 'Rəqəmləri yalnız öz ölkə ofisinizə aid edə bilərsiniz (qlobal rəqəmlər üçün bütün sayt üzrə səlahiyyət lazımdır).',
  duplicateOwnOffice_one: 'Yalnız öz ölkə ofisinizin sənədlərinin surətini çıxara bilərsiniz.',
  duplicateOwnOffice_other: 'Yalnız öz ölkə ofislərinizin sənədlərinin surətini çıxara bilərsiniz.',
  ownOffice_zero: 'Öz ölkə ofisinizi seçin: hesabınız hələ heç bir ofisə bağlı deyil; ofisinizi əlavə etməsi üçün administratora müraciət edin.',
  ownOffice_one: 'Öz ölkə ofisinizi seçin: siz {{offices}} nömrəli ofisdə çalışırsınız.',
  ownOffice_other: 'Öz ölkə ofislərinizdən birini seçin: siz {{offices}} nömrəli ofislərdə çalışırsınız.',
  foreignProgrammes_one: 'Yalnız öz ölkə ofisinizin proqramlarına keçid verin: {{ids}} nömrəli proqram başqa ofisə aiddir (onun səhifəsində bu material görünərdi).',
  foreignProgrammes_other: 'Yalnız öz ölkə ofisinizin proqramlarına keçid verin: {{ids}} nömrəli proqramlar başqa ofisə aiddir (onların səhifələrində bu material görünərdi).',
  approveOnlyEditors: 'Qaralamanı yalnız redaktor təsdiqləyə və ya geri qaytara bilər. Yoxlamaya təqdim etmək üçün "Yoxlamada" variantını seçin.',
  commentRequired: 'Dərc olunmazdan əvvəl nəyin dəyişməli olduğunu yoxlama qeydində yazın.',
  schedule: 'Bu sənədin dərcini yalnız sənədin aid olduğu ofisin redaktoru planlaşdıra və ya planı ləğv edə bilər.',
  mediaPublic:
    'Bu fayl hamıya açıqdır (dərc olunmuş səhifədə göstərilir): hər dəyişiklik dərhal saytda görünərdi, ona görə də onu yalnız bu fayldan istifadə edən ofisin redaktoru dəyişə bilər. Bunun əvəzinə yeni fayl yükləyin.',
  mediaTranslatorFile: 'Tərcüməçilər yalnız alternativ mətni tərcümə edir: faylı əvəz etmək üçün redaktora və ya müəllifə müraciət edin.',
  mediaOtherOffice: 'Bu fayldan başqa ofisin sənədləri istifadə edir ({{documents}}): onu yalnız həmin ofisin redaktoru (və ya administrator) dəyişə və ya silə bilər.',
  mediaDelete: 'Bu faylı yalnız ondan istifadə edən ofisin redaktoru silə bilər.',
  mediaPrivateUse:
    '{{id}} nömrəli fayl hələ hamıya açıq deyil və başqa ofisin qaralamasına aiddir: ondan yalnız həmin ofisin redaktoru (və ya administrator) istifadə edə bilər. Öz faylınızı yükləyin.',
  mediaPrivateCopy: 'Bu fayl məxfidir və başqa ofisin sənədlərində istifadə olunur: onun surətini yalnız həmin ofisin redaktoru (və ya administrator) çıxara bilər.',
  editLock: 'Yalnız redaktə edə biləcəyiniz sənədi və yalnız öz adınıza kilidləyə bilərsiniz.',
  redirectFrom: 'Köhnə ünvanı bu saytda yol kimi yazın, məs. /az/xeberler/kohne-basliq (ən çox 500 simvol).',
  redirectTaken: 'Bu sayt üçün {{from}} ünvanından artıq yönləndirmə var: onun əvəzinə onu redaktə edin.',
  redirectSite: '{{site}} açarı olan sayt yoxdur: saytın açarını yazın (Parametrlər → Saytlar) və ya bütün saytlar üçün boş saxlayın.',
  redirectImportAdmin: 'Yönləndirmələri yalnız administrator idxal edə bilər.',
  redirectImportFormat: 'Fayl oxuna bilmədi ({{reason}}): ilk sətri from,to,site olan CSV faylı göndərin (site boş qala bilər).',
  redirectImportSize: 'Hər faylda ən çox {{max}} yönləndirmə: faylı bölün və hər hissəni ayrıca idxal edin.',
  redirectLoop: 'Bu yönləndirmə özünə aparır: başqa hədəf və ya başqa saytda ünvan (https://…) seçin.',
  pageSite: 'Səhifə ofisinin məzmununu göstərən sayta aiddir: {{office}} ofisinin saytlarından birini və ya başqa ofis seçin.',
  pageParent: 'Üst səhifə eyni saytın və ofisin başqa səhifəsi olmalıdır; bu səhifə və ya onun alt səhifələrindən biri ola bilməz.',
  pageDepth: 'Səhifələr ən çox {{max}} səviyyə iç-içə ola bilər: daha yuxarıda üst səhifə seçin.',
  pageParentDraft: 'Əvvəlcə üst səhifəni dərc edin: dərc olunmamış səhifənin alt səhifəsinin ünvanı olmur.',
  pageChildren: 'Bu səhifənin alt səhifələri var: əvvəlcə onları başqa səhifənin altına köçürün və ya silin.',
  pageHomeParent: 'Saytın ana səhifəsi yuxarı səviyyəli səhifədir: üst səhifəni boşaldın və ya “Saytın ana səhifəsi” qeydini götürün.',
  pageHomeTaken: '“{{title}}” bu saytın ana səhifəsidir: əvvəlcə oradakı “Saytın ana səhifəsi” qeydini götürüb dərc edin, sonra bu səhifəni ana səhifə kimi dərc edin.',
  pageSlugReserved: '/{{slug}} ünvanı saytın öz siyahılarından və ya yollarından biridir: bu yuxarı səviyyəli səhifəyə başqa qısa ad verin.',
  webhookEndpoints:
    'Tərəfdaşın ən çoxu {{max}} webhook ünvanı ola bilər: artıq istifadə etmədiyinizi silin (DELETE /api/webhook-endpoints/:id) və ya bir ünvanı kolleksiya, ofis və dilə görə süzün.',
}

export const refusals: Record<Locale, Record<keyof typeof en, string>> = { en, tr, az }

/** Payload's namespace for them: `req.t('kopru:publish')`. */
export const refusalNamespace = 'kopru'
