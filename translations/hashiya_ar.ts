<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>Add tag “%1”</source>
        <translation>إضافة الوسم «%1»</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation>تمييز «%1»</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>حذف التمييز</translation>
    </message>
    <message>
        <source>Attach “%1” here</source>
        <translation>تثبيت «%1» هنا</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>إزالة الوسم «%1»</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Change highlight style</source>
        <translation>تغيير نمط التمييز</translation>
    </message>
</context>
<context>
    <name>hashiya::AboutDialog</name>
    <message>
        <source>About Hashiya</source>
        <translation>عن حاشية</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;نسخ معلومات الإصدار</translation>
    </message>
    <message>
        <source>Copy the versions of Hashiya and its libraries, for a bug report</source>
        <translation>نسخ إصدارات حاشية ومكتباته، لإرفاقها ببلاغ عن علّة</translation>
    </message>
    <message>
        <source>Hashiya %1</source>
        <translation>حاشية %1</translation>
    </message>
    <message>
        <source>A reader for right-to-left articles: highlight, annotate, tag.</source>
        <translation>قارئ للمقالات المكتوبة من اليمين إلى اليسار: تمييز وتعليق ووسم.</translation>
    </message>
    <message>
        <source>Hashiya is free software, licensed under the %1: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>حاشية برنامج حر مرخّص بموجب %1: يحق لك مشاركته وتعديله وفق شروطها. ويأتي دون أي ضمان.</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>رخصة غنو العمومية، الإصدار 3 أو أحدث (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <source>Built on these libraries and fonts</source>
        <translation>مبني على هذه المكتبات والخطوط</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Libraries and fonts</source>
        <translation>المكتبات والخطوط</translation>
    </message>
</context>
<context>
    <name>hashiya::AnnotationModel</name>
    <message>
        <source>Not anchored: select its text and choose Attach Here</source>
        <translation>غير مثبَّت: حدّد نصه واختر «تثبيت هنا»</translation>
    </message>
    <message>
        <source>Moved in this version: check the highlight</source>
        <translation>نُقل في هذه النسخة: راجع التمييز</translation>
    </message>
</context>
<context>
    <name>hashiya::AnnotationPanel</name>
    <message>
        <source>All styles</source>
        <translation>كل الأنماط</translation>
    </message>
    <message>
        <source>Not anchored</source>
        <translation>غير مثبَّتة</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>منقولة</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>لا تعليقات</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقًا</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>يُعرض %1 من %n تعليق</numerusform>
            <numerusform>يُعرض %1 من تعليق واحد</numerusform>
            <numerusform>يُعرض %1 من تعليقين</numerusform>
            <numerusform>يُعرض %1 من %n تعليقات</numerusform>
            <numerusform>يُعرض %1 من %n تعليقًا</numerusform>
            <numerusform>يُعرض %1 من %n تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>تصفية التعليقات</translation>
    </message>
    <message>
        <source>Filter annotations by text</source>
        <translation>تصفية التعليقات حسب النص</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
        <source>Filter by style</source>
        <translation>التصفية حسب النمط</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>اكتب ملاحظة…</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;وسوم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>hashiya::AnnotationRepository</name>
    <message>
        <source>The annotation is no longer in the library.</source>
        <translation>لم يعد التعليق موجودًا في المكتبة.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>يحتاج الوسم إلى اسم.</translation>
    </message>
    <message>
        <source>The annotation is no longer in the library, or already has this tag.</source>
        <translation>لم يعد التعليق موجودًا في المكتبة، أو أنه يحمل هذا الوسم مسبقًا.</translation>
    </message>
    <message>
        <source>The annotation has no tag “%1” in the library.</source>
        <translation>لا يحمل التعليق الوسم «%1» في المكتبة.</translation>
    </message>
</context>
<context>
    <name>hashiya::AnnotationStore</name>
    <message>
        <source>The library is busy (another Hashiya is writing); try again.</source>
        <translation>المكتبة مشغولة (نسخة أخرى من حاشية تكتب فيها)؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>Cannot save to the library: %1</source>
        <translation>تعذّر الحفظ في المكتبة: %1</translation>
    </message>
    <message>
        <source>Cannot add a highlight without an id.</source>
        <translation>لا يمكن إضافة تمييز بلا معرّف.</translation>
    </message>
    <message>
        <source>This highlight is already there.</source>
        <translation>هذا التمييز موجود مسبقًا.</translation>
    </message>
    <message>
        <source>This highlight belongs to another document.</source>
        <translation>هذا التمييز يخص مستندًا آخر.</translation>
    </message>
    <message>
        <source>Cannot add a highlight with an invalid range.</source>
        <translation>لا يمكن إضافة تمييز بنطاق غير صالح.</translation>
    </message>
    <message>
        <source>This highlight is no longer there.</source>
        <translation>لم يعد هذا التمييز موجودًا.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>يحتاج الوسم إلى اسم.</translation>
    </message>
    <message>
        <source>This highlight has no tag “%1”.</source>
        <translation>لا يحمل هذا التمييز الوسم «%1».</translation>
    </message>
    <message>
        <source>Cannot read the document&apos;s text: %1</source>
        <translation>تعذّرت قراءة نص المستند: %1</translation>
    </message>
    <message>
        <source>Select the text to attach the highlight to.</source>
        <translation>حدّد النص الذي تريد تثبيت التمييز عليه.</translation>
    </message>
    <message>
        <source>Cannot move a highlight to an invalid range.</source>
        <translation>لا يمكن نقل تمييز إلى نطاق غير صالح.</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>تعذّرت قراءة المكتبة: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::Application</name>
    <message>
        <source>Hashiya libraries (*.sqlite);;All files (*)</source>
        <translation>مكتبات حاشية (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name.</source>
        <translation>«%1» موجود مسبقًا. اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>Recover into a New Library</source>
        <translation>الاستعادة إلى مكتبة جديدة</translation>
    </message>
    <message>
        <source>Recovering what is readable…</source>
        <translation>جارٍ استعادة ما يمكن قراءته…</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <source>Nothing was recovered: %1
The damaged library “%2” has not been changed.</source>
        <translation>لم يُستعد شيء: %1
لم تُغيَّر المكتبة التالفة «%2».</translation>
    </message>
    <message>
        <source>Library recovered</source>
        <translation>استُعيدت المكتبة</translation>
    </message>
    <message>
        <source>%1
The recovered library is “%2”; the damaged one, “%3”, has not been changed.</source>
        <translation>%1
المكتبة المستعادة هي «%2»؛ أما التالفة، «%3»، فلم تُغيَّر.</translation>
    </message>
    <message>
        <source>Open Another Library</source>
        <translation>فتح مكتبة أخرى</translation>
    </message>
    <message>
        <source>Create a New Library</source>
        <translation>إنشاء مكتبة جديدة</translation>
    </message>
    <message>
        <source>Switch Library</source>
        <translation>تبديل المكتبة</translation>
    </message>
    <message>
        <source>“%1” cannot be opened, so Hashiya keeps using “%2”.
%3</source>
        <translation>تعذّر فتح «%1»، لذا يواصل حاشية استخدام «%2».
%3</translation>
    </message>
    <message>
        <source>Read-only library: changes cannot be saved</source>
        <translation>مكتبة للقراءة فقط: لا يمكن حفظ التغييرات</translation>
    </message>
    <message>
        <source>“%1” (or its folder) may not be written. Reading, searching and exporting work; highlights and notes cannot be saved.</source>
        <translation>لا يمكن الكتابة في «%1» (أو في مجلده). القراءة والبحث والتصدير متاحة؛ أما التمييزات والملاحظات فلا يمكن حفظها.</translation>
    </message>
    <message>
        <source>The daily backup of the library failed: %1</source>
        <translation>فشل النسخ الاحتياطي اليومي للمكتبة: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::ArticleLoader</name>
    <message>
        <source>The file “%1” is %2 MB; Hashiya opens articles of at most %3 MB.</source>
        <translation>حجم الملف «%1» هو %2 م.ب؛ يفتح حاشية مقالات لا يتجاوز حجمها %3 م.ب.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a device, a pipe or a socket); Hashiya opens only article files.</source>
        <translation>«%1» ليس ملفًا عاديًا (بل جهاز أو أنبوب أو مقبس)؛ لا يفتح حاشية إلا ملفات المقالات.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>الملف «%1» غير موجود.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose an article file inside it.</source>
        <translation>«%1» مجلد وليس ملفًا. اختر ملف مقالة بداخله.</translation>
    </message>
    <message>
        <source>You do not have permission to read “%1”.</source>
        <translation>ليس لديك إذن بقراءة «%1».</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>الملف «%1» فارغ.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2.</source>
        <translation>تعذّرت قراءة الملف «%1»: %2.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read whole: it changed while it was read (%2). Try again once it is complete.</source>
        <translation>تعذّرت قراءة الملف «%1» كاملًا: تغيّر أثناء قراءته (%2). أعد المحاولة حين يكتمل.</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>“%1” does not look like a text file (it holds binary data).</source>
        <translation>لا يبدو «%1» ملفًا نصيًا (فهو يحوي بيانات ثنائية).</translation>
    </message>
    <message>
        <source>The file “%1” holds only white space.</source>
        <translation>لا يحوي الملف «%1» إلا مسافات بيضاء.</translation>
    </message>
    <message>
        <source>Some bytes of “%1” are not valid %2; they were replaced by �.</source>
        <translation>بعض بايتات «%1» ليست %2 صالحًا؛ استُبدلت بالرمز �.</translation>
    </message>
    <message>
        <source>“%1” is %2, which Hashiya can only read with its graphical libraries started (QGuiApplication); this program started without them.</source>
        <translation>«%1» من نوع %2، ولا يقرؤه حاشية إلا بعد تشغيل مكتباته الرسومية (QGuiApplication)؛ وقد بدأ هذا البرنامج دونها.</translation>
    </message>
    <message>
        <source>“%1” nests its HTML elements more than %2 levels deep, the most Hashiya reads, and holds no text above that depth.</source>
        <translation>يتداخل «%1» في عناصر HTML لأكثر من %2 مستوى، وهو أقصى ما يقرؤه حاشية، ولا يحوي نصًا فوق هذا العمق.</translation>
    </message>
    <message>
        <source>“%1” holds no readable text.</source>
        <translation>لا يحوي «%1» نصًا مقروءًا.</translation>
    </message>
    <message>
        <source>“%1” nests its HTML elements more than %2 levels deep, the most Hashiya reads; the text below that depth was left out.</source>
        <translation>يتداخل «%1» في عناصر HTML لأكثر من %2 مستوى، وهو أقصى ما يقرؤه حاشية؛ وقد أُسقط النص الواقع تحت هذا العمق.</translation>
    </message>
</context>
<context>
    <name>hashiya::ArticlePane</name>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding…</source>
        <translation>إعادة الفتح ب&amp;ترميز…</translation>
    </message>
    <message>
        <source>Show &amp;Not Anchored</source>
        <translation>عرض &amp;غير المثبَّتة</translation>
    </message>
    <message>
        <source>Open &amp;Latest Version</source>
        <translation>فتح &amp;أحدث نسخة</translation>
    </message>
</context>
<context>
    <name>hashiya::ArticleView</name>
    <message>
        <source>Scroll down a page</source>
        <translation>التمرير صفحةً إلى الأسفل</translation>
    </message>
    <message>
        <source>Scroll up a page</source>
        <translation>التمرير صفحةً إلى الأعلى</translation>
    </message>
    <message>
        <source>Scroll down a line</source>
        <translation>التمرير سطرًا إلى الأسفل</translation>
    </message>
    <message>
        <source>Scroll up a line</source>
        <translation>التمرير سطرًا إلى الأعلى</translation>
    </message>
    <message>
        <source>Go to the beginning</source>
        <translation>الانتقال إلى البداية</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>الانتقال إلى النهاية</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
</context>
<context>
    <name>hashiya::CommandLine</name>
    <message>
        <source>Read, highlight and annotate right-to-left articles.</source>
        <translation>اقرأ المقالات المكتوبة من اليمين إلى اليسار، وميّزها، وعلّق عليها.</translation>
    </message>
    <message>
        <source>Use the library FILE.</source>
        <translation>استخدام المكتبة FILE.</translation>
    </message>
    <message>
        <source>Export format.</source>
        <translation>صيغة التصدير.</translation>
    </message>
    <message>
        <source>Export only this document.</source>
        <translation>تصدير هذا المستند وحده.</translation>
    </message>
    <message>
        <source>Write the export to PATH.</source>
        <translation>كتابة التصدير إلى PATH.</translation>
    </message>
    <message>
        <source>Read articles in this encoding.</source>
        <translation>قراءة المقالات بهذا الترميز.</translation>
    </message>
    <message>
        <source>find: match vowel marks and hamza exactly.</source>
        <translation>find: مطابقة الحركات والهمزة بدقة.</translation>
    </message>
    <message>
        <source>find: match whole words only.</source>
        <translation>find: مطابقة الكلمات الكاملة فقط.</translation>
    </message>
    <message>
        <source>import: the article is a new version of DOCUMENT; its annotations move to it.</source>
        <translation>import: المقالة نسخة جديدة من DOCUMENT؛ تنتقل تعليقاته إليها.</translation>
    </message>
    <message>
        <source>A command, or an ARTICLE to open.</source>
        <translation>أمر، أو مقالة ARTICLE لفتحها.</translation>
    </message>
    <message>
        <source>open the window, on ARTICLE if given</source>
        <translation>فتح النافذة، على ARTICLE إن أُعطيت</translation>
    </message>
    <message>
        <source>import articles; print the ID, encoding and title of each</source>
        <translation>استيراد مقالات؛ وطباعة المعرّف والترميز والعنوان لكل منها</translation>
    </message>
    <message>
        <source>list the documents with their annotation counts</source>
        <translation>عرض المستندات مع عدد تعليقات كلٍّ منها</translation>
    </message>
    <message>
        <source>print the stored text of a document</source>
        <translation>طباعة النص المخزَّن لمستند</translation>
    </message>
    <message>
        <source>export annotations as json, markdown, csv, html or qdpx</source>
        <translation>تصدير التعليقات بصيغة json أو markdown أو csv أو html أو qdpx</translation>
    </message>
    <message>
        <source>import W3C Web Annotation JSON-LD (FILE - reads standard input)</source>
        <translation>استيراد تعليقات W3C Web Annotation بصيغة JSON-LD (إذا كان FILE هو - فمن الدخل القياسي)</translation>
    </message>
    <message>
        <source>find in a document, ignoring vowel marks; print START, END, match</source>
        <translation>البحث في مستند مع تجاهل الحركات؛ وطباعة START وEND والمطابقة</translation>
    </message>
    <message>
        <source>search the texts, quotes, notes, tags and titles of the library</source>
        <translation>البحث في نصوص المكتبة واقتباساتها وملاحظاتها ووسومها وعناوينها</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>DOCUMENT is an ID printed by import and list (a unique prefix is enough).</source>
        <translation>DOCUMENT هو معرّف يطبعه import وlist (تكفي بادئة فريدة منه).</translation>
    </message>
    <message>
        <source>The library is --library FILE, else $HASHIYA_LIBRARY, else library.sqlite in the data folder.</source>
        <translation>المكتبة هي ‎--library FILE، وإلا فـ ‎$HASHIYA_LIBRARY، وإلا فـ library.sqlite في مجلد البيانات.</translation>
    </message>
    <message>
        <source>See hashiya(1) for the details of each command.</source>
        <translation>انظر hashiya(1) لتفاصيل كل أمر.</translation>
    </message>
</context>
<context>
    <name>hashiya::Commands</name>
    <message>
        <source>import needs at least one ARTICLE file</source>
        <translation>يحتاج import إلى ملف ARTICLE واحد على الأقل</translation>
    </message>
    <message>
        <source>import --new-version-of takes exactly one ARTICLE file</source>
        <translation>يأخذ import --new-version-of ملف ARTICLE واحدًا بالضبط</translation>
    </message>
    <message>
        <source>new version; highlights: %1 kept, %2 moved, %3 orphaned</source>
        <translation>نسخة جديدة؛ التمييزات: %1 بقيت، %2 نُقلت، %3 غير مثبَّتة</translation>
    </message>
    <message>
        <source>text needs exactly one DOCUMENT id</source>
        <translation>يحتاج text إلى معرّف DOCUMENT واحد بالضبط</translation>
    </message>
    <message>
        <source>find needs a DOCUMENT id and a QUERY</source>
        <translation>يحتاج find إلى معرّف DOCUMENT وإلى QUERY</translation>
    </message>
    <message>
        <source>search needs a QUERY</source>
        <translation>يحتاج search إلى QUERY</translation>
    </message>
    <message>
        <source>To use another library, pass --library FILE or set HASHIYA_LIBRARY.</source>
        <translation>لاستخدام مكتبة أخرى، مرّر ‎--library FILE أو اضبط HASHIYA_LIBRARY.</translation>
    </message>
    <message>
        <source>To recover what is readable into a new library, open this one in the window (run hashiya --library FILE without a command) and choose Try to Recover.</source>
        <translation>لاستعادة ما يمكن قراءته إلى مكتبة جديدة، افتح هذه المكتبة في النافذة (شغّل hashiya --library FILE دون أمر) واختر «محاولة الاستعادة».</translation>
    </message>
    <message>
        <source>the library “%1” is read-only: commands that change it will fail.</source>
        <translation>المكتبة «%1» للقراءة فقط: ستفشل الأوامر التي تغيّرها.</translation>
    </message>
    <message>
        <source>no document matches “%1” (see `hashiya list`)</source>
        <translation>لا يطابق أي مستند «%1» (انظر ‎`hashiya list`)</translation>
    </message>
    <message>
        <source>export needs --format %1</source>
        <translation>يحتاج export إلى ‎--format %1</translation>
    </message>
    <message>
        <source>there are no documents to export</source>
        <translation>لا توجد مستندات لتصديرها</translation>
    </message>
    <message>
        <source>--format %1 writes one file per document (%2 here): give --output FOLDER</source>
        <translation>يكتب ‎--format %1 ملفًا لكل مستند (%2 هنا): حدّد ‎--output FOLDER</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>import-annotations needs one FILE (W3C Web Annotation JSON-LD; - reads standard input)</source>
        <translation>يحتاج import-annotations إلى ملف FILE واحد (W3C Web Annotation بصيغة JSON-LD؛ و- تعني الدخل القياسي)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>تعذّر استيراد %1: %2</translation>
    </message>
</context>
<context>
    <name>hashiya::ComponentVersions</name>
    <message>
        <source>%1 (Unicode %2)</source>
        <extracomment>ICU&apos;s version, then the version of the Unicode standard it implements: &quot;72.1 (Unicode 15.0)&quot;.</extracomment>
        <translation>%1 (يونيكود %2)</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>ملكية عامة</translation>
    </message>
</context>
<context>
    <name>hashiya::CountsIndicator</name>
    <message>
        <source>Words: %1 of %2 · Sentences: %3 of %4</source>
        <translation>الكلمات: %1 من %2 · الجمل: %3 من %4</translation>
    </message>
    <message>
        <source>Words: %1 · Sentences: %2</source>
        <translation>الكلمات: %1 · الجمل: %2</translation>
    </message>
</context>
<context>
    <name>hashiya::DocumentController</name>
    <message>
        <source>Select some text to highlight it.</source>
        <translation>حدّد نصًا لتمييزه.</translation>
    </message>
    <message>
        <source>Select an annotation to tag it.</source>
        <translation>حدّد تعليقًا لوسمه.</translation>
    </message>
    <message>
        <source>This is the last annotation in the article.</source>
        <translation>هذا آخر تعليق في المقالة.</translation>
    </message>
    <message>
        <source>This is the first annotation in the article.</source>
        <translation>هذا أول تعليق في المقالة.</translation>
    </message>
    <message>
        <source>Choose a not anchored annotation in the list, then select the passage it belongs to.</source>
        <translation>اختر تعليقًا غير مثبَّت من القائمة، ثم حدّد المقطع الذي ينتمي إليه.</translation>
    </message>
    <message>
        <source>&amp;Style</source>
        <translation>ال&amp;نمط</translation>
    </message>
    <message>
        <source>&amp;Copy Quote</source>
        <translation>&amp;نسخ الاقتباس</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>تحرير ال&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>تحرير ال&amp;وسوم</translation>
    </message>
    <message>
        <source>&amp;Remove Highlight</source>
        <translation>إ&amp;زالة التمييز</translation>
    </message>
    <message>
        <source>&amp;Highlight As</source>
        <translation>&amp;تمييز باسم</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Attach “%1” &amp;Here</source>
        <translation>تثبيت «%1» &amp;هنا</translation>
    </message>
    <message>
        <source>The library was changed by another program; undo history was cleared.</source>
        <translation>غيّر برنامج آخر المكتبة؛ فمُسح سجل التراجع.</translation>
    </message>
</context>
<context>
    <name>hashiya::DocumentStore</name>
    <message>
        <source>No such document.</source>
        <translation>لا يوجد مستند كهذا.</translation>
    </message>
    <message>
        <source>“%1” is not a document id: give at least 4 characters of its id.</source>
        <translation>«%1» ليس معرّف مستند: اكتب 4 محارف على الأقل من معرّفه.</translation>
    </message>
    <message>
        <source>No document has the id “%1”.</source>
        <translation>لا يوجد مستند معرّفه «%1».</translation>
    </message>
    <message>
        <source>The id “%1” is ambiguous: give more of it.</source>
        <translation>المعرّف «%1» ملتبس: اكتب جزءًا أطول منه.</translation>
    </message>
</context>
<context>
    <name>hashiya::DocumentVersioner</name>
    <message>
        <source>Cannot re-anchor a highlight: %1</source>
        <translation>تعذّرت إعادة تثبيت تمييز: %1</translation>
    </message>
    <message>
        <source>Cannot write to the library: %1</source>
        <translation>تعذّرت الكتابة في المكتبة: %1</translation>
    </message>
    <message>
        <source>The document to make a new version of is not in the library: %1</source>
        <translation>المستند المراد إنشاء نسخة جديدة منه ليس في المكتبة: %1</translation>
    </message>
    <message>
        <source>Cannot read the document&apos;s highlights: %1</source>
        <translation>تعذّرت قراءة تمييزات المستند: %1</translation>
    </message>
    <message>
        <source>Cannot store the new version: %1</source>
        <translation>تعذّر حفظ النسخة الجديدة: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::EncodingDialog</name>
    <message>
        <source>Reopen with Encoding</source>
        <translation>إعادة الفتح بترميز</translation>
    </message>
    <message>
        <source>If the text looks wrong, choose the encoding that gives readable text. The current one is %1.</source>
        <translation>إذا بدا النص غير صحيح، فاختر الترميز الذي يعطي نصًا مقروءًا. الترميز الحالي هو %1.</translation>
    </message>
    <message>
        <source>%1 (%2%)
%3</source>
        <translation>%1 (%2%)
%3</translation>
    </message>
    <message>
        <source>Likely encodings</source>
        <translation>الترميزات المرجّحة</translation>
    </message>
    <message>
        <source>(choose from the list above)</source>
        <translation>(اختر من القائمة أعلاه)</translation>
    </message>
    <message>
        <source>Other encoding</source>
        <translation>ترميز آخر</translation>
    </message>
    <message>
        <source>Other encoding:</source>
        <translation>ترميز آخر:</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
</context>
<context>
    <name>hashiya::ExportController</name>
    <message>
        <source>An export is already going on.</source>
        <translation>ثمة تصدير جارٍ بالفعل.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>افتح مقالة أولًا.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>جارٍ التصدير إلى %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي ملف إلى %1.</numerusform>
            <numerusform>صُدِّر ملف واحد إلى %1.</numerusform>
            <numerusform>صُدِّر ملفان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n ملفات إلى %1.</numerusform>
            <numerusform>صُدِّر %n ملفًا إلى %1.</numerusform>
            <numerusform>صُدِّر %n ملف إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>أُلغي التصدير: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::ExportDialog</name>
    <message>
        <source>The &amp;current article</source>
        <translation>المقالة ال&amp;حالية</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>المكتبة &amp;كاملة</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>تصدير التعليقات</translation>
    </message>
    <message>
        <source>The &amp;current article (%1)</source>
        <translation>المقالة ال&amp;حالية (%1)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>التصدير:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Hashiya export</source>
        <translation>تصدير حاشية</translation>
    </message>
    <message>
        <source>Hashiya library</source>
        <translation>مكتبة حاشية</translation>
    </message>
    <message>
        <source>To &amp;folder:</source>
        <translation>إلى &amp;مجلد:</translation>
    </message>
    <message>
        <source>To &amp;file:</source>
        <translation>إلى &amp;ملف:</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>اختر مكان التصدير.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 مجلد: اكتب اسم ملف.</translation>
    </message>
</context>
<context>
    <name>hashiya::Exporter</name>
    <message>
        <source>Hashiya annotations</source>
        <translation>تعليقات حاشية</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation ‏(JSON-LD)</translation>
    </message>
    <message>
        <source>Markdown study notes</source>
        <translation>ملاحظات دراسية بصيغة Markdown</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>جدول بيانات CSV</translation>
    </message>
    <message>
        <source>HTML page per document</source>
        <translation>صفحة HTML لكل مستند</translation>
    </message>
    <message>
        <source>REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder)</source>
        <translation>مشروع REFI-QDA ‏(ATLAS.ti وMAXQDA وNVivo وQualCoder)</translation>
    </message>
    <message>
        <source>Cannot list the documents: %1</source>
        <translation>تعذّر سرد المستندات: %1</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>Cannot read document %1: %2</source>
        <translation>تعذّرت قراءة المستند %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the annotations of “%1”: %2</source>
        <translation>تعذّرت قراءة تعليقات «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read styles and tags: %1</source>
        <translation>تعذّرت قراءة الأنماط والوسوم: %1</translation>
    </message>
    <message>
        <source>Cannot build the REFI-QDA package: %1</source>
        <translation>تعذّر بناء حزمة REFI-QDA: %1</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>لا شيء لتصديره.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a folder: an export of %n file(s) needs an existing folder.</source>
        <translation>
            <numerusform>%1 ليس مجلدًا: يحتاج تصدير لا ملفات فيه إلى مجلد موجود.</numerusform>
            <numerusform>%1 ليس مجلدًا: يحتاج تصدير ملف واحد إلى مجلد موجود.</numerusform>
            <numerusform>%1 ليس مجلدًا: يحتاج تصدير ملفين إلى مجلد موجود.</numerusform>
            <numerusform>%1 ليس مجلدًا: يحتاج تصدير %n ملفات إلى مجلد موجود.</numerusform>
            <numerusform>%1 ليس مجلدًا: يحتاج تصدير %n ملفًا إلى مجلد موجود.</numerusform>
            <numerusform>%1 ليس مجلدًا: يحتاج تصدير %n ملف إلى مجلد موجود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusing the unsafe file name “%1”.</source>
        <translation>رُفض اسم الملف غير الآمن «%1».</translation>
    </message>
    <message>
        <source>Refusing to write outside %1.</source>
        <translation>رُفضت الكتابة خارج %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Highlight styles</source>
        <translation>أنماط التمييز</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::FindBar</name>
    <message>
        <source>Next match</source>
        <translation>المطابقة التالية</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>المطابقة السابقة</translation>
    </message>
    <message>
        <source>Close the find bar and return to the article</source>
        <translation>إغلاق شريط البحث والعودة إلى المقالة</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>البحث في المقالة</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>المطابقة السابقة (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>المطابقة التالية (Enter)</translation>
    </message>
    <message>
        <source>Exact marks</source>
        <translation>حركات مطابقة</translation>
    </message>
    <message>
        <source>Match vowel marks and hamza exactly</source>
        <translation>مطابقة الحركات والهمزة بدقة</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>Match whole words only</source>
        <translation>مطابقة الكلمات الكاملة فقط</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>نتيجة البحث</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>The current find match and how many there are: &quot;3 of 17&quot;.</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا مطابقات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>إغلاق شريط البحث (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>إغلاق شريط البحث</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>مطابقة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>لا مطابقات</numerusform>
            <numerusform>مطابقة واحدة</numerusform>
            <numerusform>مطابقتان</numerusform>
            <numerusform>%n مطابقات</numerusform>
            <numerusform>%n مطابقةً</numerusform>
            <numerusform>%n مطابقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::HtmlExporter</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>صُدِّر في: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Not anchored</source>
        <translation>غير مثبَّتة</translation>
    </message>
    <message>
        <source>These passages are no longer found in the text.</source>
        <translation>لم تعد هذه المقاطع موجودة في النص.</translation>
    </message>
</context>
<context>
    <name>hashiya::KeyboardNavigation</name>
    <message>
        <source>Next field: article, find bar, filters, annotation list, note, tags</source>
        <translation>الحقل التالي: المقالة، شريط البحث، عوامل التصفية، قائمة التعليقات، الملاحظة، الوسوم</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>الحقل السابق</translation>
    </message>
</context>
<context>
    <name>hashiya::Library</name>
    <message>
        <source>The file has not been changed.</source>
        <translation>لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source> The newest backup is “%1”.</source>
        <translation> أحدث نسخة احتياطية هي «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a Hashiya library: %2. %3 Open another library, or move this file away and create a new library.</source>
        <translation>«%1» ليس مكتبة حاشية: %2. %3 افتح مكتبة أخرى، أو انقل هذا الملف بعيدًا وأنشئ مكتبة جديدة.</translation>
    </message>
    <message>
        <source>The library “%1” is empty (0 bytes): it may be a copy that was cut short, so it is not taken for a new library. %2 Restore it from a backup, open another library, or delete this empty file to start a new library there.%3</source>
        <translation>المكتبة «%1» فارغة (0 بايت): ربما تكون نسخة انقطعت قبل اكتمالها، لذا لا تُعامَل كمكتبة جديدة. %2 استعدها من نسخة احتياطية، أو افتح مكتبة أخرى، أو احذف هذا الملف الفارغ لتبدأ مكتبة جديدة مكانه.%3</translation>
    </message>
    <message>
        <source>The library “%1” is damaged and cannot be read (%2). %3 Try to recover what is still readable into a new library, restore it from a backup, or open another library.%4</source>
        <translation>المكتبة «%1» تالفة ولا يمكن قراءتها (%2). %3 حاول استعادة ما يزال مقروءًا إلى مكتبة جديدة، أو استعدها من نسخة احتياطية، أو افتح مكتبة أخرى.%4</translation>
    </message>
    <message>
        <source>Cannot read the library “%1”: %2. %3 Check that you may read the file and its folder, or open another library.</source>
        <translation>تعذّرت قراءة المكتبة «%1»: %2. %3 تحقق من أن لديك إذن قراءة الملف ومجلده، أو افتح مكتبة أخرى.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>فهو ليس قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>the file is shorter than an SQLite header</source>
        <translation>الملف أقصر من ترويسة SQLite</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>فهو مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>Cannot back up the library “%1” before updating it to this version of Hashiya: %2. %3 Free some space beside it and try again, or open another library.</source>
        <translation>تعذّر النسخ الاحتياطي للمكتبة «%1» قبل تحديثها لهذا الإصدار من حاشية: %2. %3 وفّر بعض المساحة بجوارها وأعد المحاولة، أو افتح مكتبة أخرى.</translation>
    </message>
    <message>
        <source>the disk (or the library) is full. Free some space on the disk that holds the library, then try again</source>
        <translation>القرص (أو المكتبة) ممتلئ. وفّر بعض المساحة على القرص الذي يحوي المكتبة، ثم أعد المحاولة</translation>
    </message>
    <message>
        <source>the library is read-only: changes cannot be saved. Make the file and its folder writable, or open a writable copy of it</source>
        <translation>المكتبة للقراءة فقط: لا يمكن حفظ التغييرات. اجعل الملف ومجلده قابلَين للكتابة، أو افتح نسخة قابلة للكتابة منها</translation>
    </message>
    <message>
        <source>another program holds the library locked. Close that program (or the other Hashiya window) and try again</source>
        <translation>برنامج آخر يقفل المكتبة. أغلق ذلك البرنامج (أو نافذة حاشية الأخرى) وأعد المحاولة</translation>
    </message>
    <message>
        <source>the library is damaged. Quit Hashiya, then open it again to recover what is readable into a new library</source>
        <translation>المكتبة تالفة. أنهِ حاشية ثم افتحها من جديد لاستعادة ما يمكن قراءته إلى مكتبة جديدة</translation>
    </message>
    <message>
        <source>the disk could not be written. Check the disk, then try again</source>
        <translation>تعذّرت الكتابة على القرص. افحص القرص ثم أعد المحاولة</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program</source>
        <translation>فهو قاعدة بيانات SQLite لبرنامج آخر</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer version of Hashiya (schema %2; this version knows schemas up to %3). %4 Update Hashiya to open it, or open another library.</source>
        <translation>كتب المكتبةَ «%1» إصدارٌ أحدث من حاشية (المخطط %2؛ وهذا الإصدار يعرف المخططات حتى %3). %4 حدّث حاشية لفتحها، أو افتح مكتبة أخرى.</translation>
    </message>
    <message>
        <source>The library “%1” is read-only and was written by an older version of Hashiya (schema %2; this version needs %3), so it cannot be updated. %4 Make the file and its folder writable, or open a writable copy.</source>
        <translation>المكتبة «%1» للقراءة فقط وقد كتبها إصدار أقدم من حاشية (المخطط %2؛ وهذا الإصدار يحتاج %3)، لذا لا يمكن تحديثها. %4 اجعل الملف ومجلده قابلَين للكتابة، أو افتح نسخة قابلة للكتابة.</translation>
    </message>
    <message>
        <source>Cannot switch the library “%1” to write-ahead logging (%2). If another program holds it open, close that program and try again.</source>
        <translation>تعذّر تحويل المكتبة «%1» إلى التسجيل المسبق للكتابة (%2). إن كان برنامج آخر يفتحها، فأغلقه وأعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>hashiya::LibraryBackup</name>
    <message>
        <source>An in-memory library has no folder to keep backups in.</source>
        <translation>ليس للمكتبة المحفوظة في الذاكرة مجلد تُحفظ فيه النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>cannot rename “%1”</source>
        <translation>تعذّرت إعادة تسمية «%1»</translation>
    </message>
    <message>
        <source>the library&apos;s connection is not open</source>
        <translation>اتصال المكتبة غير مفتوح</translation>
    </message>
    <message>
        <source>Cannot read the backup “%1”: %2.</source>
        <translation>تعذّرت قراءة النسخة الاحتياطية «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>تعذّرت كتابة «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>hashiya::LibraryRecovery</name>
    <message>
        <source>Recovered %1, %2 and %3.</source>
        <translation>استُعيد %1 و%2 و%3.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n مستند</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n تمييز</numerusform>
            <numerusform>تمييز واحد</numerusform>
            <numerusform>تمييزان</numerusform>
            <numerusform>%n تمييزات</numerusform>
            <numerusform>%n تمييزًا</numerusform>
            <numerusform>%n تمييز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n وسم</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسمان</numerusform>
            <numerusform>%n وسوم</numerusform>
            <numerusform>%n وسمًا</numerusform>
            <numerusform>%n وسم</numerusform>
        </translation>
    </message>
    <message>
        <source> Some pages of the damaged library could not be read: what they held is lost.</source>
        <translation> تعذّرت قراءة بعض صفحات المكتبة التالفة: ما كانت تحويه قد ضاع.</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name for the recovered library.</source>
        <translation>«%1» موجود مسبقًا. اختر اسم ملف جديدًا للمكتبة المستعادة.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder to recover in: %1.</source>
        <translation>تعذّر إنشاء مجلد مؤقت للاستعادة فيه: %1.</translation>
    </message>
    <message>
        <source>Cannot read the damaged library “%1”. Check that you may read it.</source>
        <translation>تعذّرت قراءة المكتبة التالفة «%1». تحقق من أن لديك إذن قراءتها.</translation>
    </message>
    <message>
        <source>Cannot open a copy of the damaged library: %1.</source>
        <translation>تعذّر فتح نسخة من المكتبة التالفة: %1.</translation>
    </message>
    <message>
        <source>Nothing could be recovered: the damaged library&apos;s list of tables is unreadable. Restore it from a backup instead.</source>
        <translation>تعذّرت استعادة أي شيء: قائمة جداول المكتبة التالفة غير مقروءة. استعدها من نسخة احتياطية بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>hashiya::LibrarySearchDialog</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>تمييز</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot; or a prefix*</source>
        <translation>كلمات، أو &quot;عبارة&quot;، أو بادئة*</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجةً</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::LibraryTroubleDialog</name>
    <message>
        <source>The library is damaged</source>
        <translation>المكتبة تالفة</translation>
    </message>
    <message>
        <source>The library file is empty</source>
        <translation>ملف المكتبة فارغ</translation>
    </message>
    <message>
        <source>This file is not a Hashiya library</source>
        <translation>هذا الملف ليس مكتبة حاشية</translation>
    </message>
    <message>
        <source>The library is from a newer Hashiya</source>
        <translation>المكتبة من إصدار أحدث من حاشية</translation>
    </message>
    <message>
        <source>The library cannot be read</source>
        <translation>تعذّرت قراءة المكتبة</translation>
    </message>
    <message>
        <source>The library is read-only and cannot be updated</source>
        <translation>المكتبة للقراءة فقط ولا يمكن تحديثها</translation>
    </message>
    <message>
        <source>The library cannot be created</source>
        <translation>تعذّر إنشاء المكتبة</translation>
    </message>
    <message>
        <source>The library cannot be opened</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <source>Cannot Open the Library</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>فتح مكتبة أخرى…</translation>
    </message>
    <message>
        <source>Create a New Library…</source>
        <translation>إنشاء مكتبة جديدة…</translation>
    </message>
    <message>
        <source>Try to Recover…</source>
        <translation>محاولة الاستعادة…</translation>
    </message>
    <message>
        <source>Copy what is still readable into a new library. The damaged file is left as it is.</source>
        <translation>نسخ ما يزال مقروءًا إلى مكتبة جديدة. يبقى الملف التالف على حاله.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>hashiya::MainWindow</name>
    <message>
        <source>Hashiya</source>
        <translation>حاشية</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>The text of the open article. Select a passage to highlight it; Alt+Down and Alt+Up go to the next and previous highlight.</source>
        <translation>نص المقالة المفتوحة. حدّد مقطعًا لتمييزه؛ ينتقل Alt+Down وAlt+Up إلى التمييز التالي والسابق.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;حذف التعليق</translation>
    </message>
    <message>
        <source>Attach &amp;Here</source>
        <translation>تثبيت &amp;هنا</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات ال&amp;حديثة</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding…</source>
        <translation>إعادة الفتح ب&amp;ترميز…</translation>
    </message>
    <message>
        <source>Import as New &amp;Version…</source>
        <translation>استيراد ك&amp;نسخة جديدة…</translation>
    </message>
    <message>
        <source>Ear&amp;lier Versions</source>
        <translation>النسخ ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>البحث في ال&amp;مكتبة…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>إعادة ضبط ال&amp;تكبير</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>ت&amp;عليق</translation>
    </message>
    <message>
        <source>Edit N&amp;ote</source>
        <translation>تحرير ال&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>تحرير ال&amp;وسوم</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>التعليق ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Annotation</source>
        <translation>التعليق ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>الجزء ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>الجزء ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>اختصارات &amp;لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;About Hashiya</source>
        <translation>&amp;عن حاشية</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>عن &amp;Qt</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>تصدير بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>تعذّر فتح %1:
%2</translation>
    </message>
    <message>
        <source>Cannot add %1 to the library:
%2</source>
        <translation>تعذّرت إضافة %1 إلى المكتبة:
%2</translation>
    </message>
    <message>
        <source>The encoding of this file was a guess (%1). If the text looks wrong, reopen it with another encoding.</source>
        <translation>كان ترميز هذا الملف تخمينًا (%1). إذا بدا النص غير صحيح، فأعد فتحه بترميز آخر.</translation>
    </message>
    <message>
        <source>This document is no longer in the library.</source>
        <translation>لم يعد هذا المستند في المكتبة.</translation>
    </message>
    <message>
        <source>%1 — Hashiya</source>
        <translation>%1 — حاشية</translation>
    </message>
    <message>
        <source>This article did not come from a file that can be read again.</source>
        <translation>لم تأتِ هذه المقالة من ملف يمكن قراءته من جديد.</translation>
    </message>
    <message>
        <source>Cannot read %1 again.</source>
        <translation>تعذّرت قراءة %1 من جديد.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>فتح مقالة</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.md *.markdown *.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>م&amp;سح القائمة</translation>
    </message>
    <message>
        <source>Open an article with File › Open or drop it here.</source>
        <translation>افتح مقالة من ملف › فتح، أو أفلِتها هنا.</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>لغة غير معروفة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Highlight as %1</source>
        <translation>تمييز باسم %1</translation>
    </message>
    <message>
        <source>Open the article the file is a new version of first.</source>
        <translation>افتح أولًا المقالة التي يكون الملف نسخة جديدة منها.</translation>
    </message>
    <message>
        <source>Cannot add %1 as a new version:
%2</source>
        <translation>تعذّرت إضافة %1 كنسخة جديدة:
%2</translation>
    </message>
    <message>
        <source>Import as New Version of “%1”</source>
        <translation>استيراد كنسخة جديدة من «%1»</translation>
    </message>
    <message>
        <source>This is a new version of the article: %1, %2, %3.</source>
        <translation>هذه نسخة جديدة من المقالة: %1، و%2، و%3.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) kept</source>
        <translation>
            <numerusform>لم يبقَ أي تعليق</numerusform>
            <numerusform>بقي تعليق واحد</numerusform>
            <numerusform>بقي تعليقان</numerusform>
            <numerusform>بقيت %n تعليقات</numerusform>
            <numerusform>بقي %n تعليقًا</numerusform>
            <numerusform>بقي %n تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>لم يُنقل أي منها</numerusform>
            <numerusform>نُقل واحد</numerusform>
            <numerusform>نُقل اثنان</numerusform>
            <numerusform>نُقلت %n</numerusform>
            <numerusform>نُقل %n</numerusform>
            <numerusform>نُقل %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>لا شيء غير مثبَّت</numerusform>
            <numerusform>واحد غير مثبَّت</numerusform>
            <numerusform>اثنان غير مثبَّتين</numerusform>
            <numerusform>%n غير مثبَّتة</numerusform>
            <numerusform>%n غير مثبَّت</numerusform>
            <numerusform>%n غير مثبَّت</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphaned annotations keep their quote and note: select the passage and choose Attach Here.</source>
        <translation>تحتفظ التعليقات غير المثبَّتة باقتباسها وملاحظتها: حدّد المقطع واختر «تثبيت هنا».</translation>
    </message>
    <message>
        <source>Version %1, imported %2</source>
        <translation>النسخة %1، استُوردت في %2</translation>
    </message>
    <message>
        <source>This is an earlier version of the article, kept for reference; its annotations are on the latest version.</source>
        <translation>هذه نسخة سابقة من المقالة محفوظة للرجوع إليها؛ تعليقاتها موجودة على أحدث نسخة.</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
</context>
<context>
    <name>hashiya::MarkdownExporter</name>
    <message>
        <source>*(This passage is no longer found in the text.)*</source>
        <translation>*(لم يعد هذا المقطع موجودًا في النص.)*</translation>
    </message>
    <message>
        <source>*No annotations.*</source>
        <translation>*لا تعليقات.*</translation>
    </message>
</context>
<context>
    <name>hashiya::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Save the note and return to the article</source>
        <translation>حفظ الملاحظة والعودة إلى المقالة</translation>
    </message>
    <message>
        <source>Save the note and go to the tags</source>
        <translation>حفظ الملاحظة والانتقال إلى الوسوم</translation>
    </message>
</context>
<context>
    <name>hashiya::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>صفحات التفضيلات</translation>
    </message>
</context>
<context>
    <name>hashiya::PreferencesGeneralPage</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;فتح مكتبة…</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>مكتبة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Use the &amp;Default</source>
        <translation>استخدام المكان ال&amp;افتراضي</translation>
    </message>
    <message>
        <source>&amp;Switch to it now</source>
        <translation>ال&amp;تبديل إليها الآن</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The new language applies when Hashiya starts again.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل حاشية من جديد.</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>ملف المكتبة</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>المفتوحة الآن: %1</translation>
    </message>
    <message>
        <source>a temporary library in memory</source>
        <translation>مكتبة مؤقتة في الذاكرة</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Library &amp;file Hashiya opens:</source>
        <translation>&amp;ملف المكتبة الذي يفتحه حاشية:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>The default location</source>
        <translation>المكان الافتراضي</translation>
    </message>
    <message>
        <source>Hashiya libraries (*.sqlite);;All files (*)</source>
        <translation>مكتبات حاشية (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>مكتبة جديدة</translation>
    </message>
    <message>
        <source>“%1” already exists. To use it, choose Open Library; for a new library, choose a new file name.</source>
        <translation>«%1» موجود مسبقًا. لاستخدامه اختر «فتح مكتبة»؛ ولمكتبة جديدة اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as the library, so Hashiya keeps using the one open now.
%2</source>
        <translation>لا يمكن استخدام «%1» مكتبةً، لذا يواصل حاشية استخدام المكتبة المفتوحة الآن.
%2</translation>
    </message>
</context>
<context>
    <name>hashiya::PreferencesReadingPage</name>
    <message>
        <source>Only fonts that write &amp;Arabic</source>
        <translation>الخطوط التي تكتب ال&amp;عربية فقط</translation>
    </message>
    <message>
        <source>Article font</source>
        <translation>خط المقالة</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>تباعد الأسطر</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Text width</source>
        <translation>عرض النص</translation>
    </message>
    <message>
        <source>Comfortable (about 42 em)</source>
        <translation>مريح (نحو 42 em)</translation>
    </message>
    <message>
        <source>Fit the window</source>
        <translation>بعرض النافذة</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>مخصّص</translation>
    </message>
    <message>
        <source>Custom text width in em</source>
        <translation>عرض النص المخصّص بوحدة em</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>ال&amp;خط:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>ال&amp;حجم:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;تباعد الأسطر:</translation>
    </message>
    <message>
        <source>Text &amp;width:</source>
        <translation>&amp;عرض النص:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>معاينة:</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
</context>
<context>
    <name>hashiya::PreferencesStylesPage</name>
    <message>
        <source>Highlight</source>
        <translation>تمييز</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>مهم</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>مصطلح</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>محل خلاف</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>ال&amp;لون…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>تحريك لأ&amp;على</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>تحريك لأ&amp;سفل</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Highlight styles</source>
        <translation>أنماط التمييز</translation>
    </message>
    <message>
        <source>&amp;Styles, in the order of their shortcuts:</source>
        <translation>الأ&amp;نماط، بترتيب اختصاراتها:</translation>
    </message>
    <message>
        <source>Ctrl+1 applies the first style, Ctrl+2 the second, and so on up to Ctrl+9. Drag a style or use Move Up and Move Down to change the order.</source>
        <translation>يطبّق Ctrl+1 النمط الأول، وCtrl+2 الثاني، وهكذا حتى Ctrl+9. اسحب نمطًا أو استخدم «تحريك لأعلى» و«تحريك لأسفل» لتغيير الترتيب.</translation>
    </message>
    <message>
        <source>Highlight Styles</source>
        <translation>أنماط التمييز</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>No shortcut</source>
        <translation>بلا اختصار</translation>
    </message>
    <message>
        <source>New style</source>
        <translation>نمط جديد</translation>
    </message>
    <message>
        <source>New style %1</source>
        <translation>نمط جديد %1</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>لون «%1»</translation>
    </message>
    <message>
        <source>Delete the highlight style “%1”?</source>
        <translation>أتريد حذف نمط التمييز «%1»؟</translation>
    </message>
    <message>
        <source>No annotation uses it.</source>
        <translation>لا يستخدمه أي تعليق.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) use it. They are kept: when you apply the change, they move to the first style, “%1”.</source>
        <translation>
            <numerusform>لا يستخدمه أي تعليق، فلن يُنقل شيء إلى النمط الأول «%1».</numerusform>
            <numerusform>يستخدمه تعليق واحد، وسيُحتفظ به: عند تطبيق التغيير يُنقل إلى النمط الأول «%1».</numerusform>
            <numerusform>يستخدمه تعليقان، وسيُحتفظ بهما: عند تطبيق التغيير يُنقلان إلى النمط الأول «%1».</numerusform>
            <numerusform>يستخدمه %n تعليقات، وسيُحتفظ بها: عند تطبيق التغيير تُنقل إلى النمط الأول «%1».</numerusform>
            <numerusform>يستخدمه %n تعليقًا، وسيُحتفظ بها: عند تطبيق التغيير تُنقل إلى النمط الأول «%1».</numerusform>
            <numerusform>يستخدمه %n تعليق، وسيُحتفظ بها: عند تطبيق التغيير تُنقل إلى النمط الأول «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Highlight Style</source>
        <translation>حذف نمط التمييز</translation>
    </message>
    <message>
        <source>Delete Style</source>
        <translation>حذف النمط</translation>
    </message>
    <message>
        <source>The highlight styles were not saved: %1</source>
        <translation>لم تُحفظ أنماط التمييز: %1</translation>
    </message>
</context>
<context>
    <name>hashiya::PrintController</name>
    <message>
        <source>Open an article first.</source>
        <translation>افتح مقالة أولًا.</translation>
    </message>
    <message>
        <source>Printing is already going on.</source>
        <translation>ثمة طباعة جارية بالفعل.</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>طباعة المقالة</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>article</source>
        <translation>مقالة</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>تصدير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>hashiya::PrintJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>تعذّر بدء الطباعة.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>فشلت الطباعة.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) printed.</source>
        <translation>
            <numerusform>لم تُطبع أي صفحة.</numerusform>
            <numerusform>طُبعت صفحة واحدة.</numerusform>
            <numerusform>طُبعت صفحتان.</numerusform>
            <numerusform>طُبعت %n صفحات.</numerusform>
            <numerusform>طُبعت %n صفحةً.</numerusform>
            <numerusform>طُبعت %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing failed on page %1.</source>
        <translation>فشلت الطباعة عند الصفحة %1.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>أُلغيت الطباعة.</translation>
    </message>
