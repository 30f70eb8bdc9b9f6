// Month and weekday names are CLDR's `ckb` data (what `Intl.DateTimeFormat('ckb')` prints in
// Node with full ICU), so that the library and the platform agree. CLDR spells December
// «کانونی یەکەم» with one و, unlike January «کانوونی دووەم»; we keep CLDR's spelling.
export const monthNames = [
  'کانوونی دووەم',
  'شوبات',
  'ئازار',
  'نیسان',
  'ئایار',
  'حوزەیران',
  'تەمووز',
  'ئاب',
  'ئەیلوول',
  'تشرینی یەکەم',
  'تشرینی دووەم',
  'کانونی یەکەم',
] as const;

export const weekdayNames = ['یەکشەممە', 'دووشەممە', 'سێشەممە', 'چوارشەممە', 'پێنجشەممە', 'ھەینی', 'شەممە'] as const;
