<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisText</name>
    <message numerus="yes">
        <source>speaker %1: %2, %Ln mention(s)</source>
        <translation>
            <numerusform>speaker %1: %2, %Ln mention</numerusform>
            <numerusform>speaker %1: %2, %Ln mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n states</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n other source(s)</source>
        <comment>a speaker&apos;s name</comment>
        <translation>
            <numerusform>%1 in %n other source</numerusform>
            <numerusform>%1 in %n other sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) and claim(s)</source>
        <translation>
            <numerusform>%n quote or claim</numerusform>
            <numerusform>%n quotes and claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPdfCommand</name>
    <message numerus="yes">
        <source>there is no source %1: the project has %n source(s)</source>
        <translation>
            <numerusform>there is no source %1: the project has %n source</numerusform>
            <numerusform>there is no source %1: the project has %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources are titled “%1”; give the number of the one you mean</source>
        <translation>
            <numerusform>%n source is titled “%1”; give the number of the one you mean</numerusform>
            <numerusform>%n sources are titled “%1”; give the number of the one you mean</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message numerus="yes">
        <source>the PDF has %n page(s); the limit is %1</source>
        <translation>
            <numerusform>the PDF has %n page; the limit is %1</numerusform>
            <numerusform>the PDF has %n pages; the limit is %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message numerus="yes">
        <source>%n page(s), with the place of every word on them</source>
        <translation>
            <numerusform>%n page, with the place of every word on it</numerusform>
            <numerusform>%n pages, with the place of every word on them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfAnnotator</name>
    <message numerus="yes">
        <source>An annotation belongs on page %1, but the PDF %2 has %n page(s).</source>
        <translation>
            <numerusform>An annotation belongs on page %1, but the PDF %2 has %n page.</numerusform>
            <numerusform>An annotation belongs on page %1, but the PDF %2 has %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfLayoutText</name>
    <message numerus="yes">
        <source>%n source(s) exported</source>
        <translation>
            <numerusform>%n source exported</numerusform>
            <numerusform>%n sources exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Original PDF, %n page(s)</source>
        <comment>header of a source shown by its own pages</comment>
        <translation>
            <numerusform>Original PDF, %n page</numerusform>
            <numerusform>Original PDF, %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfOriginalPages</name>
    <message numerus="yes">
        <source>The original pages of a source belong after page %1, but the PDF %2 has %n page(s).</source>
        <translation>
            <numerusform>The original pages of a source belong after page %1, but the PDF %2 has %n page.</numerusform>
            <numerusform>The original pages of a source belong after page %1, but the PDF %2 has %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The original PDF %1 has %n page(s), not the %2 expected.</source>
        <translation>
            <numerusform>The original PDF %1 has %n page, not the %2 expected.</numerusform>
            <numerusform>The original PDF %1 has %n pages, not the %2 expected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message numerus="yes">
        <source>The outline entry “%1” points to page %2, but the PDF %3 has %n page(s).</source>
        <translation>
            <numerusform>The outline entry “%1” points to page %2, but the PDF %3 has %n page.</numerusform>
            <numerusform>The outline entry “%1” points to page %2, but the PDF %3 has %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefiImport</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stance(s)</source>
        <translation>
            <numerusform>%n stance</numerusform>
            <numerusform>%n stances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) kept as project notes</source>
        <translation>
            <numerusform>%n item kept as project notes</numerusform>
            <numerusform>%n items kept as project notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextStatisticsLabels</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message numerus="yes">
        <source>%n entries; the limit is %1</source>
        <translation>
            <numerusform>%n entry; the limit is %1</numerusform>
            <numerusform>%n entries; the limit is %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::core::HighlighterClient</name>
    <message numerus="yes">
        <source>the highlighting helper did not answer within %Ln second(s)</source>
        <translation>
            <numerusform>the highlighting helper did not answer within %Ln second</numerusform>
            <numerusform>the highlighting helper did not answer within %Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ChartCanvas</name>
    <message numerus="yes">
        <source>%n more: see the Quotes and Claims panel</source>
        <translation>
            <numerusform>%n more: see the Quotes and Claims panel</numerusform>
            <numerusform>%n more: see the Quotes and Claims panel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ChartsPanel</name>
    <message numerus="yes">
        <source>Speaker: %1</source>
        <translation>
            <numerusform>Speaker: %1</numerusform>
            <numerusform>Speakers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::DesktopFilesPrompt</name>
    <message numerus="yes">
        <source>Import %n file(s) into the open project?</source>
        <translation>
            <numerusform>Import %n file into the open project?</numerusform>
            <numerusform>Import %n files into the open project?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) into “%1”?</source>
        <translation>
            <numerusform>Import %n file into “%1”?</numerusform>
            <numerusform>Import %n files into “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ExportPdfDialog</name>
    <message numerus="yes">
        <source>The whole project (%n source(s))</source>
        <translation>
            <numerusform>The whole project (%n source)</numerusform>
            <numerusform>The whole project (%n sources)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sources selected in the Sources panel (%n)</source>
        <translation>
            <numerusform>The sources selected in the Sources panel (%n)</numerusform>
            <numerusform>The sources selected in the Sources panel (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ImportErrorDialog</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n file could not be opened.</numerusform>
            <numerusform>%n files could not be opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ImportProgressDialog</name>
    <message numerus="yes">
        <source>Analysing %n source(s)…</source>
        <translation>
            <numerusform>Analysing %n source…</numerusform>
            <numerusform>Analysing %n sources…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n source(s) to the project…</source>
        <translation>
            <numerusform>Adding %n source to the project…</numerusform>
            <numerusform>Adding %n sources to the project…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ProjectController</name>
    <message numerus="yes">
        <source>%n source(s) analysed again; your own and edited annotations were kept.</source>
        <translation>
            <numerusform>%n source analysed again; your own and edited annotations were kept.</numerusform>
            <numerusform>%n sources analysed again; your own and edited annotations were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n source imported.</numerusform>
            <numerusform>%n sources imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) already in the project were skipped.</source>
        <translation>
            <numerusform>%n source already in the project was skipped.</numerusform>
            <numerusform>%n sources already in the project were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be analysed again; they keep their earlier annotations.</source>
        <translation>
            <numerusform>%n source could not be analysed again; it keeps its earlier annotations.</numerusform>
            <numerusform>%n sources could not be analysed again; they keep their earlier annotations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be analysed and were imported without annotations; File → Analyse All Sources Again tries once more.</source>
        <translation>
            <numerusform>%n source could not be analysed and was imported without annotations; File → Analyse All Sources Again tries once more.</numerusform>
            <numerusform>%n sources could not be analysed and were imported without annotations; File → Analyse All Sources Again tries once more.</numerusform>
        </translation>
    </message>
</context>
</TS>