</context>
<context>
    <name>hashiya::QdeProjectWriter</name>
    <message>
        <source>Not anchored: “%1”</source>
        <translation>غير مثبَّت: «%1»</translation>
    </message>
</context>
<context>
    <name>hashiya::RawStatement</name>
    <message>
        <source>The library&apos;s connection is not an SQLite connection.</source>
        <translation>اتصال المكتبة ليس اتصال SQLite.</translation>
    </message>
</context>
<context>
    <name>hashiya::SchemaMigration</name>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>فشلت خطوة المخطط %1: %2</translation>
    </message>
</context>
<context>
    <name>hashiya::SearchIndex</name>
    <message>
        <source>Cannot search the library: %1</source>
        <translation>تعذّر البحث في المكتبة: %1</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index: %1</source>
        <translation>تعذّرت إعادة بناء فهرس البحث: %1</translation>
    </message>
    <message>
        <source>The search index is incomplete.</source>
        <translation>فهرس البحث غير مكتمل.</translation>
    </message>
</context>
<context>
    <name>hashiya::SearchIndexer</name>
    <message>
        <source>The annotation is no longer in the library.</source>
        <translation>لم يعد التعليق موجودًا في المكتبة.</translation>
    </message>
</context>
<context>
    <name>hashiya::ShortcutsDialog</name>
    <message>
        <source>%1 › %2</source>
        <extracomment>A submenu under its menu in Help › Keyboard Shortcuts: &quot;File › Open Recent&quot;.</extracomment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between two shortcuts of one command: &quot;Ctrl+Y, Ctrl+Shift+Z&quot;.</extracomment>
        <translation>،</translation>
    </message>
    <message>
        <source>Other commands</source>
        <translation>أوامر أخرى</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>في المقالة</translation>
    </message>
    <message>
        <source>In the find bar</source>
        <translation>في شريط البحث</translation>
    </message>
    <message>
        <source>In the note</source>
        <translation>في الملاحظة</translation>
    </message>
    <message>
        <source>In the tag field</source>
        <translation>في حقل الوسوم</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>ت&amp;صفية:</translation>
    </message>
    <message>
        <source>Type part of a command or a key</source>
        <translation>اكتب جزءًا من أمر أو مفتاح</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>hashiya::StyleRepository</name>
    <message>
        <source>This highlight style no longer exists.</source>
        <translation>لم يعد نمط التمييز هذا موجودًا.</translation>
    </message>
    <message>
        <source>The new order must name every highlight style once.</source>
        <translation>يجب أن يذكر الترتيب الجديد كل نمط تمييز مرة واحدة.</translation>
    </message>
    <message>
        <source>The annotations of a removed style need another style to move to.</source>
        <translation>تحتاج تعليقات النمط المحذوف إلى نمط آخر تنتقل إليه.</translation>
    </message>
    <message>
        <source>The library is read-only: highlight styles cannot be changed.</source>
        <translation>المكتبة للقراءة فقط: لا يمكن تغيير أنماط التمييز.</translation>
    </message>
    <message>
        <source>There must be at least one highlight style.</source>
        <translation>يجب أن يبقى نمط تمييز واحد على الأقل.</translation>
    </message>
    <message>
        <source>A highlight style needs a name.</source>
        <translation>يحتاج نمط التمييز إلى اسم.</translation>
    </message>
    <message>
        <source>The highlight style “%1” needs a colour.</source>
        <translation>يحتاج نمط التمييز «%1» إلى لون.</translation>
    </message>
    <message>
        <source>Two highlight styles are called “%1”: give each its own name.</source>
        <translation>يوجد نمطا تمييز باسم «%1»: أعطِ كلًّا منهما اسمًا خاصًا.</translation>
    </message>
    <message>
        <source>The highlight style “%1” no longer exists.</source>
        <translation>لم يعد نمط التمييز «%1» موجودًا.</translation>
    </message>
