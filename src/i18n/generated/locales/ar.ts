
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'all': `الكل`,
'asWritten': `كما ورد في المصدر:`,
'atTheTimeOfWriting': `وقت كتابة الخبر`,
'credit': str`الصورة: ${0}`,
'earlierEvents': `الأحداث السابقة`,
'empty': `لا توجد أحداث في هذا الخط الزمني بعد.`,
'errorHttp': `ردّ الخادم بخطأ.`,
'errorNetwork': `فشل الاتصال بالشبكة.`,
'errorNotFound': `لم يُعثر على ملف الخط الزمني.`,
'errorNotTimeline': `هذا الملف ليس بيانات خط زمني.`,
'errorTimeout': `استغرق الخادم وقتًا طويلًا للرد.`,
'errorTooLarge': `ملف الخط الزمني كبير جدًا.`,
'filterByCategory': `تصفية الأحداث حسب الفئة`,
'hideDetails': `إخفاء التفاصيل`,
'howDateWasWorkedOut': `كيف حُدِّد هذا التاريخ`,
'laterEvents': `الأحداث اللاحقة`,
'loadFailed': `تعذّر تحميل الخط الزمني.`,
'loading': `جارٍ تحميل الخط الزمني…`,
'planned': `مخطط له`,
'problems': str`مشكلات في بيانات الخط الزمني: استُبعد ${0}، وتم تجاهل ${1}`,
'retry': `أعد المحاولة`,
'scheduled': `مقرر`,
'showDetails': `عرض التفاصيل`,
'timeline': `الخط الزمني`,
    };
  