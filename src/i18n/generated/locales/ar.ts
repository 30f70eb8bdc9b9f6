
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hb27fb6573ea825a4': html`كما ورد في المصدر: <bdi lang="${0}">${1}</bdi>`,
's043e5a208a60c670': str`الصورة: ${0}`,
's0b10556ba17029bf': `تصفية الأحداث حسب الفئة`,
's1517efd7811ce631': str`مشكلات في بيانات الخط الزمني: استُبعد ${0}، وتم تجاهل ${1}`,
's2bdd7d70012efff1': `وقت كتابة الخبر`,
's3b3c333481944862': `عرض التفاصيل`,
's680fc90489553ed6': `الخط الزمني`,
's6898cda142ce259b': `لم يُعثر على ملف الخط الزمني.`,
's7ecf1bbff3221a04': `كيف حُدِّد هذا التاريخ`,
's8a4b452e5934a508': `لا توجد أحداث في هذا الخط الزمني بعد.`,
's9e5f818f0f536483': `ردّ الخادم بخطأ.`,
'sbccd45cdc3fd2aaa': `ملف الخط الزمني كبير جدًا.`,
'sc079305a7d544e25': `مخطط له`,
'sc91a5202809f600b': `استغرق الخادم وقتًا طويلًا للرد.`,
'scd1dd6ff53d0d01a': `أعد المحاولة`,
'sd508751f4bee1e89': `تعذّر تحميل الخط الزمني.`,
'sd685c85b245c6e9f': `إخفاء التفاصيل`,
'se8fc8e0199d7f4d3': `جارٍ تحميل الخط الزمني…`,
'sf2d5ffb20d61fcf8': `مقرر`,
'sf328b4ab73669878': `هذا الملف ليس بيانات خط زمني.`,
'sf993bb199fefbe04': `الكل`,
'sffaf863c4700eab3': `فشل الاتصال بالشبكة.`,
    };
  