</context>
<context>
    <name>hashiya::StyleStore</name>
    <message>
        <source>A highlight style needs a name and a colour.</source>
        <translation>يحتاج نمط التمييز إلى اسم ولون.</translation>
    </message>
    <message>
        <source>No such highlight style.</source>
        <translation>لا يوجد نمط تمييز كهذا.</translation>
    </message>
</context>
<context>
    <name>hashiya::TagChip</name>
    <message>
        <source>Tag %1</source>
        <translation>الوسم %1</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>إزالة الوسم</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>إزالة الوسم %1</translation>
    </message>
</context>
<context>
    <name>hashiya::TagEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>أضف وسمًا…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <source>Add the typed tag</source>
        <translation>إضافة الوسم المكتوب</translation>
    </message>
    <message>
        <source>Remove the last tag (in an empty field)</source>
        <translation>إزالة آخر وسم (في حقل فارغ)</translation>
    </message>
    <message>
        <source>Leave the tag field and return to the article</source>
        <translation>مغادرة حقل الوسوم والعودة إلى المقالة</translation>
    </message>
</context>
<context>
    <name>hashiya::TextDecoder</name>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation>ترميز غير معروف «%1».</translation>
    </message>
    <message>
        <source>The text could not be decoded as %1: %2.</source>
        <translation>تعذّر فك ترميز النص بوصفه %1: %2.</translation>
    </message>
    <message>
        <source>The page says it is %1, but its bytes do not read as %1; it was read as %2.</source>
        <translation>تقول الصفحة إنها بترميز %1، لكن بايتاتها لا تُقرأ بهذا الترميز؛ فقُرئت بترميز %2.</translation>
    </message>
