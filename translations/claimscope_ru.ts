<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open text, Markdown or HTML files as sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of the open source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Claimscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands (run without a window):
  inspect [--text] FILE…   Import files and report what was read.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, ru or tr (default: the saved choice, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimscope shows who said what in the sources you study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time to the first painted document and quit (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once the first document is shown, and quit (for documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to open; without any, the sample project opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE…]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1); the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary file (%1), not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (first bad byte on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files cannot be imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains no readable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is malformed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Import files as Claimscope would and report what was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the extracted plain text too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimscope inspect: no file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: %1, encoding: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>%1 trillion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextStatisticsLabels</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::core::SourceListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>claimscope::ui::AboutBox</name>
    <message>
        <source>About Claimscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSD 2-clause licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPL 1.1, GPL 2.0 or LGPL 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who said what, who claimed what, and which figures each source cites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimscope is free software under the GNU General Public License, version 3 or later. It never uses the network and collects no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>claimscope::ui::DocumentView</name>
    <message>
        <source>Choose a source on the left, or open files with File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>claimscope::ui::FindBar</name>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>claimscope::ui::ImportErrorDialog</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>claimscope::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the language of the system, or English if it is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>claimscope::ui::MainWindow</name>
    <message>
        <source>Sources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
