import { slugPattern, toSlug } from '@/lib/slugify'

describe('toSlug', () => {
  it.each([
    ['Göç İdaresi ile İş Birliği', 'goc-idaresi-ile-is-birligi'],
    ['ÇĞIİÖŞÜ çğıiöşü', 'cgiiosu-cgiiosu'],
    ['İSTANBUL ışık', 'istanbul-isik'],
    ['Bakü’de yuvarlak masa', 'bakude-yuvarlak-masa'],
    ["Türkiye'nin göç politikası", 'turkiyenin-goc-politikasi'],
    ['IOM Azerbaijan: 28 July 2022', 'iom-azerbaijan-28-july-2022'],
    ['  --Çanakkale--  ', 'canakkale'],
    ['Azərbaycan', 'azerbaycan'],
    ['Azərbaycanda İnsan Alverinə Qarşı Mübarizə', 'azerbaycanda-insan-alverine-qarsi-mubarize'],
    ['ƏLİYEV Əliyev əliyev', 'eliyev-eliyev-eliyev'],
    ['BAKI ŞƏHƏRİ, Gəncə və Şəki', 'baki-seheri-gence-ve-seki'],
    ['Xəzər dənizində miqrasiya: ÖLKƏLƏR, ÜZVLƏR, ÇAĞIRIŞLAR', 'xezer-denizinde-miqrasiya-olkeler-uzvler-cagirislar'],
    // The same letters decomposed (NFD), and the Cyrillic ә that Azerbaijani text often carries.
    ['Azərbaycanda İnsan Alverinə'.normalize('NFD'), 'azerbaycanda-insan-alverine'],
    ['Әli әmәk', 'eli-emek'],
  ])('turns %j into %j', (title, slug) => {
    expect(toSlug(title)).toBe(slug)
  })

  it('never produces German-style transliteration for Turkish or Azerbaijani letters', () => {
    expect(toSlug('Göç Ünlü')).not.toMatch(/oe|ue/)
    expect(toSlug('Gömrük Üzrə Köməkçi')).toBe('gomruk-uzre-komekci')
  })

  it('always yields a valid slug, cut at a word boundary when long', () => {
    const long = toSlug('İnsan ticaretiyle mücadele '.repeat(20))
    expect(long.length).toBeLessThanOrEqual(120)
    expect(long).toMatch(slugPattern)
    expect(long.endsWith('-')).toBe(false)
  })
})