</context>
<context>
    <name>hashiya::Theme</name>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>بنّية (سيبيا)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>سمة النظام</translation>
    </message>
</context>
<context>
    <name>hashiya::Transaction</name>
    <message>
        <source>No transaction is active.</source>
        <translation>لا توجد معاملة نشطة.</translation>
    </message>
</context>
<context>
    <name>hashiya::W3cJsonImporter</name>
    <message>
        <source>imported %1, already present %2, not anchored %3</source>
        <translation>استُورد %1، موجود مسبقًا %2، غير مثبَّت %3</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Cannot write to the library</source>
        <translation>تعذّرت الكتابة في المكتبة</translation>
    </message>
    <message>
        <source>Cannot read the library</source>
        <translation>تعذّرت قراءة المكتبة</translation>
    </message>
    <message>
        <source>Cannot read the library&apos;s documents</source>
        <translation>تعذّرت قراءة مستندات المكتبة</translation>
    </message>
    <message>
        <source>Cannot read a document of the library</source>
        <translation>تعذّرت قراءة أحد مستندات المكتبة</translation>
    </message>
    <message>
        <source>Cannot store annotation %1</source>
        <translation>تعذّر حفظ التعليق %1</translation>
    </message>
    <message>
        <source>Cannot index the imported annotations for search</source>
        <translation>تعذّرت فهرسة التعليقات المستوردة للبحث</translation>
    </message>
    <message>
        <source>A document left the library.</source>
        <translation>غادر مستندٌ المكتبة.</translation>
    </message>
    <message>
        <source>no document: its target has no source and no quote to look for</source>
        <translation>لا مستند: ليس لهدفه مصدر ولا اقتباس يُبحث عنه</translation>
    </message>
    <message>
        <source>no document in the library is %1, and there is no quote to look for</source>
        <translation>لا مستند في المكتبة هو %1، ولا اقتباس يُبحث عنه</translation>
    </message>
    <message numerus="yes">
        <source>its position %1–%2 is past the end of the document (%n character(s))</source>
        <translation>
            <numerusform>موضعه %1–%2 يتجاوز نهاية المستند (%n محرف)</numerusform>
            <numerusform>موضعه %1–%2 يتجاوز نهاية المستند (محرف واحد)</numerusform>
            <numerusform>موضعه %1–%2 يتجاوز نهاية المستند (محرفان)</numerusform>
            <numerusform>موضعه %1–%2 يتجاوز نهاية المستند (%n محارف)</numerusform>
            <numerusform>موضعه %1–%2 يتجاوز نهاية المستند (%n محرفًا)</numerusform>
            <numerusform>موضعه %1–%2 يتجاوز نهاية المستند (%n محرف)</numerusform>
        </translation>
    </message>
    <message>
        <source>its position range is empty</source>
        <translation>نطاق موضعه فارغ</translation>
    </message>
    <message>
        <source>its quote is not in the document</source>
        <translation>اقتباسه غير موجود في المستند</translation>
    </message>
    <message>
        <source>, and its quote is not in the document</source>
        <translation>، واقتباسه غير موجود في المستند</translation>
    </message>
    <message>
        <source>its quote occurs more than %1 times in the document</source>
        <translation>يتكرر اقتباسه أكثر من %1 مرة في المستند</translation>
    </message>
    <message numerus="yes">
        <source>its quote occurs %n time(s) in the document and its context does not tell which</source>
        <translation>
            <numerusform>يتكرر اقتباسه %n مرة في المستند ولا يبيّن سياقه أيّها المقصود</numerusform>
            <numerusform>يرد اقتباسه مرة واحدة في المستند ولا يبيّن سياقه أيّها المقصود</numerusform>
            <numerusform>يتكرر اقتباسه مرتين في المستند ولا يبيّن سياقه أيّهما المقصود</numerusform>
            <numerusform>يتكرر اقتباسه %n مرات في المستند ولا يبيّن سياقه أيّها المقصود</numerusform>
            <numerusform>يتكرر اقتباسه %n مرةً في المستند ولا يبيّن سياقه أيّها المقصود</numerusform>
            <numerusform>يتكرر اقتباسه %n مرة في المستند ولا يبيّن سياقه أيّها المقصود</numerusform>
        </translation>
    </message>
    <message>
        <source>its quote occurs more than %1 times in the library</source>
        <translation>يتكرر اقتباسه أكثر من %1 مرة في المكتبة</translation>
    </message>
    <message>
        <source>no document is %1 and </source>
        <translation>لا مستند هو %1، و</translation>
    </message>
    <message>
        <source>its quote is in no document of the library</source>
        <translation>اقتباسه غير موجود في أي مستند من المكتبة</translation>
    </message>
    <message numerus="yes">
        <source>its quote occurs %n time(s) in the library and its context does not tell which</source>
        <translation>
            <numerusform>يتكرر اقتباسه %n مرة في المكتبة ولا يبيّن سياقه أيّها المقصود</numerusform>
            <numerusform>يرد اقتباسه مرة واحدة في المكتبة ولا يبيّن سياقه أيّها المقصود</numerusform>
            <numerusform>يتكرر اقتباسه مرتين في المكتبة ولا يبيّن سياقه أيّهما المقصود</numerusform>
            <numerusform>يتكرر اقتباسه %n مرات في المكتبة ولا يبيّن سياقه أيّها المقصود</numerusform>
            <numerusform>يتكرر اقتباسه %n مرةً في المكتبة ولا يبيّن سياقه أيّها المقصود</numerusform>
            <numerusform>يتكرر اقتباسه %n مرة في المكتبة ولا يبيّن سياقه أيّها المقصود</numerusform>
        </translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>قيمة صح/خطأ</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>مصفوفة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>position %1 is %2, not a number</source>
        <translation>الموضع %1 هو %2، وليس عددًا</translation>
    </message>
    <message>
        <source>position %1 (%2) is not a whole number</source>
        <translation>الموضع %1 ‏(%2) ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>position %1 (%2) is negative</source>
        <translation>الموضع %1 ‏(%2) سالب</translation>
    </message>
    <message>
        <source>position %1 (%2) is too large</source>
        <translation>الموضع %1 ‏(%2) كبير جدًا</translation>
    </message>
    <message>
        <source>The collection refers to its pages by address (%1); only collections with their pages embedded can be imported.</source>
        <translation>تشير المجموعة إلى صفحاتها بعناوين (%1)؛ لا يمكن استيراد إلا المجموعات التي تضمّ صفحاتها.</translation>
    </message>
    <message>
        <source>The collection has no embedded first page of annotations.</source>
        <translation>لا تضم المجموعة صفحة أولى من التعليقات.</translation>
    </message>
    <message>
        <source>An annotation page has no list of items.</source>
        <translation>ليس لإحدى صفحات التعليقات قائمة عناصر.</translation>
    </message>
    <message>
        <source>The annotations continue on a page given by address (%1); only embedded pages can be imported.</source>
        <translation>تستمر التعليقات في صفحة معطاة بعنوان (%1)؛ لا يمكن استيراد إلا الصفحات المضمَّنة.</translation>
    </message>
    <message>
        <source>item %1 is %2, not an annotation object</source>
        <translation>العنصر %1 هو %2، وليس كائن تعليق</translation>
    </message>
    <message>
        <source>its id is %1, not a string</source>
        <translation>معرّفه %1، وليس سلسلة نصية</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>ليس له هدف</translation>
    </message>
    <message>
        <source>its target is a whole resource (%1), not a passage</source>
        <translation>هدفه مورد كامل (%1) وليس مقطعًا</translation>
    </message>
    <message>
        <source>none of its targets names a passage</source>
        <translation>لا يسمّي أيٌّ من أهدافه مقطعًا</translation>
    </message>
    <message>
        <source>its target is %1</source>
        <translation>هدفه %1</translation>
    </message>
    <message>
        <source>its position range is reversed (start %1 &gt; end %2)</source>
        <translation>نطاق موضعه معكوس (البداية %1 &gt; النهاية %2)</translation>
    </message>
</context>
</TS>
