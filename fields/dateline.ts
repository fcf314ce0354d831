import type { TextField } from 'payload'

/** Where a story was filed ("Baku", "Ankara"): the place that opens the first paragraph. */
export const datelineField: TextField = {
  name: 'dateline',
  type: 'text',
  localized: true,
  label: { en: 'Dateline', tr: 'Yer (dateline)', az: 'Məkan (dateline)' },
  admin: {
    position: 'sidebar',
    description: {
      en: 'The city the story is reported from, shown before the first sentence, e.g. "Baku".',
      tr: 'Haberin bildirildiği şehir; ilk cümleden önce gösterilir, ör. "Bakü".',
      az: 'Xəbərin verildiyi şəhər; birinci cümlədən əvvəl göstərilir, məsələn, "Bakı".',
    },
  },
}
