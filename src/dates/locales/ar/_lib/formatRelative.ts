import type { FormatRelativeFn, FormatRelativeToken } from 'date-fns';

const formatRelativeLocale: Record<FormatRelativeToken, string> = {
  lastWeek: "eeee 'الماضي، الساعة' p",
  yesterday: "'أمس، الساعة' p",
  today: "'اليوم، الساعة' p",
  tomorrow: "'غدًا، الساعة' p",
  nextWeek: "eeee 'القادم، الساعة' p",
  other: 'P',
};

export const formatRelative: FormatRelativeFn = (token) => formatRelativeLocale[token];
