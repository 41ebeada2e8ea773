<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>hashiya::AnnotationPanel</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 of %n annotation shown</numerusform>
            <numerusform>%1 of %n annotations shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::ExportController</name>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::Exporter</name>
    <message numerus="yes">
        <source>%1 is not a folder: an export of %n file(s) needs an existing folder.</source>
        <translation>
            <numerusform>%1 is not a folder: an export of %n file needs an existing folder.</numerusform>
            <numerusform>%1 is not a folder: an export of %n files needs an existing folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::FindBar</name>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::LibraryRecovery</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::LibrarySearchDialog</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::MainWindow</name>
    <message numerus="yes">
        <source>%n annotation(s) kept</source>
        <translation>
            <numerusform>%n annotation kept</numerusform>
            <numerusform>%n annotations kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orphaned</numerusform>
            <numerusform>%n orphaned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::PreferencesStylesPage</name>
    <message numerus="yes">
        <source>%n annotation(s) use it. They are kept: when you apply the change, they move to the first style, “%1”.</source>
        <translation>
            <numerusform>%n annotation uses it. It is kept: when you apply the change, it moves to the first style, “%1”.</numerusform>
            <numerusform>%n annotations use it. They are kept: when you apply the change, they move to the first style, “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::PrintJob</name>
    <message numerus="yes">
        <source>%n page(s) printed.</source>
        <translation>
            <numerusform>%n page printed.</numerusform>
            <numerusform>%n pages printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hashiya::W3cJsonImporter</name>
    <message numerus="yes">
        <source>its position %1–%2 is past the end of the document (%n character(s))</source>
        <translation>
            <numerusform>its position %1–%2 is past the end of the document (%n character)</numerusform>
            <numerusform>its position %1–%2 is past the end of the document (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its quote occurs %n time(s) in the document and its context does not tell which</source>
        <translation>
            <numerusform>its quote occurs %n time in the document and its context does not tell which</numerusform>
            <numerusform>its quote occurs %n times in the document and its context does not tell which</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its quote occurs %n time(s) in the library and its context does not tell which</source>
        <translation>
            <numerusform>its quote occurs %n time in the library and its context does not tell which</numerusform>
            <numerusform>its quote occurs %n times in the library and its context does not tell which</numerusform>
        </translation>
    </message>
</context>
</TS>
