
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'all': `هەموو`,
'asWritten': `وەک لە سەرچاوەدا هاتووە:`,
'atTheTimeOfWriting': `لە کاتی نووسیندا`,
'credit': str`وێنە: ${0}`,
'earlierEvents': `ڕووداوە پێشووەکان`,
'empty': `ئەم هێڵی کاتە هێشتا هیچ رووداوێکی تێدا نییە.`,
'errorHttp': `ڕاژەکار بە هەڵەیەک وەڵامی دایەوە.`,
'errorNetwork': `پەیوەندی تۆڕ پچڕا.`,
'errorNotFound': `فایلی هێڵی کاتەکە نەدۆزرایەوە.`,
'errorNotTimeline': `ئەم فایلە داتای هێڵی کات نییە.`,
'errorTimeout': `ڕاژەکار زۆری پێچوو بۆ وەڵامدانەوە.`,
'errorTooLarge': `فایلی هێڵی کاتەکە زۆر گەورەیە.`,
'filterByCategory': `پاڵاوتنی رووداوەکان بەپێی بابەت`,
'hideDetails': `وردەکارییەکان بشارەوە`,
'howDateWasWorkedOut': `ئەم رێکەوتە چۆن دیاریکرا`,
'laterEvents': `ڕووداوە دواترەکان`,
'loadFailed': `نەتوانرا هێڵی کات بار بکرێت.`,
'loading': `هێڵی کات بار دەکرێت…`,
'planned': `پلانی بۆ دانراوە`,
'problems': str`کێشە لە داتای هێڵی کاتدا: ${0} لابرا، ${1} پشتگوێ خرا`,
'retry': `دووبارە هەوڵ بدەوە`,
'scheduled': `بڕیارە بکرێت`,
'showDetails': `وردەکارییەکان پیشان بدە`,
'timeline': `هێڵی کات`,
    };
  