
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hb27fb6573ea825a4': html`وەک لە سەرچاوەدا هاتووە: <bdi lang="${0}">${1}</bdi>`,
's043e5a208a60c670': str`وێنە: ${0}`,
's0b10556ba17029bf': `پاڵاوتنی رووداوەکان بەپێی بابەت`,
's1517efd7811ce631': str`کێشە لە داتای هێڵی کاتدا: ${0} لابرا، ${1} پشتگوێ خرا`,
's2bdd7d70012efff1': `لە کاتی نووسیندا`,
's3b3c333481944862': `وردەکارییەکان پیشان بدە`,
's680fc90489553ed6': `هێڵی کات`,
's6898cda142ce259b': `فایلی هێڵی کاتەکە نەدۆزرایەوە.`,
's7ecf1bbff3221a04': `ئەم رێکەوتە چۆن دیاریکرا`,
's8a4b452e5934a508': `ئەم هێڵی کاتە هێشتا هیچ رووداوێکی تێدا نییە.`,
's9e5f818f0f536483': `ڕاژەکار بە هەڵەیەک وەڵامی دایەوە.`,
'sbccd45cdc3fd2aaa': `فایلی هێڵی کاتەکە زۆر گەورەیە.`,
'sc079305a7d544e25': `پلانی بۆ دانراوە`,
'sc91a5202809f600b': `ڕاژەکار زۆری پێچوو بۆ وەڵامدانەوە.`,
'scd1dd6ff53d0d01a': `دووبارە هەوڵ بدەوە`,
'sd508751f4bee1e89': `نەتوانرا هێڵی کات بار بکرێت.`,
'sd685c85b245c6e9f': `وردەکارییەکان بشارەوە`,
'se8fc8e0199d7f4d3': `هێڵی کات بار دەکرێت…`,
'sf2d5ffb20d61fcf8': `بڕیارە بکرێت`,
'sf328b4ab73669878': `ئەم فایلە داتای هێڵی کات نییە.`,
'sf993bb199fefbe04': `هەموو`,
'sffaf863c4700eab3': `پەیوەندی تۆڕ پچڕا.`,
    };
  