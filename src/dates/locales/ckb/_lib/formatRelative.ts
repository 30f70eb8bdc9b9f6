import type { FormatRelativeFn, FormatRelativeToken } from 'date-fns';

const formatRelativeLocale: Record<FormatRelativeToken, string> = {
  lastWeek: "eeee'ی ڕابردوو، کاتژمێر' p",
  yesterday: "'دوێنێ، کاتژمێر' p",
  today: "'ئەمڕۆ، کاتژمێر' p",
  tomorrow: "'سبەینێ، کاتژمێر' p",
  nextWeek: "eeee'ی داهاتوو، کاتژمێر' p",
  other: 'P',
};

export const formatRelative: FormatRelativeFn = (token) => formatRelativeLocale[token];
